import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Every worker thread the app runs, by name, with its entry module (relative to this file).
 * A build ships each as `<name>-worker.js` in one folder (electron.vite.config.ts and
 * scripts/build-web-host.js read this table); from the sources each is bundled on first use.
 */
export const WORKER_ENTRIES = {
  analyze: './analyze-worker-entry.ts',
  preview: '../../preview/preview-worker-entry.ts',
} as const;

export type WorkerName = keyof typeof WORKER_ENTRIES;

export const builtWorkerName = (name: WorkerName): string => `${name}-worker.js`;

let builtDir: string | undefined;
const located = new Map<WorkerName, Promise<string | undefined>>();

/** A bundled app (Electron, the built browser host) says where its built workers are, once, at start-up. */
export function useBuiltWorkers(dir: string): void {
  builtDir = dir;
  located.clear();
}

/** Where the sources' bundles go: inside node_modules, so the packages they import resolve from there. */
function bundleCacheDir(): string {
  return fileURLToPath(new URL('../../../../node_modules/.cache/postdesk-workers/', import.meta.url));
}

/**
 * From the sources (tsx, Vitest): the entry bundled once per process with esbuild into an ES
 * module that imports its packages from node_modules, written under a name that is the hash
 * of its code (the same code is never written twice). ~0.1 s, instead of tsx in each worker.
 */
async function bundleFromSources(name: WorkerName): Promise<string | undefined> {
  const entry = fileURLToPath(new URL(WORKER_ENTRIES[name], import.meta.url));
  if (!existsSync(entry)) return undefined;
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text;
    if (code === undefined) return undefined;
    const dir = bundleCacheDir();
    const file = path.join(dir, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      // Written whole under a temporary name first: a worker never loads half a file.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, code);
      renameSync(temp, file);
    }
    return file;
  } catch {
    return undefined;
  }
}

/**
 * The one way to find a worker's code: the built file where the app is bundled, else the
 * entry bundled from the sources. Undefined where neither exists; callers then do the work
 * on their own thread (analysis) or report that the feature is unavailable.
 */
export function workerFile(name: WorkerName): Promise<string | undefined> {
  let found = located.get(name);
  if (!found) {
    const dir = builtDir;
    found = dir ? Promise.resolve(existsSync(path.join(dir, builtWorkerName(name))) ? path.join(dir, builtWorkerName(name)) : undefined) : bundleFromSources(name);
    located.set(name, found);
  }
  return found;
}

/** A name for a worker's code (a hash of its file): what one version of the code made is not taken for another's. */
export async function workerVersion(name: WorkerName): Promise<string | null> {
  const file = await workerFile(name);
  if (!file) return null;
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32);
  } catch {
    return null;
  }
}
