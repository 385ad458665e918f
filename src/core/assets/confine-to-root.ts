import { promises as fs } from 'node:fs';
import path from 'node:path';
import { confinePath } from '../security/content-path';
import { assetHeaders, mediaTypeOf } from './media-types';

export type ConfineResult =
  | { ok: true; path: string; contentType: string; headers: Record<string, string> }
  | { ok: false; status: 403 | 404 };

const FORBIDDEN: ConfineResult = { ok: false, status: 403 };
const NOT_FOUND: ConfineResult = { ok: false, status: 404 };

/** NUL and the other C0 controls never belong in a file name the site references. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * Decides whether the asset route (custom protocol or loopback URL) may serve
 * `requestedRelPath`, the still-encoded path after the route prefix. The path is decoded
 * exactly once; traversal in any spelling (`..`, `%2e%2e`, a second layer of encoding,
 * backslashes, NUL, absolute or drive paths) is refused, only image and media types are
 * served, and the real path (symlinks resolved) must stay inside the real root (confinePath).
 */
export async function confineToRoot(root: string, requestedRelPath: string): Promise<ConfineResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestedRelPath);
  } catch {
    return FORBIDDEN;
  }
  if (/%[0-9a-f]{2}/i.test(decoded)) return FORBIDDEN;
  if (decoded === '' || decoded.includes('\\') || hasControlCharacter(decoded)) return FORBIDDEN;
  if (decoded.startsWith('/') || /^[a-zA-Z]:/.test(decoded)) return FORBIDDEN;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return FORBIDDEN;
  const contentType = mediaTypeOf(path.extname(decoded));
  if (!contentType) return FORBIDDEN;

  let realTarget: string;
  try {
    realTarget = confinePath(root, segments.join('/')).real;
  } catch {
    return FORBIDDEN;
  }
  // The real file must be an allowed type too (a .png symlink to a .md file is refused).
  if (mediaTypeOf(path.extname(realTarget)) !== contentType) return FORBIDDEN;
  try {
    if (!(await fs.stat(realTarget)).isFile()) return NOT_FOUND;
  } catch {
    return NOT_FOUND;
  }
  return { ok: true, path: realTarget, contentType, headers: assetHeaders(contentType) };
}
