import { createRequire } from 'node:module';
import { runWorkerOnce, WorkerTimeout } from '../workers/spawn-worker';
import type { ConfigBundle } from './bundle-config';
import { runBundleSource } from './evaluate-config';

/**
 * Zod schemas cannot cross threads, so the worker only proves that the config loads and
 * terminates within the time limit (a config can loop forever or block on I/O); the main
 * thread then evaluates the same bundle, now known to be safe, to get live schemas.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const vm = require('node:vm');
const path = require('node:path');
const { createRequire } = require('node:module');
${runBundleSource}
try {
  const zod = require(workerData.zodPath);
  const result = runConfigBundle(workerData.code, workerData.configFile, zod, workerData.timeoutMs, vm, createRequire, path);
  parentPort.postMessage({ ok: true, names: Object.keys(result.collections), hasCollectionsExport: result.hasCollectionsExport });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error), stack: String((error && error.stack) || '') });
}
`;

export type DryRunResult =
  | { ok: true; names: string[]; hasCollectionsExport: boolean }
  | { ok: false; message: string; stack: string; timedOut?: boolean }
  /** No worker could be started here (e.g. zod not resolvable from a bundled build). */
  | { ok: 'unavailable' };

export async function dryRunConfig(bundle: ConfigBundle, configFile: string, timeoutMs: number): Promise<DryRunResult> {
  let zodPath: string;
  let run: ReturnType<typeof runWorkerOnce<DryRunResult>>;
  try {
    zodPath = createRequire(import.meta.url).resolve('zod');
    run = runWorkerOnce<DryRunResult>(workerSource, { code: bundle.code, configFile, zodPath, timeoutMs }, timeoutMs);
  } catch {
    return { ok: 'unavailable' };
  }
  try {
    return await run.result;
  } catch (error) {
    if (error instanceof WorkerTimeout) {
      return { ok: false, message: `The content config ${error.message} and was stopped`, stack: '', timedOut: true };
    }
    const e = error as Error;
    return { ok: false, message: e.message, stack: e.stack ?? '' };
  }
}
