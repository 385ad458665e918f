import { parentPort } from 'node:worker_threads';
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
  /** Also index titles and text for search (full mode only), returned by `finish`. */
  search: boolean;
}

export type ToWorker =
  | { type: 'site'; site: AnalyzeSite }
  | { type: 'jobs'; jobs: Array<{ file: string; c: number }>; mode: AnalyzeMode }
  | { type: 'finish' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; results: AnalyzedFile[] }
  | { type: 'finished'; search: SearchSnapshot | null }
  | { type: 'failed'; message: string };

/**
 * A worker builds the same site spec as the main thread (evaluating the config bundle,
 * already proven safe, with its own zod), then analyzes the chunks of files it is sent,
 * indexing their text for search as it goes; `finish` hands over that index.
 */
function start(): void {
  const port = parentPort;
  if (!port) return;
  let spec: SiteSpec | undefined;
  let search: SearchIndex | null = null;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'site') {
      try {
        const { root, configFile, bundle, timeoutMs } = message.site;
        const astro = bundle && configFile ? collectionsFromBundle(root, configFile, bundle, timeoutMs) : undefined;
        spec = createSiteSpec(root, astro).spec;
        search = message.site.search ? new SearchIndex(Infinity) : null;
        port.postMessage({ type: 'ready' } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ type: 'failed', message: String(error) } satisfies FromWorker);
      }
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
      const result = spec && analyzeJob(spec, job, message.mode, message.mode === 'full' ? search : null);
      if (result) results.push(result);
    }
    port.postMessage({ type: 'done', results } satisfies FromWorker);
  });
}

start();
