import type { EntryAnalysis } from '../../rules/entry-analysis';
import { unanalyzedEntry } from '../read-entry';
import type { SiteSpec } from '../site-spec';
import type { WorkerJob } from './analyze-worker-entry';

/** The entry of a file whose analysis was stopped: over its time budget, or it took the worker down. */
export function stoppedEntry(spec: SiteSpec, job: WorkerJob, reason: 'time' | 'crash', budgetMs: number): EntryAnalysis | undefined {
  const collection = spec.collections[job.c];
  if (!collection) return undefined;
  const message =
    reason === 'time'
      ? `Checking this file took longer than ${budgetMs / 1000} s, so it was stopped: the file is very large or written to slow the checks down. It is not validated.`
      : 'Checking this file stopped the checker (it ran out of memory or failed): the file is very large or written to exhaust it. It is not validated.';
  return unanalyzedEntry(spec, collection, job.file, message);
}
