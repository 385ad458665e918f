import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
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
const WORKER_CHUNK = 100;
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
 * Feeds one worker chunks from the shared queue, two in flight so it never waits for
 * this thread; resolves when the queue is empty. A failing worker hands its chunks back.
 */
function drive(worker: Worker, site: AnalyzeSite, queue: AnalyzeJob[], results: EntryAnalysis[]): Promise<void> {
  return new Promise<void>((resolve) => {
    const inFlight: AnalyzeJob[][] = [];
    let finished = false;
    const done = (healthy: boolean): void => {
      if (finished) return;
      finished = true;
      for (const chunk of inFlight.splice(0)) queue.push(...chunk);
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
      while (inFlight.length < 2 && queue.length > 0) {
        const chunk = queue.splice(0, WORKER_CHUNK);
        inFlight.push(chunk);
        worker.postMessage({ type: 'jobs', jobs: chunk } satisfies ToWorker);
      }
      if (inFlight.length === 0) done(true);
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'done') {
        inFlight.shift();
        for (const r of message.results) results.push(r);
        feed();
      } else if (message.type === 'ready') feed();
      else done(false);
    });
    worker.once('error', () => done(false));
    worker.on('exit', onExit);
    worker.postMessage({ type: 'site', site } satisfies ToWorker);
  });
}

/**
 * Analyzes every file once. Large sites are shared out between worker threads and this
 * thread, which starts at once (while the worker code is bundled and workers start) and
 * takes small chunks, yielding between them so it keeps feeding the workers.
 */
export async function analyzeFiles(spec: SiteSpec, jobs: AnalyzeJob[], options: AnalyzeFilesOptions): Promise<EntryAnalysis[]> {
  const count = options.workers ?? defaultWorkers(jobs.length);
  if (count === 0) return analyzeInThread(spec, jobs);

  const queue = jobs.slice();
  const results: EntryAnalysis[] = [];
  const site: AnalyzeSite = { root: spec.root, configFile: options.configFile, bundle: options.bundle, timeoutMs: options.timeoutMs };
  const workers = analyzeWorkerSource().then(async (source) => {
    if (!source || queue.length === 0) return;
    await Promise.all(acquireWorkers(source, count).map((worker) => drive(worker, site, queue, results)));
  });
  let workersDone = false;
  void workers.then(() => (workersDone = true));
  for (;;) {
    const chunk = queue.splice(0, MAIN_CHUNK);
    for (const r of analyzeInThread(spec, chunk)) results.push(r);
    await nextTick();
    if (queue.length > 0) continue;
    if (workersDone) break;
    // Nothing left to take: wait for the workers' last chunks (or chunks a failing worker hands back).
    await Promise.race([workers, new Promise((resolve) => setTimeout(resolve, 5))]);
  }
  return results;
}
