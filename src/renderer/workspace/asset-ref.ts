/**
 * Where an image reference of a post points inside the content folder, the way the site
 * resolves it: `~/` is src/, a leading `/` is public/, anything else is relative to the post.
 * Returns null for external URLs and references that would leave the folder.
 */
export function contentPathOfRef(ref: string, postFile: string): string | null {
  const clean = ref.trim().split(/[?#]/)[0] ?? '';
  if (!clean || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//')) return null;
  let base: string[];
  let rest: string;
  if (clean.startsWith('~/')) {
    base = ['src'];
    rest = clean.slice(2);
  } else if (clean.startsWith('/')) {
    base = ['public'];
    rest = clean.slice(1);
  } else {
    base = postFile.split('/').slice(0, -1);
    rest = clean;
  }
  const parts = [...base];
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(decodeURIComponentSafe(part));
  }
  return parts.join('/');
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
