import { diffTexts, type DiffRow } from '../../git/word-diff';
import { UserError } from '../../user-error';
import { acquireWorkers, releaseWorker } from './analyze-pool';
import type { FromWorker, ToWorker } from './analyze-worker-entry';
import { workerFile } from './worker-files';

/** How long a comparison may take; a normal post's takes milliseconds, a 3 MB rewrite seconds. */
export const DIFF_BUDGET_MS = 15_000;

/**
 * diffTexts in a pooled worker thread with a time limit, so comparing two large versions
 * never holds up the app. Where no worker code exists (a bundled build without it), here.
 */
export async function diffOffThread(before: string, after: string, budgetMs = DIFF_BUDGET_MS): Promise<DiffRow[]> {
  const source = await workerFile('analyze');
  if (!source) return diffTexts(before, after);
  const [worker] = acquireWorkers(source, 1);
  if (!worker) return diffTexts(before, after);
  return new Promise<DiffRow[]>((resolve, reject) => {
    const finish = (rows: DiffRow[] | undefined): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      if (rows) {
        releaseWorker(worker);
        resolve(rows);
      } else {
        void worker.terminate();
        reject(new UserError('unsupported', `These two versions are too large and too different to compare within ${budgetMs / 1000} s.`));
      }
    };
    const timer = setTimeout(() => finish(undefined), budgetMs);
    const onMessage = (message: FromWorker): void => finish(message.type === 'diffed' ? message.rows : undefined);
    const onExit = (): void => finish(undefined);
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.postMessage({ type: 'diff', before, after } satisfies ToWorker);
  });
}
