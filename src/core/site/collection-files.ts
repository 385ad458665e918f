import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { CollectionSpec } from './site-spec';

function walk(dir: string, prefix: string, recursive: boolean, out: string[]): void {
  let items;
  try {
    items = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const item of items) {
    if (item.name.startsWith('.')) continue;
    if (item.isDirectory()) {
      if (recursive && item.name !== 'node_modules') walk(path.join(dir, item.name), `${prefix}${item.name}/`, true, out);
    } else out.push(prefix + item.name);
  }
}

/** The entry files of a collection, root-relative with forward slashes, sorted. */
export function listCollectionFiles(root: string, spec: CollectionSpec): string[] {
  if (spec.dataFile) return [];
  const folder = spec.info.folder;
  const names: string[] = [];
  walk(path.join(root, folder), '', spec.recursive, names);
  const extensions = spec.info.extensions.map((e) => e.toLowerCase());
  return names
    .filter((name) => extensions.some((e) => name.toLowerCase().endsWith(e)) && spec.patterns.some((p) => p.test(name)))
    .map((name) => (folder ? `${folder}/${name}` : name))
    .sort();
}

/** Whether a root-relative file belongs to the collection (same rules as the listing). */
export function collectionMatches(spec: CollectionSpec, file: string): boolean {
  if (spec.dataFile) return false;
  const folder = spec.info.folder;
  if (folder && !file.startsWith(`${folder}/`)) return false;
  const name = folder ? file.slice(folder.length + 1) : file;
  if (!spec.recursive && name.includes('/')) return false;
  if (name.split('/').some((s) => s.startsWith('.'))) return false;
  const lower = name.toLowerCase();
  return spec.info.extensions.some((e) => lower.endsWith(e.toLowerCase())) && spec.patterns.some((p) => p.test(name));
}
