import path from 'node:path';

/**
 * Where an image reference of a post points on disk, the way the Astro site resolves it:
 * `~/…` is the `src` alias (AstroWind's tsconfig paths), `/…` is a file in `public`, anything
 * else without a scheme is relative to the post's folder. Returns null for remote or
 * data URLs and for anything that would land outside the content root.
 */
export function resolveAssetPath(root: string, ref: string, fromFile?: string): string | null {
  let value = ref.trim();
  if (value === '' || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) || value.startsWith('//')) return null;
  value = value.replace(/[?#].*$/, '');
  try {
    value = decodeURI(value);
  } catch {
    return null;
  }
  if (value.includes('\0') || value.includes('\\')) return null;
  const absRoot = path.resolve(root);
  let target: string;
  if (value.startsWith('~/')) target = path.join(absRoot, 'src', value.slice(2));
  else if (value.startsWith('/')) target = path.join(absRoot, 'public', value.slice(1));
  else {
    if (!fromFile) return null;
    const from = path.isAbsolute(fromFile) ? fromFile : path.join(absRoot, fromFile);
    target = path.resolve(path.dirname(from), value);
  }
  const relative = path.relative(absRoot, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

/** Root-relative path with forward slashes, each segment URL-encoded (for asset URLs). */
export function assetUrlPath(root: string, absPath: string): string {
  return path
    .relative(path.resolve(root), absPath)
    .split(path.sep)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
