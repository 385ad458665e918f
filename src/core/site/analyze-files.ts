import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { SearchIndex } from '../search/search-index';
import type { ConfigBundle } from './astro-config/bundle-config';
import { analyzeJob, type AnalyzedFile, type AnalyzeJob, type AnalyzeMode } from './analyze-job';
import type { SiteSpec } from './site-spec';
import { acquireWorkers, releaseWorker } from './workers/analyze-pool';
import type { AnalyzeSite, FromWorker, ToWorker } from './workers/analyze-worker-entry';
import { analyzeWorkerSource } from './workers/worker-bundle';

export type { AnalyzeJob } from './analyze-job';

export interface AnalyzeFilesOptions {
  configFile?: string;
  bundle?: ConfigBundle;
  timeoutMs: number;
  /** Worker threads to use; default by core count and job count. 0 = this thread only. */
  workers?: number;
  /** Default `full`. */
  mode?: AnalyzeMode;
  /** Index titles and text for search as files are read (full mode). */
  search?: boolean;
  /** Called with each batch of results as it arrives (progress). */
  onResults?(batch: AnalyzedFile[]): void;
}

export interface AnalyzeFilesResult {
  files: AnalyzedFile[];
  search: SearchIndex | null;
}

/** Below this many files, starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 1500;
const WORKER_CHUNK = 100;
const MAIN_CHUNK = 50;

function defaultWorkers(jobs: number): number {
  if (jobs < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(availableParallelism(), 4));
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Run {
  site: AnalyzeSite;
  mode: AnalyzeMode;
  queue: AnalyzeJob[];
  accept(batch: AnalyzedFile[]): void;
  search: SearchIndex | null;
}

/**
 * Feeds one worker chunks from the shared queue, two in flight so it never waits for
 * this thread; when the queue is empty, takes its search index. A failing worker hands
 * its chunks back (and its indexed text is lost, so those files are indexed again here).
 */
function drive(worker: Worker, run: Run): Promise<void> {
  return new Promise<void>((resolve) => {
    const inFlight: AnalyzeJob[][] = [];
    const delivered: AnalyzeJob[] = [];
    let finished = false;
    let finishing = false;
    const done = (healthy: boolean): void => {
      if (finished) return;
      finished = true;
      for (const chunk of inFlight.splice(0)) run.queue.push(...chunk);
      // Their analyses arrived but the text indexed with them did not: those files go round again.
      if (!healthy && run.search) run.queue.push(...delivered);
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
      while (inFlight.length < 2 && run.queue.length > 0) {
        const chunk = run.queue.splice(0, WORKER_CHUNK);
        inFlight.push(chunk);
        worker.postMessage({ type: 'jobs', jobs: chunk, mode: run.mode } satisfies ToWorker);
      }
      if (inFlight.length === 0 && !finishing) {
        finishing = true;
        worker.postMessage({ type: 'finish' } satisfies ToWorker);
      }
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'done') {
        delivered.push(...(inFlight.shift() ?? []));
        run.accept(message.results);
        feed();
      } else if (message.type === 'finished') {
        if (message.search) run.search?.absorb(message.search);
        done(true);
      } else if (message.type === 'ready') feed();
      else done(false);
    });
    worker.once('error', () => done(false));
    worker.on('exit', onExit);
    worker.postMessage({ type: 'site', site: run.site } satisfies ToWorker);
  });
}

function analyzeChunk(spec: SiteSpec, jobs: AnalyzeJob[], mode: AnalyzeMode, search: SearchIndex | null): AnalyzedFile[] {
  const out: AnalyzedFile[] = [];
  for (const job of jobs) {
    const result = analyzeJob(spec, job, mode, search);
    if (result) out.push(result);
  }
  return out;
}

/**
 * Analyzes every file once. Large sites go to worker threads, one per core: this thread
 * stays free for the app (it only merges results), except while the worker code is
 * bundled and the workers start, and for chunks that failing workers hand back.
 */
export async function analyzeFiles(spec: SiteSpec, jobs: AnalyzeJob[], options: AnalyzeFilesOptions): Promise<AnalyzeFilesResult> {
  const count = options.workers ?? defaultWorkers(jobs.length);
  const mode = options.mode ?? 'full';
  const search = options.search && mode === 'full' ? new SearchIndex() : null;
  const files: AnalyzedFile[] = [];
  const accept = (batch: AnalyzedFile[]): void => {
    for (const r of batch) files.push(r);
    options.onResults?.(batch);
  };
  const run: Run = {
    site: { root: spec.root, configFile: options.configFile, bundle: options.bundle, timeoutMs: options.timeoutMs, search: !!search },
    mode,
    queue: jobs.slice(),
    accept,
    search,
  };
  if (count === 0) {
    while (run.queue.length > 0) {
      accept(analyzeChunk(spec, run.queue.splice(0, MAIN_CHUNK), mode, search));
      await nextTick();
    }
    return { files, search };
  }

  let workersStarted = false;
  let workersDone = false;
  const workers = analyzeWorkerSource().then(async (source) => {
    if (!source || run.queue.length === 0) return;
    workersStarted = true;
    await Promise.all(acquireWorkers(source, count).map((worker) => drive(worker, run)));
  });
  void workers.then(() => (workersDone = true));
  for (;;) {
    if (!workersStarted || workersDone) accept(analyzeChunk(spec, run.queue.splice(0, MAIN_CHUNK), mode, search));
    await nextTick();
    if (workersDone && run.queue.length === 0) break;
    if (workersStarted && !workersDone) await Promise.race([workers, new Promise((resolve) => setTimeout(resolve, 20))]);
  }
  return { files, search };
}
