import { readFileSync } from 'node:fs';
import { analyzeEntry } from '../rules/analyze-entry';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { resolveContentPath } from '../security/content-path';
import { isUserError } from '../user-error';
import { collectionRules } from './collection-rules';
import { keepsData, type CollectionSpec, type SiteSpec } from './site-spec';

/** An entry that was not analyzed, with the reason as its one diagnostic (an error: the site cannot be trusted to build it). */
export function unanalyzedEntry(spec: SiteSpec, collection: CollectionSpec, file: string, message: string): EntryAnalysis {
  const entry = analyzeEntry(file, '', collectionRules(collection), { siteHosts: spec.siteHosts });
  entry.local = [{ file, line: 1, column: 1, rule: 'file', severity: 'error', message }];
  return entry;
}

/** Reads and analyzes one entry file; an unreadable file becomes a `file` diagnostic, never a throw. */
export function readAndAnalyze(spec: SiteSpec, collection: CollectionSpec, file: string, text?: string): EntryAnalysis {
  let source = text;
  if (source === undefined) {
    try {
      source = readEntryText(spec.root, file);
    } catch (error) {
      const reason = isUserError(error) ? `The file is not read: ${error.message}` : `The file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      return unanalyzedEntry(spec, collection, file, reason);
    }
  }
  return analyzeEntry(file, source, collectionRules(collection), { siteHosts: spec.siteHosts, keepData: keepsData(spec, collection.info.name) });
}

/** The text of an entry file, by its root-relative path, through confinePath (throws a UserError for a path that leads out of the site). */
export function readEntryText(root: string, file: string): string {
  return readFileSync(resolveContentPath(root, file), 'utf8');
}
