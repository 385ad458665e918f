import { availableParallelism } from 'node:os';
import type { EntryAnalysis } from '../rules/entry-analysis';
import type { ConfigBundle } from './astro-config/bundle-config';
import { readAndAnalyze } from './read-entry';
import type { SiteSpec } from './site-spec';
import { acquireWorkers, releaseWorker } from './workers/analyze-pool';
import type { AnalyzeSite, FromWorker, ToWorker } from './workers/analyze-worker-entry';
import { analyzeWorkerSource } from './workers/worker-bundle';

export interface AnalyzeJob {
  file: string;
  /** Index of the collection in `spec.collections`. */
  c: number;
}

export interface AnalyzeFilesOptions {
  configFile?: string;
  bundle?: ConfigBundle;
  timeoutMs: number;
  /** Worker threads to use; default by core count and job count. 0 = this thread only. */
  workers?: number;
}

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 1500;
const WORKER_CHUNK = 250;
const MAIN_CHUNK = 50;

export function analyzeInThread(spec: SiteSpec, jobs: AnalyzeJob[]): EntryAnalysis[] {
  const out: EntryAnalysis[] = [];
  for (const job of jobs) {
    const collection = spec.collections[job.c];
    if (collection) out.push(readAndAnalyze(spec, collection, job.file));
  }
  return out;
}

function defaultWorkers(jobs: number): number {
  if (jobs < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, 3));
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Analyzes every file once. Large sites are shared out in chunks between worker threads
 * and this thread (which takes small chunks and yields between them, so it keeps feeding
 * the workers); a worker that fails hands its chunk back.
 */
export async function analyzeFiles(spec: SiteSpec, jobs: AnalyzeJob[], options: AnalyzeFilesOptions): Promise<EntryAnalysis[]> {
  const count = options.workers ?? defaultWorkers(jobs.length);
  const source = count > 0 ? await analyzeWorkerSource() : undefined;
  if (!source) return analyzeInThread(spec, jobs);

  const queue = jobs.slice();
  const results: EntryAnalysis[] = [];
  const site: AnalyzeSite = { root: spec.root, configFile: options.configFile, bundle: options.bundle, timeoutMs: options.timeoutMs };
  const running = new Set<Promise<void>>();
  for (const worker of acquireWorkers(source, count)) {
    running.add(
      new Promise<void>((resolve) => {
        let current: AnalyzeJob[] = [];
        const done = (healthy: boolean): void => {
          queue.push(...current);
          current = [];
          worker.off('exit', onExit);
          if (healthy) releaseWorker(worker);
          else {
            worker.removeAllListeners('message');
            void worker.terminate();
          }
          resolve();
        };
        const onExit = (): void => done(false);
        const feed = (): void => {
          current = queue.splice(0, WORKER_CHUNK);
          if (current.length === 0) done(true);
          else worker.postMessage({ type: 'jobs', jobs: current } satisfies ToWorker);
        };
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'done') {
            for (const r of message.results) results.push(r);
            current = [];
            feed();
          } else if (message.type === 'ready') feed();
          else done(false);
        });
        worker.once('error', () => done(false));
        worker.on('exit', onExit);
        worker.postMessage({ type: 'site', site } satisfies ToWorker);
      }),
    );
  }
  const all = Promise.all(running);
  let settled = false;
  void all.then(() => (settled = true));
  while (!settled || queue.length > 0) {
    const chunk = queue.splice(0, MAIN_CHUNK);
    if (chunk.length) for (const r of analyzeInThread(spec, chunk)) results.push(r);
    await nextTick();
    if (settled && queue.length === 0) break;
    if (!chunk.length) await Promise.race([all, new Promise((r) => setTimeout(r, 5))]);
  }
  return results;
}
