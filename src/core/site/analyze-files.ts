import { availableParallelism } from 'node:os';
import { SearchIndex } from '../search/search-index';
import { analyzeJob, type AnalyzedFile, type AnalyzeMode } from './analyze-job';
import type { SiteSpec } from './site-spec';
import { AnalysisWorker, FILE_BUDGET_MS } from './workers/analysis-worker';
import type { AnalyzeSite, WorkerJob } from './workers/analyze-worker-entry';
import { stoppedEntry } from './workers/stopped-entry';
import { workerFile } from './workers/worker-files';

export type AnalyzeJob = WorkerJob;

export interface AnalyzeFilesOptions {
  /** The site as workers load it; undefined: this thread only, without time budget. */
  site?: AnalyzeSite;
  /** Worker threads to use; default by core count and job count. 0 = this thread only. */
  workers?: number;
  /** Time one file's analysis may take in a worker (default FILE_BUDGET_MS). */
  fileBudgetMs?: number;
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

/** From this many files, a site's list is shown from a first pass of titles and dates before every rule runs. */
export const MIN_FILES_FOR_SUMMARY = 1500;
const WORKER_CHUNK = 100;
const MAIN_CHUNK = 50;
/** Files per extra worker: a small site is done by one before a second would have started. */
const FILES_PER_WORKER = 750;

function defaultWorkers(jobs: number): number {
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(jobs / FILES_PER_WORKER)));
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Run {
  spec: SiteSpec;
  site: AnalyzeSite;
  source: string;
  budgetMs: number;
  mode: AnalyzeMode;
  queue: WorkerJob[];
  search: SearchIndex | null;
  accept(batch: AnalyzedFile[]): void;
}

/** Analysis on this thread, a chunk at a time, letting other work in between chunks. */
async function analyzeHere(spec: SiteSpec, jobs: WorkerJob[], mode: AnalyzeMode, search: SearchIndex | null, accept: (batch: AnalyzedFile[]) => void): Promise<void> {
  for (let at = 0; at < jobs.length; at += MAIN_CHUNK) {
    const batch: AnalyzedFile[] = [];
    for (const job of jobs.slice(at, at + MAIN_CHUNK)) {
      const result = analyzeJob(spec, job, mode, search);
      if (result) batch.push(result);
    }
    accept(batch);
    await nextTick();
  }
}

/**
 * One worker's share: takes chunks from the shared queue until it is empty, then hands over
 * the search index it built. A file that runs past its budget (or takes the worker down) gets
 * a diagnostic saying so; the rest of its chunk goes back to the queue and a fresh worker
 * carries on. The text a dead worker indexed died with it, so when searching, the files it
 * had delivered go round again too (their new analyses replace the old). Where no worker
 * starts, the remaining files are analyzed on this thread.
 */
async function drainQueue(run: Run): Promise<void> {
  const { spec, queue } = run;
  let worker: AnalysisWorker | undefined;
  let delivered: WorkerJob[] = [];
  const lost = (): void => {
    if (run.search) queue.push(...delivered);
    delivered = [];
  };
  try {
    for (;;) {
      if (queue.length === 0) {
        if (!worker || !run.search) break;
        const snapshot = await worker.finish();
        if (snapshot !== undefined) {
          if (snapshot) run.search.absorb(snapshot);
          break;
        }
        lost();
        continue;
      }
      if (!worker?.alive) {
        worker = await AnalysisWorker.start(run.source, run.site, run.budgetMs, !!run.search && run.mode === 'full');
        if (!worker) return await analyzeHere(spec, queue.splice(0), run.mode, run.search, run.accept);
      }
      const chunk = queue.splice(0, WORKER_CHUNK);
      const outcome = await worker.run(chunk, run.mode);
      if (outcome.ok) {
        delivered.push(...chunk);
        run.accept(outcome.results);
        continue;
      }
      const stopped = outcome.culprit && stoppedEntry(spec, outcome.culprit, outcome.reason, run.budgetMs);
      if (stopped) run.accept([{ analysis: stopped, size: -1, mtimeMs: -1, full: true }]);
      queue.unshift(...outcome.redo);
      lost();
    }
  } finally {
    worker?.release();
  }
}

/**
 * Analyzes every file once, in worker threads: this thread stays free for the app (it only
 * merges results), and every file has a time budget, so a hostile file costs its budget and
 * a diagnostic, not a frozen app. Where the worker code is not available, or with
 * `workers: 0`, files are analyzed here, a chunk at a time. A file analyzed twice (its
 * worker died after delivering it) is reported once, with its last analysis.
 */
export async function analyzeFiles(spec: SiteSpec, jobs: WorkerJob[], options: AnalyzeFilesOptions): Promise<AnalyzeFilesResult> {
  const count = options.workers ?? defaultWorkers(jobs.length);
  const mode = options.mode ?? 'full';
  const search = options.search && mode === 'full' ? new SearchIndex() : null;
  const byFile = new Map<string, AnalyzedFile>();
  const accept = (batch: AnalyzedFile[]): void => {
    for (const r of batch) byFile.set(r.analysis.file, r);
    options.onResults?.(batch);
  };
  const site = options.site;
  const source = site && count > 0 && jobs.length > 0 ? await workerFile('analyze') : undefined;
  if (!source || !site) {
    await analyzeHere(spec, jobs, mode, search, accept);
  } else {
    const run: Run = { spec, site, source, budgetMs: options.fileBudgetMs ?? FILE_BUDGET_MS, mode, queue: jobs.slice(), search, accept };
    await Promise.all(Array.from({ length: count }, () => drainQueue(run)));
  }
  return { files: [...byFile.values()], search };
}
