import { parentPort } from 'node:worker_threads';
import type { EntryAnalysis } from '../../rules/entry-analysis';
import type { ConfigBundle } from '../astro-config/bundle-config';
import { collectionsFromBundle } from '../astro-config/config-collections';
import { readAndAnalyze } from '../read-entry';
import { createSiteSpec, type SiteSpec } from '../site-spec';

/** The site a worker analyzes files of; workers are reused, so each run starts with this. */
export interface AnalyzeSite {
  root: string;
  configFile?: string;
  bundle?: ConfigBundle;
  timeoutMs: number;
}

export type ToWorker =
  | { type: 'site'; site: AnalyzeSite }
  | { type: 'jobs'; jobs: Array<{ file: string; c: number }> };

export type FromWorker = { type: 'ready' } | { type: 'done'; results: EntryAnalysis[] } | { type: 'failed'; message: string };

/**
 * A worker builds the same site spec as the main thread (evaluating the config bundle,
 * already proven safe, with its own zod), then analyzes the chunks of files it is sent.
 */
function start(): void {
  const port = parentPort;
  if (!port) return;
  let spec: SiteSpec | undefined;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'site') {
      try {
        const { root, configFile, bundle, timeoutMs } = message.site;
        const astro = bundle && configFile ? collectionsFromBundle(root, configFile, bundle, timeoutMs) : undefined;
        spec = createSiteSpec(root, astro).spec;
        port.postMessage({ type: 'ready' } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ type: 'failed', message: String(error) } satisfies FromWorker);
      }
      return;
    }
    const results: EntryAnalysis[] = [];
    for (const job of message.jobs) {
      const collection = spec?.collections[job.c];
      if (spec && collection) results.push(readAndAnalyze(spec, collection, job.file));
    }
    port.postMessage({ type: 'done', results } satisfies FromWorker);
  });
}

start();
