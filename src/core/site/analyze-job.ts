import { readFileSync, statSync } from 'node:fs';
import { summarizeEntry } from '../rules/analyze-entry';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { searchableBody } from '../search/entry-text';
import type { SearchIndex } from '../search/search-index';
import { resolveContentPath } from '../security/content-path';
import { collectionRules } from './collection-rules';
import { readAndAnalyze } from './read-entry';
import type { SiteSpec } from './site-spec';
import type { WorkerJob } from './workers/analyze-worker-entry';

/** `full` runs every rule; `summary` reads only what the post list shows (a large site's first pass). */
export type AnalyzeMode = 'full' | 'summary';

/** An analysis and the size and time of the file it was made from (-1 when they could not be read, or the text was given). */
export interface AnalyzedFile {
  analysis: EntryAnalysis;
  size: number;
  mtimeMs: number;
  /** Whether every rule ran (else only the summary fields are filled). */
  full: boolean;
}

/**
 * Reads and analyzes one file, adding its title and text to `search` when given. The file
 * is found through confinePath (a link out of the site is refused, with a diagnostic saying
 * so) and looked at (stat) before it is read: if it changes in between, the recorded time
 * is the older one, so a cache keyed by it takes the file for changed, never for unchanged.
 */
export function analyzeJob(spec: SiteSpec, job: WorkerJob, mode: AnalyzeMode, search: SearchIndex | null): AnalyzedFile | null {
  const collection = spec.collections[job.c];
  if (!collection) return null;
  let size = -1;
  let mtimeMs = -1;
  let text = job.text;
  if (text === undefined) {
    try {
      const full = resolveContentPath(spec.root, job.file);
      const stat = statSync(full);
      text = readFileSync(full, 'utf8');
      size = stat.size;
      mtimeMs = stat.mtimeMs;
    } catch {
      // Refused or unreadable: the analysis says why, and nothing of it is cached or searched.
      return { analysis: readAndAnalyze(spec, collection, job.file), size: -1, mtimeMs: -1, full: true };
    }
  }
  const full = mode === 'full';
  const analysis = full ? readAndAnalyze(spec, collection, job.file, text) : summarizeEntry(job.file, text, collectionRules(collection));
  search?.add(job.file, analysis.title, searchableBody(text));
  return { analysis, size, mtimeMs, full };
}
