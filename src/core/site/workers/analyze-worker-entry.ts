import { parentPort } from 'node:worker_threads';
import { diffTexts, type DiffRow } from '../../git/word-diff';
import { SearchIndex, snapshotTransfer, type SearchSnapshot } from '../../search/search-index';
import type { ConfigBundle } from '../astro-config/bundle-config';
import { collectionsFromBundle } from '../astro-config/config-collections';
import { analyzeJob, type AnalyzedFile, type AnalyzeMode } from '../analyze-job';
import { createSiteSpec, type SiteSpec } from '../site-spec';

/** The site a worker analyzes files of; workers are reused, so each run starts with this. */
export interface AnalyzeSite {
  root: string;
  configFile?: string;
  bundle?: ConfigBundle;
  timeoutMs: number;
  /** One per load of the site: a worker keeps its spec for the same load, rebuilds it for the next. */
  load: number;
}

/** One file to analyze: from disk, or the given (unsaved) text. */
export interface WorkerJob {
  file: string;
  /** Index of the collection in `spec.collections`. */
  c: number;
  text?: string;
}

export type ToWorker =
  /**
   * `progress[0]` gets the `serial` of each job as it starts, so the caller can time every file.
   * `search`: index titles and text of the files read in full mode, handed over by `finish`.
   */
  | { type: 'site'; site: AnalyzeSite; progress: SharedArrayBuffer; search: boolean }
  | { type: 'jobs'; jobs: Array<WorkerJob & { serial: number }>; mode: AnalyzeMode }
  | { type: 'finish' }
  /** A line and word diff, which can take seconds on a large file: kept off the app's thread too. */
  | { type: 'diff'; before: string; after: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; results: AnalyzedFile[] }
  | { type: 'finished'; search: SearchSnapshot | null }
  | { type: 'diffed'; rows: DiffRow[] }
  | { type: 'failed'; message: string };

function sameSite(a: AnalyzeSite | undefined, b: AnalyzeSite): boolean {
  return !!a && a.load === b.load && a.root === b.root;
}

/**
 * A worker builds the same site spec as the main thread (evaluating the config bundle,
 * already proven safe, with its own zod), then analyzes the chunks of files it is sent,
 * indexing their text for search as it goes when asked; `finish` hands over that index.
 */
function start(): void {
  const port = parentPort;
  if (!port) return;
  let spec: SiteSpec | undefined;
  let specOf: AnalyzeSite | undefined;
  let progress: Int32Array | undefined;
  let search: SearchIndex | null = null;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'site') {
      try {
        const { root, configFile, bundle, timeoutMs } = message.site;
        progress = new Int32Array(message.progress);
        // The worker that indexed a site usually checks its files next: the spec is kept.
        if (!spec || !sameSite(specOf, message.site)) {
          const astro = bundle && configFile ? collectionsFromBundle(root, configFile, bundle, timeoutMs) : undefined;
          spec = createSiteSpec(root, astro).spec;
          specOf = message.site;
        }
        // A bulk build merges its postings once, at `finish`.
        search = message.search ? new SearchIndex(Infinity) : null;
        port.postMessage({ type: 'ready' } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ type: 'failed', message: String(error) } satisfies FromWorker);
      }
      return;
    }
    if (message.type === 'diff') {
      port.postMessage({ type: 'diffed', rows: diffTexts(message.before, message.after) } satisfies FromWorker);
      return;
    }
    if (message.type === 'finish') {
      const snapshot = search && search.size > 0 ? search.snapshot() : null;
      search = null;
      port.postMessage({ type: 'finished', search: snapshot } satisfies FromWorker, snapshot ? snapshotTransfer(snapshot) : []);
      return;
    }
    const results: AnalyzedFile[] = [];
    for (const job of message.jobs) {
      if (progress) Atomics.store(progress, 0, job.serial);
      const result = spec && analyzeJob(spec, job, message.mode, message.mode === 'full' ? search : null);
      if (result) results.push(result);
    }
    port.postMessage({ type: 'done', results } satisfies FromWorker);
  });
}

start();
