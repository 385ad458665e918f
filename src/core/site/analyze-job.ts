import { statSync } from 'node:fs';
import path from 'node:path';
import { summarizeEntry } from '../rules/analyze-entry';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { searchableBody } from '../search/entry-text';
import type { SearchIndex } from '../search/search-index';
import { readAndAnalyze, readEntryText } from './read-entry';
import type { SiteSpec } from './site-spec';

/** `full` runs every rule; `summary` reads only what the post list shows (a large site's first pass). */
export type AnalyzeMode = 'full' | 'summary';

export interface AnalyzeJob {
  file: string;
  /** Index of the collection in `spec.collections`. */
  c: number;
}

/** An analysis and the size and time of the file it was made from (-1 when they could not be read). */
export interface AnalyzedFile {
  analysis: EntryAnalysis;
  size: number;
  mtimeMs: number;
  /** Whether every rule ran (else only the summary fields are filled). */
  full: boolean;
}

/**
 * Reads and analyzes one file, adding its title and text to `search` when given. The file
 * is looked at (stat) before it is read: if it changes in between, the recorded time is the
 * older one, so a cache keyed by it takes the file for changed, never for unchanged.
 */
export function analyzeJob(spec: SiteSpec, job: AnalyzeJob, mode: AnalyzeMode, search: SearchIndex | null): AnalyzedFile | null {
  const collection = spec.collections[job.c];
  if (!collection) return null;
  let size = -1;
  let mtimeMs = -1;
  try {
    const stat = statSync(path.join(spec.root, job.file));
    size = stat.size;
    mtimeMs = stat.mtimeMs;
  } catch {
    // Unreadable: the read below says why.
  }
  let text: string;
  try {
    text = readEntryText(spec.root, job.file);
  } catch {
    return { analysis: readAndAnalyze(spec, collection, job.file), size: -1, mtimeMs: -1, full: true };
  }
  const full = mode === 'full';
  const analysis = full ? readAndAnalyze(spec, collection, job.file, text) : summarizeEntry(job.file, text, collection);
  search?.add(job.file, analysis.title, searchableBody(text));
  return { analysis, size, mtimeMs, full };
}
