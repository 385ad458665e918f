import { listFiles } from './list-files';
import { hasEntryFiles, type CollectionSpec } from './site-spec';

/** The entry files of a collection, root-relative with forward slashes, sorted. */
export function listCollectionFiles(root: string, spec: CollectionSpec): string[] {
  if (!hasEntryFiles(spec)) return [];
  const folder = spec.info.folder;
  const names = listFiles(root, folder, {
    recursive: spec.recursive,
    skip: (name, isFolder) => name.startsWith('.') || (isFolder && name === 'node_modules'),
  });
  const extensions = spec.info.extensions.map((e) => e.toLowerCase());
  return names
    .filter((name) => extensions.some((e) => name.toLowerCase().endsWith(e)) && spec.patterns.some((p) => p.test(name)))
    .map((name) => (folder ? `${folder}/${name}` : name))
    .sort();
}

/** Whether a root-relative file belongs to the collection (same rules as the listing). */
export function collectionMatches(spec: CollectionSpec, file: string): boolean {
  if (!hasEntryFiles(spec)) return false;
  const folder = spec.info.folder;
  if (folder && !file.startsWith(`${folder}/`)) return false;
  const name = folder ? file.slice(folder.length + 1) : file;
  if (!spec.recursive && name.includes('/')) return false;
  if (name.split('/').some((s) => s.startsWith('.'))) return false;
  const lower = name.toLowerCase();
  return spec.info.extensions.some((e) => lower.endsWith(e.toLowerCase())) && spec.patterns.some((p) => p.test(name));
}
