import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { searchableBody } from '../search/entry-text';
import { SearchIndex, type SearchResult } from '../search/search-index';
import { analyzeFiles, MIN_FILES_FOR_SUMMARY } from './analyze-files';
import type { AnalyzedFile } from './analyze-job';
import { collectionFingerprints } from './index-cache/fingerprint';
import { readCachedIndex, readCachedList, saveIndexCache } from './index-cache/index-cache';
import type { CachedEntries } from './index-cache/cache-schema';
import { collectionMatches } from './collection-files';
import { configFiles, LoadedSite } from './loaded-site';
import { fillIndex, prepareSite, resolveSiteRoot, type PreparedSite } from './load-site';
import { readEntryText } from './read-entry';
import { MAX_EDITABLE_BYTES } from '../files/open-document';
import { resolveContentPath } from '../security/content-path';
import type { EntrySummary } from '../../shared/site-model';
import type { SiteModel } from './site-model';
import { workerVersion } from './workers/worker-files';
import { FileChecker } from './workers/file-checker';
import { shutdownAnalyzePool } from './workers/analyze-pool';

export interface IndexProgress {
  checked: number;
  total: number;
}

/** How the last index was built: how many entries were analyzed and how many came from the cache, and why not more. */
export interface IndexStats {
  analyzed: number;
  reused: number;
  /** 'used', or why the cache was not (no cache yet, hash mismatch, another version…). */
  cache: string;
}

export interface SiteSessionOptions {
  /** Where index caches live (the app's data folder); no cache without it. */
  cacheDir?: string;
  timeoutMs?: number;
  workers?: number;
  /** Time one file's analysis may take in a worker (default 5 s). */
  fileBudgetMs?: number;
  onProgress?(progress: IndexProgress): void;
  /** The entries were checked again (after opening, or a config change). */
  onIndexed?(): void;
  onError?(message: string, error: unknown): void;
}

/** An open site as the app holds it: listed at once, checked in the background, searchable. */
export interface SiteSession extends SiteModel {
  /** Resolves when every entry is checked and search is ready. */
  whenIndexed(): Promise<void>;
  /** Checking progress; null once every entry is checked. */
  progress(): IndexProgress | null;
  search(query: string): Promise<SearchResult>;
  stats(): IndexStats | null;
}

type FileStat = { size: number; mtimeMs: number };

const CACHE_WRITE_DELAY_MS = 3000;

function provisionalSummary(entry: EntryAnalysis): EntrySummary {
  const summary: EntrySummary = {
    file: entry.file, collection: entry.collection, slug: entry.slug, title: entry.title,
    draft: entry.draft, tags: entry.tags, errors: 0, warnings: 0,
  };
  if (entry.date) summary.date = entry.date;
  if (entry.category) summary.category = entry.category;
  if (entry.author) summary.author = entry.author;
  return summary;
}

function statOf(root: string, file: string): FileStat {
  try {
    const stat = statSync(resolveContentPath(root, file));
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return { size: -1, mtimeMs: -1 };
  }
}

/**
 * Size and time of a file the listing just found, to tell whether its cached analysis still
 * holds: lstat, not the confinement's realpath (10,000 of those cost ~1 s at every start).
 * The listing refused links; a file replaced by a link since reads as changed and is
 * analysed again, through the confinement. Nothing is read here, only compared.
 */
