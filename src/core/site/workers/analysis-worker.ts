import type { Worker } from 'node:worker_threads';
import type { SearchSnapshot } from '../../search/search-index';
import type { AnalyzedFile, AnalyzeMode } from '../analyze-job';
import { acquireWorkers, releaseWorker } from './analyze-pool';
import type { AnalyzeSite, FromWorker, ToWorker, WorkerJob } from './analyze-worker-entry';

/** How long one file's analysis may take before its worker is stopped (a normal post takes milliseconds). */
export const FILE_BUDGET_MS = 5000;

/** What became of a chunk of jobs sent to a worker. */
export type ChunkOutcome =
  | { ok: true; results: AnalyzedFile[] }
  | {
      ok: false;
      /** The job that ran past its budget or was running when the worker died, if known. */
      culprit?: WorkerJob;
      reason: 'time' | 'crash';
      /** The other jobs of the chunk, to run again elsewhere (their results died with the worker). */
      redo: WorkerJob[];
    };

/**
 * One analysis worker set up for a site, running chunks of files with a time budget for each
 * file: the worker stores the serial of each job it starts in shared memory, and a watchdog on
 * this thread stops the worker when one serial stays longer than the budget. A stopped or
 * crashed worker is done for; the caller starts another for the rest.
 */
export class AnalysisWorker {
  private dead = false;
  /** A worker that dies between runs (killed, out of memory) must not leave the next run waiting. */
  private readonly onIdleExit = (): void => {
    this.dead = true;
  };

  private constructor(
    private readonly worker: Worker,
    private readonly progress: Int32Array,
    readonly budgetMs: number,
  ) {
    worker.once('exit', this.onIdleExit);
  }

  /**
   * A pooled worker that has loaded the site; undefined when none starts within the config's time limit.
   * With `search`, it indexes the text of what it reads in full, handed over by `finish`.
   */
  static start(source: string, site: AnalyzeSite, budgetMs = FILE_BUDGET_MS, search = false): Promise<AnalysisWorker | undefined> {
    const [worker] = acquireWorkers(source, 1);
    if (!worker) return Promise.resolve(undefined);
    const shared = new SharedArrayBuffer(4);
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), site.timeoutMs + 10_000);
      const done = (ready: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        if (ready) {
          resolve(new AnalysisWorker(worker, new Int32Array(shared), budgetMs));
        } else {
          void worker.terminate();
          resolve(undefined);
        }
      };
      const onMessage = (message: FromWorker): void => done(message.type === 'ready');
      const onExit = (): void => done(false);
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage({ type: 'site', site, progress: shared, search } satisfies ToWorker);
    });
  }

  get alive(): boolean {
    return !this.dead;
  }

  run(jobs: WorkerJob[], mode: AnalyzeMode = 'full'): Promise<ChunkOutcome> {
    const { worker, progress, budgetMs } = this;
    if (this.dead) return Promise.resolve({ ok: false, reason: 'crash', redo: jobs });
    Atomics.store(progress, 0, 0);
    return new Promise((resolve) => {
      let seen = 0;
      let since = Date.now();
      const failed = (reason: 'time' | 'crash'): ChunkOutcome => {
        const serial = Atomics.load(progress, 0);
        const culprit = serial > 0 ? jobs[serial - 1] : undefined;
        return { ok: false, reason, ...(culprit ? { culprit } : {}), redo: jobs.filter((job) => job !== culprit) };
      };
      const watchdog = setInterval(
        () => {
          const current = Atomics.load(progress, 0);
          if (current !== seen) {
            seen = current;
            since = Date.now();
          } else if (Date.now() - since > budgetMs) {
            finish(failed('time'));
          }
        },
        Math.max(10, Math.min(100, budgetMs / 4)),
      );
      const finish = (outcome: ChunkOutcome): void => {
        clearInterval(watchdog);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        worker.off('error', onError);
        if (!outcome.ok) {
          this.dead = true;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (message: FromWorker): void => finish(message.type === 'done' ? { ok: true, results: message.results } : failed('crash'));
      const onExit = (): void => finish(failed('crash'));
      const onError = (): void => finish(failed('crash'));
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.on('error', onError);
      worker.postMessage({ type: 'jobs', jobs: jobs.map((job, i) => ({ ...job, serial: i + 1 })), mode } satisfies ToWorker);
    });
  }

  /**
   * The search index of the files this worker read since `start` (null when it read none);
   * undefined when the worker died first, and the text it indexed with it.
   */
  finish(): Promise<SearchSnapshot | null | undefined> {
    const { worker } = this;
    if (this.dead) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const done = (snapshot: SearchSnapshot | null | undefined): void => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        if (snapshot === undefined) {
          this.dead = true;
          void worker.terminate();
        }
        resolve(snapshot);
      };
      const onMessage = (message: FromWorker): void => done(message.type === 'finished' ? message.search : undefined);
      const onExit = (): void => done(undefined);
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage({ type: 'finish' } satisfies ToWorker);
    });
  }

  /** Back to the pool for the next site or run (a dead worker is already gone). */
  release(): void {
    if (this.dead) return;
    this.dead = true;
    this.worker.off('exit', this.onIdleExit);
    releaseWorker(this.worker);
  }
}
