import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod/v4';

/** Bumped whenever what a cache file holds changes shape. */
export const CACHE_FORMAT_VERSION = 1;
const FORMAT = 'postdesk-site-index';

const HeaderSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.number().int(),
    /** Shared by the files written together: one from another run is stale. */
    generation: z.string().regex(/^[0-9a-f]{16,64}$/),
    root: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type CacheHeader = z.infer<typeof HeaderSchema>;

export const newGeneration = (): string => randomBytes(12).toString('hex');

/**
 * One cache file: a JSON header line, then the payload. The header names the site, the
 * version and the generation, and carries the payload's length and hash, so a torn, edited
 * or foreign file is recognised before a byte of it is used.
 */
export async function writeCacheFile(path: string, header: Omit<CacheHeader, 'format' | 'version' | 'bytes' | 'sha256'>, payload: Buffer): Promise<void> {
  const full: CacheHeader = {
    format: FORMAT,
    version: CACHE_FORMAT_VERSION,
    ...header,
    bytes: payload.length,
    sha256: createHash('sha256').update(payload).digest('hex'),
  };
  await mkdir(dirname(path), { recursive: true });
  await removeAbandonedTemps(path);
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(full)}\n`), payload]));
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** A temp file this old was left by a run that was killed while writing (another run writing now is younger). */
const ABANDONED_AFTER_MS = 10 * 60_000;

/** Temp files of `path` that a killed run left behind: each may be as large as the cache itself. */
async function removeAbandonedTemps(path: string): Promise<void> {
  const folder = dirname(path);
  const pattern = new RegExp(`^${basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{12}\\.tmp$`);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => pattern.test(n))) {
    const full = join(folder, name);
    const info = await stat(full).catch(() => null);
    if (info && Date.now() - info.mtimeMs > ABANDONED_AFTER_MS) await unlink(full).catch(() => undefined);
  }
}

export type CacheRead = { ok: true; header: CacheHeader; payload: Buffer } | { ok: false; reason: string };

const MAX_HEADER = 4096;

/** Reads and checks a cache file; any doubt gives a reason instead of content. */
export async function readCacheFile(path: string, expect: { root: string; generation?: string }): Promise<CacheRead> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache yet' : 'unreadable' };
  }
  const newline = data.indexOf(10);
  if (newline === -1 || newline > MAX_HEADER) return { ok: false, reason: 'no header' };
  let header: CacheHeader;
  try {
    const parsed = HeaderSchema.safeParse(JSON.parse(data.subarray(0, newline).toString('utf8')));
    if (!parsed.success) return { ok: false, reason: 'bad header' };
    header = parsed.data;
  } catch {
    return { ok: false, reason: 'bad header' };
  }
  if (header.version !== CACHE_FORMAT_VERSION) return { ok: false, reason: `version ${header.version}` };
  if (header.root !== expect.root) return { ok: false, reason: 'another site' };
  if (expect.generation !== undefined && header.generation !== expect.generation) return { ok: false, reason: 'stale generation' };
  const payload = data.subarray(newline + 1);
  if (payload.length !== header.bytes) return { ok: false, reason: 'truncated' };
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return { ok: false, reason: 'hash mismatch' };
  return { ok: true, header, payload };
}
