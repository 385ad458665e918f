import { statSync } from 'node:fs';
import path from 'node:path';
import { contentPathOfRef } from '../../shared/asset-ref';
import type { ImageVerdict } from '../rules/site-port';
import { staysInside } from '../security/content-path';

/** Whether files exist, remembered: 10,000 posts share a few hundred images. */
export class FileExistence {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly root: string) {}

  /** Root-relative path (forward slashes). */
  isFile(relative: string): boolean {
    let hit = this.known.get(relative);
    if (hit === undefined) {
      try {
        // A missing file needs one stat; only a file that exists is followed through its links.
        hit = statSync(path.join(this.root, relative)).isFile() && staysInside(this.root, relative);
      } catch {
        hit = false;
      }
      this.known.set(relative, hit);
    }
    return hit;
  }

  /** Listeners (verdict caches) to clear when a file appears or vanishes. */
  readonly onChange = new Set<() => void>();

  forget(relative: string): void {
    this.known.delete(relative);
    for (const listener of this.onChange) listener();
  }

  clear(): void {
    this.known.clear();
    for (const listener of this.onChange) listener();
  }
}

export interface ImageContext {
  files: FileExistence;
  siteHosts: string[];
  mediaFolder?: string;
  /** CMS public_folder: the URL prefix under which media_folder files are referenced. */
  publicFolder?: string;
}


function decode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/**
 * Where an image reference can live: where the one rule for image references puts it
 * (contentPathOfRef: `~/…` and `@/…` in src/, `/…` in public/, a relative path next to the
 * file), and also, with a CMS media folder, `/…` under its public prefix and a bare file
 * name in that folder. A link to the site's own host counts by its path.
 */
export function imageCandidates(ctx: ImageContext, url: string, fromFile: string): string[] | undefined {
  let value = url.trim().replace(/[?#].*$/, '');
  if (!value || value.startsWith('data:')) return undefined;
  const absolute = /^(?:https?:)?\/\/([^/]+)(\/.*)?$/i.exec(value);
  if (absolute) {
    const host = (absolute[1] ?? '').replace(/^www\./, '').toLowerCase();
    if (!ctx.siteHosts.includes(host)) return undefined;
    value = absolute[2] ?? '/';
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  const out: string[] = [];
  const prefix = ctx.publicFolder?.replace(/\/+$/, '');
  if (prefix && ctx.mediaFolder && value.startsWith('/') && value.startsWith(`${prefix}/`)) out.push(`${ctx.mediaFolder}/${decode(value.slice(prefix.length + 1))}`);
  const inside = contentPathOfRef(value, fromFile);
  if (inside) out.push(inside);
  if (ctx.mediaFolder && !value.includes('/')) out.push(`${ctx.mediaFolder}/${decode(value)}`);
  return out;
}

const verdicts = new WeakMap<FileExistence, Map<string, ImageVerdict>>();

/** Verdicts of location-independent references (`~/…`, `/…`) are shared by every entry. */
export function checkImage(ctx: ImageContext, url: string, fromFile: string): ImageVerdict {
  const shared = url.startsWith('~/') || (url.startsWith('/') && !url.startsWith('//'));
  if (!shared) return computeVerdict(ctx, url, fromFile);
  let cache = verdicts.get(ctx.files);
  if (!cache) {
    const created = new Map<string, ImageVerdict>();
    ctx.files.onChange.add(() => created.clear());
    verdicts.set(ctx.files, created);
    cache = created;
  }
  let verdict = cache.get(url);
  if (!verdict) {
    verdict = computeVerdict(ctx, url, fromFile);
    cache.set(url, verdict);
  }
  return verdict;
}

function computeVerdict(ctx: ImageContext, url: string, fromFile: string): ImageVerdict {
  const candidates = imageCandidates(ctx, url, fromFile);
  if (!candidates) return { status: 'ignored' };
  if (candidates.some((c) => ctx.files.isFile(c))) return { status: 'ok' };
  return { status: 'missing', looked: [...new Set(candidates)] };
}
