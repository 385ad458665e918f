import { parentPort, workerData } from 'node:worker_threads';
import { createPreviewRenderer, type PreviewRendererOptions } from './preview-renderer';
import type { FromPreviewWorker, ToPreviewWorker } from './preview-worker-protocol';

/** Runs a preview renderer in a worker thread; messages are handled one at a time, in order. */
const port = parentPort!;
const renderer = createPreviewRenderer((workerData as { options: PreviewRendererOptions }).options);
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: ToPreviewWorker) => {
  queue = queue.then(async () => {
    if (message.type === 'reset') {
      renderer.reset();
      return;
    }
    try {
      const result = await renderer.render(message.body, message.ctx);
      port.postMessage({ type: 'result', id: message.id, result } satisfies FromPreviewWorker);
    } catch (error) {
      port.postMessage({ type: 'error', id: message.id, message: String((error as Error)?.message ?? error) } satisfies FromPreviewWorker);
    }
  });
});
port.postMessage({ type: 'ready' } satisfies FromPreviewWorker);
