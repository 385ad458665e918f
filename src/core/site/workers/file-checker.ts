import type { EntryAnalysis } from '../../rules/entry-analysis';
import { readAndAnalyze } from '../read-entry';
import type { SiteSpec } from '../site-spec';
import { AnalysisWorker, FILE_BUDGET_MS } from './analysis-worker';
import type { AnalyzeSite, WorkerJob } from './analyze-worker-entry';
import { stoppedEntry } from './stopped-entry';
import { workerFile } from './worker-files';

/**
 * Analyzes one file at a time for an open site (a post as the writer types it, a file just
 * saved or changed on disk) in a worker kept for the site, each file with its time budget.
 * Without a worker (`site` undefined, or no worker code in this build) it analyzes here.
 */
export class FileChecker {
  private worker: Promise<AnalysisWorker | undefined> | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly spec: SiteSpec,
    private readonly site: AnalyzeSite | undefined,
    private readonly budgetMs = FILE_BUDGET_MS,
  ) {}

  /** Requests run in order: the worker analyzes one file at a time. */
  analyze(job: WorkerJob): Promise<EntryAnalysis> {
    const run = this.tail.then(() => this.runOne(job));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private here(job: WorkerJob): EntryAnalysis {
    const collection = this.spec.collections[job.c];
    if (!collection) throw new Error(`no collection ${job.c}`);
    return readAndAnalyze(this.spec, collection, job.file, job.text);
  }

  private async runOne(job: WorkerJob): Promise<EntryAnalysis> {
    const source = this.site && !this.disposed ? await workerFile('analyze') : undefined;
    if (!source || !this.site) return this.here(job);
    let worker = await (this.worker ??= AnalysisWorker.start(source, this.site, this.budgetMs));
    if (worker && !worker.alive) worker = await (this.worker = AnalysisWorker.start(source, this.site, this.budgetMs));
    if (!worker) {
      this.worker = undefined;
      return this.here(job);
    }
    const outcome = await worker.run([job]);
    if (outcome.ok) return outcome.results[0]?.analysis ?? this.here(job);
    this.worker = undefined;
    return stoppedEntry(this.spec, job, outcome.reason, this.budgetMs) ?? this.here(job);
  }

  /** Gives the worker back to the pool once the requests in flight are answered. */
  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    void this.tail.then(async () => (await worker)?.release());
  }
}
