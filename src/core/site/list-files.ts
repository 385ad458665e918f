import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface ListFilesOptions {
  /** Descend into folders (default true). */
  recursive?: boolean;
  /** Names (files and folders) to leave out; a left-out folder is not entered. */
  skip?: (name: string, isFolder: boolean) => boolean;
}

/** The files under `dir`, relative to it with forward slashes; a missing or unreadable folder has none. */
export function listFiles(dir: string, options: ListFilesOptions = {}): string[] {
  const out: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    let items;
    try {
      items = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items) {
      const isFolder = item.isDirectory();
      if (options.skip?.(item.name, isFolder)) continue;
      if (!isFolder) out.push(prefix + item.name);
      else if (options.recursive ?? true) walk(path.join(folder, item.name), `${prefix}${item.name}/`);
    }
  };
  walk(dir, '');
  return out;
}
