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
  return Math.max(1, Math.min(availableParallelism(), 4));
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
 * Analyzes every file once. Large sites go to worker threads, one per core: this thread
 * stays free for the app (it only merges results), except while the worker code is
 * bundled and the workers start, and for chunks that failing workers hand back.
 */
export async function analyzeFiles(spec: SiteSpec, jobs: AnalyzeJob[], options: AnalyzeFilesOptions): Promise<EntryAnalysis[]> {
  const count = options.workers ?? defaultWorkers(jobs.length);
  if (count === 0) return analyzeInThread(spec, jobs);

  const queue = jobs.slice();
  const results: EntryAnalysis[] = [];
  const site: AnalyzeSite = { root: spec.root, configFile: options.configFile, bundle: options.bundle, timeoutMs: options.timeoutMs };
  let workersStarted = false;
  let workersDone = false;
  const workers = analyzeWorkerSource().then(async (source) => {
    if (!source || queue.length === 0) return;
    workersStarted = true;
    await Promise.all(acquireWorkers(source, count).map((worker) => drive(worker, site, queue, results)));
  });
  void workers.then(() => (workersDone = true));
  for (;;) {
    if (!workersStarted || workersDone) {
      for (const r of analyzeInThread(spec, queue.splice(0, MAIN_CHUNK))) results.push(r);
    }
    await nextTick();
    if (workersDone && queue.length === 0) break;
    if (workersStarted && !workersDone) await Promise.race([workers, new Promise((resolve) => setTimeout(resolve, 20))]);
  }
  return results;
}
