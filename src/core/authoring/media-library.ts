import fs from 'node:fs/promises';
import path from 'node:path';
import { imageTypeOfBytes, imageTypeOfExtension } from './image-type';
import { staysInside } from '../security/content-path';
import { DEFAULT_MEDIA_FOLDER, hasSrcAlias, imageRefFor } from './media-layout';

export interface MediaImage {
  /** How a post refers to it (`~/assets/images/blog/2026/a.png`, `/images/a.png`). */
  ref: string;
  /** Root-relative path. */
  path: string;
}

async function hasImageBytes(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return imageTypeOfBytes(buffer.subarray(0, bytesRead)) !== undefined;
  } finally {
    await handle.close();
  }
}

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, rel, out);
    else if (entry.isFile()) {
      const ext = path.posix.extname(entry.name);
      // Some sites hold images without an extension (exported from a document editor).
      if (ext ? imageTypeOfExtension(ext) : await hasImageBytes(path.join(root, rel))) out.push(rel);
    }
  }
}

function newestYear(file: string): number {
  const years = path.posix.dirname(file).match(/\b(19|20)\d{2}\b/g) ?? [];
  return Math.max(0, ...years.map(Number));
}

/**
 * The images in the media folder, newest year folder first (then by folder and name), for
 * the image picker. `postFile` is needed only for images a post reaches by relative path.
 */
export async function listMediaImages(root: string, mediaFolder = DEFAULT_MEDIA_FOLDER, postFile?: string): Promise<MediaImage[]> {
  const media = mediaFolder.replace(/^\/+|\/+$/g, '');
  const files: string[] = [];
  // A media folder that is a link out of the site lists nothing; links inside it are skipped by the walk.
  if (staysInside(root, media)) await walk(root, media, files);
  const srcAlias = hasSrcAlias(root);
  files.sort((a, b) => {
    const byYear = newestYear(b) - newestYear(a);
    if (byYear) return byYear;
    const byFolder = path.posix.dirname(a).localeCompare(path.posix.dirname(b));
    return byFolder || a.localeCompare(b);
  });
  return files.map((file) => ({ path: file, ref: imageRefFor(file, postFile ?? file, srcAlias) }));
}
