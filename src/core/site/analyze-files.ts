import { availableParallelism } from 'node:os';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { readAndAnalyze } from './read-entry';
import type { SiteSpec } from './site-spec';
import { AnalysisWorker, FILE_BUDGET_MS } from './workers/analysis-worker';
import type { AnalyzeSite, WorkerJob } from './workers/analyze-worker-entry';
import { stoppedEntry } from './workers/stopped-entry';
import { analyzeWorkerSource } from './workers/worker-bundle';

export type AnalyzeJob = WorkerJob;

export interface AnalyzeFilesOptions {
  /** The site as workers load it; undefined: this thread only, without time budget. */
  site?: AnalyzeSite;
  /** Worker threads to use; default by core count and job count. 0 = this thread only. */
  workers?: number;
  /** Time one file's analysis may take in a worker (default FILE_BUDGET_MS). */
  fileBudgetMs?: number;
}

const WORKER_CHUNK = 100;
const MAIN_CHUNK = 50;
/** Files per extra worker: a small site is done by one before a second would have started. */
const FILES_PER_WORKER = 750;

export function analyzeInThread(spec: SiteSpec, jobs: WorkerJob[]): EntryAnalysis[] {
  const out: EntryAnalysis[] = [];
  for (const job of jobs) {
    const collection = spec.collections[job.c];
    if (collection) out.push(readAndAnalyze(spec, collection, job.file, job.text));
  }
  return out;
}

function defaultWorkers(jobs: number): number {
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(jobs / FILES_PER_WORKER)));
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Analysis on this thread, a chunk at a time, letting other work in between chunks. */
async function analyzeHere(spec: SiteSpec, jobs: WorkerJob[], results: EntryAnalysis[]): Promise<void> {
  for (let at = 0; at < jobs.length; at += MAIN_CHUNK) {
    for (const r of analyzeInThread(spec, jobs.slice(at, at + MAIN_CHUNK))) results.push(r);
    await nextTick();
  }
}

/**
 * One worker's share: takes chunks from the shared queue until it is empty. A file that runs
 * past its budget (or takes the worker down) gets a diagnostic saying so; the rest of its
 * chunk goes back to the queue and a fresh worker carries on. Where no worker starts, the
 * remaining files are analyzed on this thread.
 */
async function drainQueue(spec: SiteSpec, source: string, site: AnalyzeSite, budgetMs: number, queue: WorkerJob[], results: EntryAnalysis[]): Promise<void> {
  let worker: AnalysisWorker | undefined;
  try {
    while (queue.length > 0) {
      if (!worker?.alive) worker = await AnalysisWorker.start(source, site, budgetMs);
      if (!worker) return await analyzeHere(spec, queue.splice(0), results);
      const chunk = queue.splice(0, WORKER_CHUNK);
      if (chunk.length === 0) break;
      const outcome = await worker.run(chunk);
      if (outcome.ok) {
        for (const r of outcome.results) results.push(r);
        continue;
      }
      const stopped = outcome.culprit && stoppedEntry(spec, outcome.culprit, outcome.reason, budgetMs);
      if (stopped) results.push(stopped);
      queue.unshift(...outcome.redo);
    }
  } finally {
    worker?.release();
  }
}

/**
 * Analyzes every file once, in worker threads: this thread stays free for the app (it only
 * merges results), and every file has a time budget, so a hostile file costs its budget and
 * a diagnostic, not a frozen app. Where the worker code is not available (a bundled build
 * without it), or with `workers: 0`, files are analyzed here, a chunk at a time.
 */
export async function analyzeFiles(spec: SiteSpec, jobs: WorkerJob[], options: AnalyzeFilesOptions): Promise<EntryAnalysis[]> {
  const count = options.workers ?? defaultWorkers(jobs.length);
  const results: EntryAnalysis[] = [];
  const site = options.site;
  const source = site && count > 0 && jobs.length > 0 ? await analyzeWorkerSource() : undefined;
  if (!source || !site) {
    await analyzeHere(spec, jobs, results);
    return results;
  }
  const queue = jobs.slice();
  const budgetMs = options.fileBudgetMs ?? FILE_BUDGET_MS;
  await Promise.all(Array.from({ length: count }, () => drainQueue(spec, source, site, budgetMs, queue, results)));
  return results;
}
