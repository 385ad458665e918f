/**
 * Where an image reference of a post points inside the content folder, the way the Astro site
 * resolves it: `~/…` (AstroWind's tsconfig paths) and `@/…` (other themes') are the `src` alias, `/…` is a file in
 * `public`, anything else without a scheme is relative to the post's folder. The result is
 * root-relative with forward slashes (what the renderer asks the asset route for, and what the
 * core joins to the root). Null for remote or data URLs, for references that do not decode,
 * and for anything that would land outside the content folder (or on the folder itself).
 *
 * `postFile` is root-relative with forward slashes; without it a relative reference is null.
 */
export function contentPathOfRef(ref: string, postFile?: string): string | null {
  let value = ref.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return null;
  value = value.replace(/[?#].*$/, '');
  try {
    value = decodeURI(value);
  } catch {
    return null;
  }
  if (value.includes('\0') || value.includes('\\')) return null;
  let parts: string[];
  let rest: string;
  if (value.startsWith('~/') || value.startsWith('@/')) {
    parts = ['src'];
    rest = value.slice(2);
  } else if (value.startsWith('/')) {
    parts = ['public'];
    rest = value.slice(1);
  } else {
    if (postFile === undefined) return null;
    parts = postFile.split('/').filter((part) => part !== '').slice(0, -1);
    rest = value;
  }
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? null : parts.join('/');
}