function listedFileStat(root: string, file: string): FileStat {
  try {
    const stat = lstatSync(path.join(root, file));
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : { size: -1, mtimeMs: -1 };
  } catch {
    return { size: -1, mtimeMs: -1 };
  }
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class Session implements SiteSession {
  info: PreparedSite['info'];
  private model: LoadedSite | null = null;
  private listed: EntrySummary[] = [];
  /** The checked entries' summaries, until the index changes. */
  private summaries: EntrySummary[] | null = null;
  private index: SearchIndex | null = null;
  private readonly stat = new Map<string, FileStat>();
  private fingerprints: Record<string, string> = {};
  private analyzer: string | null = null;
  private checking: IndexProgress | null = { checked: 0, total: 0 };
  private indexed!: Promise<void>;
  private lastStats: IndexStats | null = null;
  private writeTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Refreshes wait for each other and for the index, so changes apply in order. */
  private refreshing: Promise<void> = Promise.resolve();

  constructor(
    readonly root: string,
    private prepared: PreparedSite,
    private readonly options: SiteSessionOptions,
  ) {
    this.info = prepared.info;
  }

  /** Starts checking every entry, reusing what `reuse` holds for files that did not change. */
  startIndex(reuse: () => Promise<{ entries: CachedEntries; search: SearchIndex } | string>): Promise<void> {
    this.indexed = this.buildIndex(reuse).catch(async (error: unknown) => {
      // A cache that looked right but breaks the build: once more, from the files alone.
      this.options.onError?.('checking the site with its cache failed; checking again from the files', error);
      await this.buildIndex(async () => 'the cached index could not be used');
    });
    return this.indexed;
  }

  private async buildIndex(reuse: () => Promise<{ entries: CachedEntries; search: SearchIndex } | string>): Promise<void> {
    const { spec, content, jobs } = this.prepared;
    this.fingerprints = collectionFingerprints(spec, content.bundle?.code);
    this.analyzer = await workerVersion('analyze');
    const cached = await reuse();
    const reused = new Map<string, EntryAnalysis>();
    let search: SearchIndex;
    let cacheState = typeof cached === 'string' ? cached : 'used';
    if (typeof cached !== 'string' && cached.entries.analyzer !== this.analyzer) cacheState = 'made by another version';
    if (typeof cached !== 'string' && cacheState === 'used') {
      search = cached.search;
      const wanted = new Map(jobs.map((job) => [job.file, spec.collections[job.c]?.info.name]));
      let n = 0;
      for (const file of cached.entries.files) {
        const { analysis } = file;
        const name = wanted.get(analysis.file);
        if (++n % 500 === 0) await nextTick();
        if (name === undefined || name !== analysis.collection) continue;
        if (cached.entries.collections[name] !== this.fingerprints[name] || !search.has(analysis.file)) continue;
        const now = listedFileStat(this.root, analysis.file);
        if (now.size !== file.size || now.mtimeMs !== file.mtimeMs || now.size < 0) continue;
        reused.set(analysis.file, analysis);
        this.stat.set(analysis.file, now);
      }
      for (const file of cached.entries.files) if (!reused.has(file.analysis.file)) search.remove(file.analysis.file);
    } else {
      search = new SearchIndex();
    }
    const todo = jobs.filter((job) => !reused.has(job.file));
    const total = jobs.length;
    this.checking = { checked: reused.size, total };
    this.options.onProgress?.(this.checking);
    const analyzed = await analyzeFiles(spec, todo, {
      site: this.prepared.workerSite,
      workers: this.options.workers,
      fileBudgetMs: this.options.fileBudgetMs,
      search: true,
      onResults: (batch) => {
        if (!this.checking) return;
        // A file whose worker died after delivering it is analyzed again: counted once.
        this.checking = { checked: Math.min(total, this.checking.checked + batch.length), total };
        this.options.onProgress?.(this.checking);
      },
    });
    if (analyzed.search && reused.size === 0) search = analyzed.search;
    else if (analyzed.search && analyzed.search.size > 0) search.absorb(analyzed.search.snapshot());
    for (const file of analyzed.files) this.stat.set(file.analysis.file, { size: file.size, mtimeMs: file.mtimeMs });
    fillIndex(this.prepared.index, [...reused.values(), ...analyzed.files.map((f: AnalyzedFile) => f.analysis)]);
    if (this.disposed) return;
    search.compact();
    const previous = this.model;
    const checker = new FileChecker(spec, this.prepared.workerSite, this.options.fileBudgetMs);
    this.model = new LoadedSite({ info: this.info, index: this.prepared.index, checker }, async () => {
      throw new Error('a session rebuilds its own index');
    });
    previous?.dispose();
    this.index = search;
    this.listed = [];
    this.summaries = null;
    this.checking = null;
    this.lastStats = { analyzed: analyzed.files.length, reused: reused.size, cache: cacheState };
    // The app keeps no analysis workers around once the site is indexed: they hold memory, and a reopen reads the cache.
    void shutdownAnalyzePool();
    this.options.onIndexed?.();
    if (analyzed.files.length > 0 || cacheState !== 'used') this.scheduleCacheWrite(0);
  }

  private scheduleCacheWrite(delay = CACHE_WRITE_DELAY_MS): void {
    if (!this.options.cacheDir || this.disposed) return;
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => void this.writeCache(), delay);
    this.writeTimer.unref();
  }

  private async writeCache(): Promise<void> {
    const cacheDir = this.options.cacheDir;
    if (!cacheDir || !this.model || !this.index || this.disposed) return;
    const files = [...this.model.analyses()].map((analysis) => ({ analysis, ...(this.stat.get(analysis.file) ?? { size: -1, mtimeMs: -1 }) }));
    try {
      await saveIndexCache(cacheDir, this.root, {
        list: this.entries(),
        entries: { analyzer: this.analyzer ?? '', collections: this.fingerprints, files },
        search: this.index.snapshot(),
      });
    } catch (error) {
      this.options.onError?.('the site index could not be cached; the next start checks every post again', error);
    }
  }

  private relative(file: string): string {
    return (path.isAbsolute(file) ? path.relative(this.root, file) : file).split(path.sep).join('/').replace(/^\.\//, '');
  }

  private require(): LoadedSite {
    if (!this.model) throw new Error('the site is still being checked');
    return this.model;
  }

  /** What the list shows until every entry is checked. */
  showFirst(entries: EntrySummary[]): void {
    this.listed = entries;
  }

  whenIndexed(): Promise<void> {
    return this.indexed;
  }

  progress(): IndexProgress | null {
    return this.checking;
  }

  stats(): IndexStats | null {
    return this.lastStats;
  }

  async search(query: string): Promise<SearchResult> {
    await this.indexed;
    return this.index?.search(query) ?? { terms: [], prefix: null, hits: [] };
  }

  entries(): EntrySummary[] {
    // Summing up 10,000 entries' problems takes a while: done once per change, not per call.
    if (this.model) this.summaries ??= this.model.entries();
    return this.summaries ?? this.listed;
  }

  entry(file: string): EntrySummary | undefined {
    return this.model ? this.model.entry(file) : this.listed.find((e) => e.file === file);
  }

  collectionFor(file: string) {
    // Known from the config alone: a post opened from the list can be saved while the site is checked.
    const rel = this.relative(file);
    return this.model ? this.model.collectionFor(rel) : this.prepared.spec.collections.find((c) => collectionMatches(c, rel))?.info;
  }

  validateFile(file: string, text?: string) {
    return this.require().validateFile(file, text);
  }

  async checkFile(file: string, text?: string) {
    await this.indexed;
    return this.require().checkFile(file, text);
  }

  validateAll() {
    return this.require().validateAll();
  }

  routes() {
    return this.require().routes();
  }

  profile() {
    return this.require().profile();
  }

  refreshFile(file: string): Promise<void> {
    const run = this.refreshing.then(() => this.indexed).then(() => this.refresh(file));
    this.refreshing = run.catch(() => undefined);
    return run;
  }

  private async refresh(file: string): Promise<void> {
    if (this.disposed) return;
    const rel = this.relative(file);
    if (configFiles.test(rel)) return this.reindex();
    const stat = statOf(this.root, rel);
    const model = this.require();
    await model.refreshFile(rel);
    this.summaries = null;
    const entry = model.entry(rel);
    if (entry) {
      let text = '';
      try {
        // A file too large to edit is searched by its title: it is not read on the app's thread.
        if (stat.size <= MAX_EDITABLE_BYTES) text = readEntryText(this.root, rel);
      } catch {
        // Unreadable now: indexed by title only; the entry's diagnostics say why.
      }
      this.index?.add(rel, entry.title, searchableBody(text));
      this.stat.set(rel, stat);
    } else {
      this.index?.remove(rel);
      this.stat.delete(rel);
    }
    if (this.stat.has(rel) || entry === undefined) this.scheduleCacheWrite();
  }

  /** The config changed: evaluate it again and re-check exactly the collections it changed. */
  private async reindex(): Promise<void> {
    const model = this.require();
    const before: CachedEntries = {
      analyzer: this.analyzer ?? '',
      collections: this.fingerprints,
      files: [...model.analyses()].map((analysis) => ({ analysis, ...(this.stat.get(analysis.file) ?? { size: -1, mtimeMs: -1 }) })),
    };
    const search = this.index ?? new SearchIndex();
    this.prepared = await prepareSite(this.root, { timeoutMs: this.options.timeoutMs, workers: this.options.workers });
    this.info = this.prepared.info;
    await this.buildIndex(async () => ({ entries: before, search }));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.writeTimer);
    this.model?.dispose();
    this.index = null;
  }
}

