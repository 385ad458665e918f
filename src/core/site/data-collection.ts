import { statSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { loadYaml } from '../frontmatter/load-yaml';
import { readSiteText, resolveContentPath, staysInside } from '../security/content-path';
import type { Diagnostic } from '../../shared/diagnostics';
import type { CollectionSpec } from './site-spec';

/**
 * The entries of a collection loaded by Astro 5's `file()` loader, read as that loader reads
 * them: a list whose items name themselves by `id` (else `slug`), or an object whose keys are
 * the ids (a string `$schema` key is skipped). JSON, YAML and TOML by the file's extension.
 */
export type DataCollection =
  | { status: 'read'; items: Map<string, Record<string, unknown>> }
  | { status: 'unreadable'; reason: string };

/** A data file larger than this is not read: no authors list is 8 MB, a hostile file can be. */
export const MAX_DATA_FILE_BYTES = 8 * 1024 * 1024;

function parseByExtension(file: string, text: string): unknown {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'json') return JSON.parse(text);
  if (extension === 'yml' || extension === 'yaml') return loadYaml(text);
  if (extension === 'toml') return parseToml(text);
  throw new Error(`Astro's file() loader has no parser for .${extension} files`);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function itemsOf(data: unknown): DataCollection {
  const items = new Map<string, Record<string, unknown>>();
  if (Array.isArray(data)) {
    for (const raw of data) {
      const record = asRecord(raw);
      const id = record.id ?? record.slug;
      // Astro skips (and logs) an item without an id; a later duplicate replaces the earlier one.
      if (id === undefined || id === null || String(id) === '') continue;
      items.set(String(id), record);
    }
    return { status: 'read', items };
  }
  if (data !== null && typeof data === 'object') {
    for (const [id, raw] of Object.entries(data)) {
      if (id === '$schema' && typeof raw === 'string') continue;
      items.set(id, asRecord(raw));
    }
    return { status: 'read', items };
  }
  return { status: 'unreadable', reason: 'it must hold a list or an object of entries' };
}

/** Reads a `file()` collection's data file (root-relative) through the site's confinement. */
export function readDataCollection(root: string, dataFile: string): DataCollection {
  if (!staysInside(root, dataFile)) return { status: 'unreadable', reason: 'it leads out of the site folder (a link), so Postdesk does not follow it' };
  let size: number;
  try {
    const stat = statSync(resolveContentPath(root, dataFile));
    if (!stat.isFile()) return { status: 'unreadable', reason: 'it is not a file' };
    size = stat.size;
  } catch {
    return { status: 'unreadable', reason: 'the file does not exist' };
  }
  if (size > MAX_DATA_FILE_BYTES) return { status: 'unreadable', reason: `it is larger than ${MAX_DATA_FILE_BYTES / 1048576} MB` };
  const text = readSiteText(root, dataFile);
  if (text === undefined) return { status: 'unreadable', reason: 'the file cannot be read' };
  try {
    return itemsOf(parseByExtension(dataFile, text));
  } catch (error) {
    const message = (error instanceof Error ? error.message.split('\n')[0] : String(error)) || 'it cannot be parsed';
    const format = /\.json$/i.test(dataFile) ? 'JSON' : /\.ya?ml$/i.test(dataFile) ? 'YAML' : /\.toml$/i.test(dataFile) ? 'TOML' : undefined;
    return { status: 'unreadable', reason: format ? `it is not valid ${format}: ${message}` : message };
  }
}

/** The one note for a `file()` collection whose data file cannot be read: said once for the site, not per reference. */
export function unreadableDataNote(collection: CollectionSpec, data: DataCollection): Diagnostic | undefined {
  if (data.status === 'read' || !collection.dataFile) return undefined;
  return {
    file: collection.dataFile,
    line: 1,
    column: 1,
    rule: 'config',
    severity: 'warning',
    message: `The "${collection.info.name}" collection's data file cannot be read (${data.reason}): its entries are not known, so references to them are not checked`,
  };
}
