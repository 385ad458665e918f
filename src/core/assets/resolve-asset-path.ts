import path from 'node:path';
import { contentPathOfRef } from '../../shared/asset-ref';

/**
 * Where an image reference of a post points on disk: the shared rule (contentPathOfRef) joined
 * to the content root. `fromFile` may be absolute or root-relative. Null for remote or data
 * URLs and for anything that would land outside the content root.
 */
export function resolveAssetPath(root: string, ref: string, fromFile?: string): string | null {
  const absRoot = path.resolve(root);
  let postFile: string | undefined;
  if (fromFile !== undefined) {
    const relative = path.relative(absRoot, path.isAbsolute(fromFile) ? fromFile : path.join(absRoot, fromFile));
    if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
    postFile = relative.split(path.sep).join('/');
  }
  const inside = contentPathOfRef(ref, postFile);
  return inside === null ? null : path.join(absRoot, ...inside.split('/'));
}

/** Root-relative path with forward slashes, each segment URL-encoded (for asset URLs). */
export function assetUrlPath(root: string, absPath: string): string {
  return path
    .relative(path.resolve(root), absPath)
    .split(path.sep)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
