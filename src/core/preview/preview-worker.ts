import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../site/workers/spawn-worker';
import { workerFile } from '../site/workers/worker-files';
import type { PreviewRender, PreviewRenderer, RenderContext } from './preview-renderer';
import type { PreviewTransformOptions } from './preview-transform';
import type { FromPreviewWorker, ToPreviewWorker } from './preview-worker-protocol';

/** Options that can cross to the worker: no functions (use assetBase, not assetUrl). */
export interface PreviewWorkerOptions extends Omit<PreviewTransformOptions, 'assetUrl' | 'exists' | 'assetBase'> {
  /**
   * URL prefix of local images, or a function read at each render: a host may know its
   * address only after the worker has started (the worker starts with the site, to warm up).
   */
  assetBase?: string | (() => string);
  incremental?: boolean;
}

export interface PreviewWorker extends PreviewRenderer {
  dispose(): Promise<void>;
}

/** A render was dropped because a newer one was asked for before it started. */
export class PreviewSuperseded extends Error {
  constructor() {
    super('superseded by a newer render');
  }
}

interface Waiting {
  body: string;
  ctx?: RenderContext;
  resolve(result: PreviewRender): void;
  reject(error: unknown): void;
}

/**
 * The preview renderer in a worker thread, so rendering never blocks the thread that runs
 * the API. At most one render runs and one waits: a newer request replaces the waiting one
 * (typing produces many), which then rejects with PreviewSuperseded.
 */
export function createPreviewWorker(options: PreviewWorkerOptions = {}): PreviewWorker {
  const { assetBase, ...rendererOptions } = options;
  let worker: Worker | undefined;
  let nextId = 1;
  let running: { id: number; resolve(result: PreviewRender): void; reject(error: unknown): void } | undefined;
  let waiting: Waiting | undefined;
  let failed: Error | undefined;
  let disposed = false;

  const start = (): void => {
    if (running || !waiting || !worker) return;
    const job = waiting;
    waiting = undefined;
    const id = nextId++;
    running = { id, resolve: job.resolve, reject: job.reject };
    worker.ref();
    const base = typeof assetBase === 'function' ? assetBase() : assetBase;
    worker.postMessage({ type: 'render', id, body: job.body, ctx: job.ctx, assetBase: base } satisfies ToPreviewWorker);
  };
  const fail = (error: Error): void => {
    failed = error;
    running?.reject(error);
    waiting?.reject(error);
    running = undefined;
    waiting = undefined;
  };

  const listen = (worker: Worker): void => {
    worker.on('message', (message: FromPreviewWorker) => {
      if (message.type === 'ready' || !running || message.id !== running.id) return;
      const done = running;
      running = undefined;
      worker.unref();
      if (message.type === 'result') done.resolve(message.result);
      else done.reject(new Error(message.message));
      start();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`preview worker stopped (exit code ${code})`)));
  };

  // The worker starts with the site (to warm up); renders asked for before it runs wait for it.
  const started = workerFile('preview').then((file) => {
    if (!file) return fail(new Error('the preview worker is not part of this build'));
    if (disposed) return;
    const spawned = spawnWorker({ file }, { options: rendererOptions });
    worker = spawned;
    spawned.unref();
    listen(spawned);
    start();
  }, fail);

  return {
    render(body, ctx) {
      if (failed) return Promise.reject(failed);
      return new Promise<PreviewRender>((resolve, reject) => {
        waiting?.reject(new PreviewSuperseded());
        waiting = { body, ctx, resolve, reject };
        start();
      });
    },
    reset() {
      worker?.postMessage({ type: 'reset' } satisfies ToPreviewWorker);
    },
    async dispose() {
      disposed = true;
      await started;
      await worker?.terminate();
    },
  };
}
