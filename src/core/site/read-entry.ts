import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeEntry } from '../rules/analyze-entry';
import type { EntryAnalysis } from '../rules/entry-analysis';
import type { CollectionSpec, SiteSpec } from './site-spec';

/** Reads and analyzes one entry file; an unreadable file becomes a `file` diagnostic, never a throw. */
export function readAndAnalyze(spec: SiteSpec, collection: CollectionSpec, file: string, text?: string): EntryAnalysis {
  let source = text;
  if (source === undefined) {
    try {
      source = readEntryText(spec.root, file);
    } catch (error) {
      const entry = analyzeEntry(file, '', collection, { siteHosts: spec.siteHosts });
      entry.local = [
        {
          file, line: 1, column: 1, rule: 'file', severity: 'error',
          message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        },
      ];
      return entry;
    }
  }
  return analyzeEntry(file, source, collection, { siteHosts: spec.siteHosts, keepData: spec.relationTargets.has(collection.info.name) });
}

/** The text of an entry file, by its root-relative path: the one place entry files are read. */
export function readEntryText(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}
