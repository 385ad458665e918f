import { readdirSync } from 'node:fs';
import path from 'node:path';
import { staysInside } from '../security/content-path';

export interface ListFilesOptions {
  /** Descend into folders (default true). */
  recursive?: boolean;
  /** Names (files and folders) to leave out; a left-out folder is not entered. */
  skip?: (name: string, isFolder: boolean) => boolean;
}

/**
 * The files under `folder` (root-relative), relative to it with forward slashes; a missing or
 * unreadable folder has none. Nothing outside the root is listed: a folder that is a link
 * leading out of it has no files, and a linked file counts only when its target is inside.
 * Linked folders are not entered, so a link cannot make the listing go round in circles.
 */
export function listFiles(root: string, folder: string, options: ListFilesOptions = {}): string[] {
  const out: string[] = [];
  if (!staysInside(root, folder || '.')) return out;
  const walk = (rel: string, prefix: string): void => {
    let items;
    try {
      items = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items) {
      const isFolder = item.isDirectory();
      if (options.skip?.(item.name, isFolder)) continue;
      const itemRel = rel ? `${rel}/${item.name}` : item.name;
      if (isFolder) {
        if (options.recursive ?? true) walk(itemRel, `${prefix}${item.name}/`);
      } else if (!item.isSymbolicLink() || staysInside(root, itemRel)) {
        out.push(prefix + item.name);
      }
    }
  };
  walk(folder, '');
  return out;
}