/**
 * Opens a site for the app: resolves as soon as its post list can be shown, from the index
 * cache (a site opened before) or from a first pass that reads titles and dates only (a
 * large site); every entry is then checked in the background, reusing from the cache the
 * analyses of files whose size, time and collection fingerprint did not change.
 */
export async function openSiteSession(rootPath: string, options: SiteSessionOptions = {}): Promise<SiteSession> {
  const root = resolveSiteRoot(rootPath);
  const cacheDir = options.cacheDir;
  const cachedList = cacheDir ? readCachedList(cacheDir, root) : Promise.resolve({ ok: false as const, reason: 'no cache folder' });
  const prepared = await prepareSite(root, { timeoutMs: options.timeoutMs, workers: options.workers });
  const session = new Session(root, prepared, options);
  const list = await cachedList;
  const fromCache = async () => {
    if (!cacheDir) return 'no cache folder';
    if (!list.ok) return list.reason;
    const read = await readCachedIndex(cacheDir, root, list.value.generation);
    return read.ok ? read.value : read.reason;
  };
  if (list.ok) {
    session.showFirst(list.value.entries);
    void session.startIndex(fromCache);
    return session;
  }
  if (prepared.jobs.length >= MIN_FILES_FOR_SUMMARY && options.workers !== 0) {
    // Titles and dates first: the list is shown while every entry is checked.
    const first = await analyzeFiles(prepared.spec, prepared.jobs, { site: prepared.workerSite, workers: options.workers, fileBudgetMs: options.fileBudgetMs, mode: 'summary' });
    session.showFirst(first.files.map((f) => provisionalSummary(f.analysis)));
    void session.startIndex(fromCache);
    return session;
  }
  await session.startIndex(fromCache);
  return session;
}
