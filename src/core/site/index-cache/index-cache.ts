import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ZodType } from 'zod/v4';
import { SearchIndex, type SearchSnapshot } from '../../search/search-index';
import type { EntrySummary } from '../../../shared/site-model';
import { newGeneration, readCacheFile, writeCacheFile } from './cache-file';
import { CachedEntriesSchema, CachedListSchema, type CachedEntries } from './cache-schema';
import { decodeSearchSnapshot, encodeSearchSnapshot } from './search-codec';

/**
 * The index of a site kept between runs, in the app's data folder (never in the site):
 * the post list as last shown, every entry's analysis keyed by its file's size and time,
 * and the search index. Three files written with one generation id; a reader takes them
 * only together, and only after checking each one's hash and every field.
 */
export interface IndexCacheContent {
  list: EntrySummary[];
  entries: CachedEntries;
  search: SearchSnapshot;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The cache folder of one site: named by a hash of its absolute path. */
export function siteCacheFolder(cacheDir: string, root: string): string {
  return join(cacheDir, createHash('sha256').update(root).digest('hex').slice(0, 20));
}

const paths = (cacheDir: string, root: string) => {
  const folder = siteCacheFolder(cacheDir, root);
  return { list: join(folder, 'list.json'), entries: join(folder, 'entries.json'), search: join(folder, 'search.bin') };
};

export async function saveIndexCache(cacheDir: string, root: string, content: IndexCacheContent): Promise<void> {
  const files = paths(cacheDir, root);
  const generation = newGeneration();
  await writeCacheFile(files.search, { root, generation }, encodeSearchSnapshot(content.search));
  await writeCacheFile(files.entries, { root, generation }, Buffer.from(JSON.stringify(content.entries)));
  // Written last: a crash before this leaves a list of another generation, which is then not taken.
  await writeCacheFile(files.list, { root, generation }, Buffer.from(JSON.stringify({ entries: content.list })));
}

async function readJson<T>(path: string, root: string, generation: string | undefined, schema: ZodType<T>): Promise<Loaded<{ value: T; generation: string }>> {
  const read = await readCacheFile(path, { root, generation });
  if (!read.ok) return read;
  let json: unknown;
  try {
    json = JSON.parse(read.payload.toString('utf8'));
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = await checkInSlices(json, schema);
  if (!parsed.success) return { ok: false, reason: `unexpected content (${parsed.path})` };
  return { ok: true, value: { value: parsed.data, generation: read.header.generation } };
}

const SLICE = 250;

/**
 * A large cache (10,000 analyses) takes a second or more to check: its arrays are checked a
 * slice at a time, letting the app answer requests in between (the page loads meanwhile).
 * The whole object is then checked with those arrays emptied, and the checked slices put back.
 */
async function checkInSlices<T>(json: unknown, schema: ZodType<T>): Promise<{ success: true; data: T } | { success: false; path: string }> {
  const failed = (issues: readonly { path: readonly PropertyKey[] }[], prefix: PropertyKey[] = [], offset = 0) => {
    const [first, ...rest] = issues[0]?.path ?? [];
    const at = prefix.length ? [...prefix, Number(first ?? 0) + offset, ...rest] : [first, ...rest].filter((p) => p !== undefined);
    return { success: false as const, path: at.map(String).join('.') };
  };
  const whole = (value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? { success: true as const, data: result.data } : failed(result.error.issues);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return whole(json);
  const record = json as Record<string, unknown>;
  const arrays = Object.keys(record).filter((key) => Array.isArray(record[key]) && (record[key] as unknown[]).length > SLICE);
  if (arrays.length === 0) return whole(json);
  const shell = whole({ ...record, ...Object.fromEntries(arrays.map((key) => [key, []])) });
  if (!shell.success) return shell;
  const shape = schema as unknown as { shape?: Record<string, ZodType<unknown[]>> };
  const checked: Record<string, unknown> = { ...(shell.data as Record<string, unknown>) };
  for (const key of arrays) {
    const items = record[key] as unknown[];
    const arraySchema = shape.shape?.[key];
    if (!arraySchema) return whole(json);
    const out: unknown[] = [];
    for (let at = 0; at < items.length; at += SLICE) {
      const part = arraySchema.safeParse(items.slice(at, at + SLICE));
      if (!part.success) return failed(part.error.issues, [key], at);
      for (const item of part.data) out.push(item);
      await new Promise((resolve) => setImmediate(resolve));
    }
    checked[key] = out;
  }
  return { success: true, data: checked as T };
}

/** The post list as last shown, for a reopened site to show at once. */
export async function readCachedList(cacheDir: string, root: string): Promise<Loaded<{ entries: EntrySummary[]; generation: string }>> {
  const read = await readJson(paths(cacheDir, root).list, root, undefined, CachedListSchema);
  return read.ok ? { ok: true, value: { entries: read.value.value.entries, generation: read.value.generation } } : read;
}

/** The analyses and the search index written with the list of `generation`. */
export async function readCachedIndex(cacheDir: string, root: string, generation: string): Promise<Loaded<{ entries: CachedEntries; search: SearchIndex }>> {
  const files = paths(cacheDir, root);
  const entries = await readJson(files.entries, root, generation, CachedEntriesSchema);
  if (!entries.ok) return entries;
  const search = await readCacheFile(files.search, { root, generation });
  if (!search.ok) return search;
  try {
    const index = SearchIndex.fromSnapshot(decodeSearchSnapshot(search.payload));
    return { ok: true, value: { entries: entries.value.value, search: index } };
  } catch (error) {
    return { ok: false, reason: `search index: ${error instanceof Error ? error.message : String(error)}` };
  }
}
