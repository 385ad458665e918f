import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let cached: Promise<string | undefined> | undefined;

/**
 * The analysis worker's code as one CommonJS script, bundled from its TypeScript entry on
 * first use (~0.1 s, once per process). Bundling beats loading TypeScript in each worker
 * (tsx costs ~0.1 s per worker). Where the entry is not on disk (a bundled app build),
 * this gives undefined and analysis runs in the calling thread; a build can instead ship
 * the script prebuilt and return it here.
 */
export function analyzeWorkerSource(): Promise<string | undefined> {
  cached ??= (async () => {
    const entry = fileURLToPath(new URL('./analyze-worker-entry.ts', import.meta.url));
    if (!existsSync(entry)) return undefined;
    try {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
        // esbuild stays out: the worker never bundles.
        external: ['esbuild'],
      });
      return result.outputFiles[0]?.text;
    } catch {
      return undefined;
    }
  })();
  return cached;
}

/**
 * A name for the analysis code (a hash of the worker's bundle): cached analyses made by other
 * code are never reused. Null where the code cannot be named, and then nothing is reused.
 */
export async function analyzerVersion(): Promise<string | null> {
  const source = await analyzeWorkerSource();
  return source ? createHash('sha256').update(source).digest('hex').slice(0, 32) : null;
}
