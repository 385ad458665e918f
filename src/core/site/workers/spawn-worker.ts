import { Worker } from 'node:worker_threads';

/**
 * What a worker runs: a worker file (see workerFile, the one way to find the app's workers),
 * or a short self-contained script (the config dry run, which needs no module of the app).
 */
export type WorkerScript = { file: string } | { code: string };

/** The one place that creates worker threads. */
export function spawnWorker(script: WorkerScript, workerData: unknown, limits?: { youngGenerationMb?: number; oldGenerationMb?: number }): Worker {
  // No inherited --import hooks (tsx): the code is plain JavaScript, and hooks cost ~100 ms per worker.
  const resourceLimits = limits
    ? {
        ...(limits.youngGenerationMb ? { maxYoungGenerationSizeMb: limits.youngGenerationMb } : {}),
        ...(limits.oldGenerationMb ? { maxOldGenerationSizeMb: limits.oldGenerationMb } : {}),
      }
    : undefined;
  const options = { workerData, execArgv: [], resourceLimits };
  return 'file' in script ? new Worker(script.file, options) : new Worker(script.code, { ...options, eval: true });
}

export interface WorkerRun<T> {
  result: Promise<T>;
  terminate(): void;
}

/**
 * Runs a worker that posts exactly one message, with a time limit. The promise rejects
 * with `WorkerTimeout` when the limit passes; the worker is then terminated.
 */
export function runWorkerOnce<T>(code: string, workerData: unknown, timeoutMs: number): WorkerRun<T> {
  const worker = spawnWorker({ code }, workerData);
  let timer: NodeJS.Timeout | undefined;
  const result = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      void worker.terminate();
      reject(new WorkerTimeout(timeoutMs));
    }, timeoutMs);
    worker.once('message', (message: T) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker stopped (exit code ${code})`));
    });
  });
  return {
    result,
    terminate: () => {
      clearTimeout(timer);
      void worker.terminate();
    },
  };
}

export class WorkerTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`did not finish within ${Math.round(timeoutMs / 100) / 10} s`);
  }
}
