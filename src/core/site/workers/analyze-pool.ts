import type { Worker } from 'node:worker_threads';
import { spawnWorker } from './spawn-worker';

/**
 * Analysis workers kept for reuse: a worker's first few hundred files run cold (JIT), so
 * reopening a site (or validating a second one) gets much faster with warm workers. Idle
 * workers are unref'd, so they never keep the process alive, and stop after a while.
 */
const IDLE_MS = 30_000;
const YOUNG_GENERATION_MB = 48;
/**
 * A file built to exhaust memory stops its worker (which the caller sees and reports), not
 * the app: the worker's heap is capped well below what would endanger the main process.
 */
const OLD_GENERATION_MB = 512;

interface PooledWorker {
  worker: Worker;
  timer?: NodeJS.Timeout;
}

const idle: PooledWorker[] = [];

export function acquireWorkers(file: string, count: number): Worker[] {
  const out: Worker[] = [];
  while (out.length < count) {
    const pooled = idle.pop();
    if (pooled) {
      clearTimeout(pooled.timer);
      pooled.worker.ref();
      out.push(pooled.worker);
    } else {
      // Analysis allocates a lot of short-lived strings: a larger young generation means fewer, cheaper collections.
      const worker = spawnWorker({ file }, undefined, { youngGenerationMb: YOUNG_GENERATION_MB, oldGenerationMb: OLD_GENERATION_MB });
      // A worker that dies is simply not returned to the pool.
      worker.once('exit', () => {
        const at = idle.findIndex((p) => p.worker === worker);
        if (at !== -1) idle.splice(at, 1);
      });
      out.push(worker);
    }
  }
  return out;
}

export function releaseWorker(worker: Worker): void {
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.unref();
  const pooled: PooledWorker = { worker };
  pooled.timer = setTimeout(() => void worker.terminate(), IDLE_MS);
  pooled.timer.unref();
  idle.push(pooled);
}

/** Stops the idle workers now (on quit, or after tests). */
export async function shutdownAnalyzePool(): Promise<void> {
  const all = idle.splice(0);
  await Promise.all(all.map((p) => (clearTimeout(p.timer), p.worker.terminate())));
}
