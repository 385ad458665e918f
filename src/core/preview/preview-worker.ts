import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../site/workers/spawn-worker';
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
  /**
   * The worker's entry module as a file URL or path. Default: preview-worker-entry.ts next
   * to this file, loaded through tsx. A bundled app passes its built entry (plain JS).
   */
  entry?: string;
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

/** Loads the entry (with tsx when it is TypeScript) inside the worker. */
const BOOT = `
const { workerData } = require('node:worker_threads');
(workerData.tsx ? import(workerData.tsx).then((api) => api.register()) : Promise.resolve())
  .then(() => import(workerData.entry))
  .catch((error) => { setImmediate(() => { throw error; }); });
`;

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
  const { entry: entryOption, assetBase, ...rendererOptions } = options;
  const entry = entryOption
    ? entryOption.startsWith('file:')
      ? entryOption
      : pathToFileURL(entryOption).href
    : new URL('./preview-worker-entry.ts', import.meta.url).href;
  // tsx's ESM API (the "import" condition); resolved from the CommonJS path of the same package.
  const tsx = entry.endsWith('.ts') ? pathToFileURL(tsxEsmApi()).href : undefined;
  const worker: Worker = spawnWorker(BOOT, { entry, tsx, options: rendererOptions });
  worker.unref();
  let nextId = 1;
  let running: { id: number; resolve(result: PreviewRender): void; reject(error: unknown): void } | undefined;
  let waiting: Waiting | undefined;
  let failed: Error | undefined;

  const start = (): void => {
    if (running || !waiting) return;
    const job = waiting;
    waiting = undefined;
    const id = nextId++;
    running = { id, resolve: job.resolve, reject: job.reject };
    worker.ref();
    const base = typeof assetBase === 'function' ? assetBase() : assetBase;
    worker.postMessage({ type: 'render', id, body: job.body, ctx: job.ctx, assetBase: base } satisfies ToPreviewWorker);
  };

  worker.on('message', (message: FromPreviewWorker) => {
    if (message.type === 'ready' || !running || message.id !== running.id) return;
    const done = running;
    running = undefined;
    worker.unref();
    if (message.type === 'result') done.resolve(message.result);
    else done.reject(new Error(message.message));
    start();
  });
  const fail = (error: Error): void => {
    failed = error;
    running?.reject(error);
    waiting?.reject(error);
    running = undefined;
    waiting = undefined;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`preview worker stopped (exit code ${code})`)));

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
      worker.postMessage({ type: 'reset' } satisfies ToPreviewWorker);
    },
    async dispose() {
      await worker.terminate();
    },
  };
}

function tsxEsmApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return cjs.replace(/index\.cjs$/, 'index.mjs');
}

/** Path of the default entry, for builds that bundle it. */
export const previewWorkerEntryPath = fileURLToPath(new URL('./preview-worker-entry.ts', import.meta.url));
