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
let waitingMessages = 0;
let lastMessageAt = Number.NEGATIVE_INFINITY;

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

port.on('message', (message: ToPreviewWorker) => {
  waitingMessages++;
  lastMessageAt = performance.now();
  queue = queue.then(() => handle(message)).finally(() => waitingMessages--);
});

/**
 * Warm-up in idle time only: one sample render per step, queued like a message so a real
 * render never runs beside one and waits for at most one; paused while the writer's renders
 * come (typing keeps the pipeline warm by itself) until they have stopped for a second.
 */
const IDLE_BEFORE_WARM_UP_MS = 1000;
let warmUpsLeft = WARM_UP_RENDERS;

function warmUpWhenIdle(delay: number): void {
  setTimeout(() => {
    const idleFor = performance.now() - lastMessageAt;
    if (waitingMessages > 0 || idleFor < IDLE_BEFORE_WARM_UP_MS) {
      warmUpWhenIdle(Math.max(IDLE_BEFORE_WARM_UP_MS - idleFor, 50));
      return;
    }
    warmUpsLeft--;
    queue = queue
      .then(() => renderWarmUpSample(options))
      .then(
        () => {
          if (warmUpsLeft > 0) warmUpWhenIdle(0);
        },
        // A warm-up failure is not the writer's concern (real renders report their own): stop warming.
        () => undefined,
      );
  }, delay);
}

warmUpWhenIdle(0);
port.postMessage({ type: 'ready' } satisfies FromPreviewWorker);
