import fs from 'node:fs';
import path from 'node:path';
import { readSiteText } from '../security/content-path';

/**
 * Where a site keeps its images and how a post refers to them. The fixture site keeps them in
 * `src/assets/images/blog/<year>/` and writes `~/assets/images/blog/<year>/name.png`.
 */

export const DEFAULT_MEDIA_FOLDER = 'src/assets/images';

const YEAR_DIR = /^(19|20)\d{2}$/;

function subdirs(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name);
  } catch {
    return [];
  }
}

/**
 * The folder (root-relative) for an image added in `year`: the media folder's own year
 * folders if it has some, else the child folder that holds the most year folders
 * (`blog/`), else a year folder directly under the media folder.
 */
export function imageFolderFor(root: string, mediaFolder: string, year: number): string {
  const media = mediaFolder.replace(/^\/+|\/+$/g, '');
  const abs = path.join(root, media);
  const children = subdirs(abs);
  if (children.some((c) => YEAR_DIR.test(c))) return `${media}/${year}`;
  let best: { name: string; years: number } | undefined;
  for (const child of children.sort()) {
    const years = subdirs(path.join(abs, child)).filter((c) => YEAR_DIR.test(c)).length;
    if (years > 0 && (!best || years > best.years)) best = { name: child, years };
  }
  return best ? `${media}/${best.name}/${year}` : `${media}/${year}`;
}

/**
 * Whether the site resolves `~/` to `src/` (AstroWind's alias). Without a tsconfig we trust
 * the convention; with one, it must declare the alias.
 */
export function hasSrcAlias(root: string): boolean {
  const text = readSiteText(root, 'tsconfig.json');
  return text === undefined || /"~\/\*"\s*:/.test(text);
}

/**
 * How a post refers to a root-relative file: `~/…` for a file under src/ (with the alias),
 * `/…` for a file under public/, else a path relative to the post.
 */
export function imageRefFor(target: string, postFile: string, srcAlias = true): string {
  if (srcAlias && target.startsWith('src/')) return `~/${target.slice('src/'.length)}`;
  if (target.startsWith('public/')) return `/${target.slice('public/'.length)}`;
  const rel = path.posix.relative(path.posix.dirname(postFile), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}
