import { parentPort, workerData } from 'node:worker_threads';
import { createPreviewRenderer, type PreviewRendererOptions } from './preview-renderer';
import type { FromPreviewWorker, ToPreviewWorker } from './preview-worker-protocol';
import { renderWarmUpSample, WARM_UP_RENDERS } from './warm-up';

/** Runs a preview renderer in a worker thread; messages are handled one at a time, in order. */
const port = parentPort!;
const options = (workerData as { options: PreviewRendererOptions }).options;
let renderer = createPreviewRenderer(options);
let rendererAssetBase = options.assetBase;
let queue: Promise<void> = Promise.resolve();

async function handle(message: ToPreviewWorker): Promise<void> {
  if (message.type === 'reset') {
    renderer.reset();
    return;
  }
  if (message.assetBase !== undefined && message.assetBase !== rendererAssetBase) {
    // Image URLs are part of the cached blocks: a new base starts a new renderer.
    rendererAssetBase = message.assetBase;
    renderer = createPreviewRenderer({ ...options, assetBase: rendererAssetBase });
  }
  try {
    const result = await renderer.render(message.body, message.ctx);
    port.postMessage({ type: 'result', id: message.id, result } satisfies FromPreviewWorker);
  } catch (error) {
    port.postMessage({ type: 'error', id: message.id, message: String((error as Error)?.message ?? error) } satisfies FromPreviewWorker);
  }
}

/**
 * Warm-up: from the start until the first real render, one sample render per step, queued
 * like a message so a real render never runs beside one and waits for at most one. It is
 * for the first preview; after that the writer's own renders keep the pipeline compiled,
 * and a warm-up would only compete with the editor for the processor.
 */
let warmUpsLeft = WARM_UP_RENDERS;

port.on('message', (message: ToPreviewWorker) => {
  if (message.type === 'render') warmUpsLeft = 0;
  queue = queue.then(() => handle(message));
});

function warmUpStep(): void {
  setImmediate(() => {
    if (warmUpsLeft <= 0) return;
    warmUpsLeft--;
    queue = queue.then(() => renderWarmUpSample(options)).then(
      warmUpStep,
      // A warm-up failure is not the writer's concern (real renders report their own): stop warming.
      () => undefined,
    );
  });
}

warmUpStep();
port.postMessage({ type: 'ready' } satisfies FromPreviewWorker);
