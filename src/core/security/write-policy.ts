import path from 'node:path';
import { mediaTypeOf } from '../assets/media-types';
import { DEFAULT_MEDIA_FOLDER } from '../authoring/media-layout';
import type { SiteModel } from '../site/site-model';
import { UserError } from '../user-error';
import { confinePath, toContentPath } from './content-path';

/** Where in a site Postdesk may write: its content, its media, and the files it manages. */
export interface WriteAreas {
  root: string;
  /** Whether a root-relative path is an entry of one of the site's content collections. */
  isEntry(file: string): boolean;
  /** Root-relative folders that hold the site's images. */
  mediaFolders: string[];
  /** Root-relative files Postdesk writes when the writer asks (the site's redirects). */
  managedFiles: string[];
}

/** Files that run or configure the site's build: never written, whatever folder they are in. */
const CONFIG_FILE = /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|tsconfig(?:\..*)?\.json|jsconfig\.json|(?:astro|content|vite|svelte|tailwind|postcss)\.config\..*)$/i;
const CODE_EXTENSION = /\.(?:[cm]?[jt]sx?|astro|vue|svelte|sh|bash|zsh|ps1|bat|cmd|exe|dll|so|dylib|py|rb|pl|php|html?|wasm)$/i;

function under(folder: string, file: string): boolean {
  const clean = folder.replace(/^\/+|\/+$/g, '');
  return clean !== '' && file.startsWith(`${clean}/`);
}

/** Why `file` (root-relative, forward slashes) may not be written, or undefined when it may. */
export function whyNotWritable(areas: WriteAreas, file: string): string | undefined {
  const segments = file.split('/');
  const name = segments[segments.length - 1] ?? '';
  if (segments.some((s) => s.startsWith('.'))) return `${file} is hidden (like .git): Postdesk never writes hidden files or folders.`;
  if (segments.includes('node_modules')) return `${file} is in node_modules: Postdesk never writes installed packages.`;
  if (CONFIG_FILE.test(name) || CODE_EXTENSION.test(name)) return `${file} is code or configuration of the site: Postdesk writes only posts, entries and images.`;
  if (areas.managedFiles.includes(file) || areas.isEntry(file)) return undefined;
  if (areas.mediaFolders.some((folder) => under(folder, file)) && mediaTypeOf(path.posix.extname(name))) return undefined;
  return `${file} is not a post or entry of the site's content collections, nor an image in its media folder: Postdesk writes nothing else.`;
}

/**
 * The absolute path to write `file` at, confined to the root (links resolved) and allowed by
 * the write areas, both as asked and where it really leads: a post that is a link to
 * .git/hooks/pre-commit is refused like the hook itself. Throws a UserError('read-only').
 */
export function resolveWritablePath(areas: WriteAreas, file: string): string {
  const confined = confinePath(areas.root, file);
  const asked = toContentPath(areas.root, confined.full);
  const real = toContentPath(confined.realRoot, confined.real);
  const reason = whyNotWritable(areas, asked) ?? (real === asked ? undefined : whyNotWritable(areas, real));
  if (reason) throw new UserError('read-only', reason);
  return confined.full;
}

/** Why a save of `file` would be refused (as resolveWritablePath decides), or undefined. */
export function writeRefusal(areas: WriteAreas, file: string): string | undefined {
  try {
    resolveWritablePath(areas, file);
    return undefined;
  } catch (error) {
    return error instanceof UserError ? error.message : String(error);
  }
}

/** The write areas of an open site: its collections' entries, its media folder, its redirects. */
export function writeAreasOf(site: Pick<SiteModel, 'info' | 'collectionFor'>): WriteAreas {
  return {
    root: site.info.root,
    isEntry: (file) => site.collectionFor(file) !== undefined,
    // The folder media.import writes to (planImageImport makes the same choice).
    mediaFolders: [site.info.mediaFolder || DEFAULT_MEDIA_FOLDER],
    managedFiles: ['public/_redirects'],
  };
}
