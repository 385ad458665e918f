// `node --import tsx scripts/build-web-host.ts`: the browser host as plain JavaScript in
// out/web-host (main.js and every worker the app runs, see worker-files.ts), so it starts
// in a fraction of the time tsx takes to load the TypeScript sources.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { builtWorkerName, WORKER_ENTRIES, type WorkerName } from '../src/core/site/workers/worker-files';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'out/web-host');
const workers = resolve(root, 'src/core/site/workers');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: resolve(root, 'src/web-host/main.ts'),
    ...Object.fromEntries((Object.keys(WORKER_ENTRIES) as WorkerName[]).map((name) => [builtWorkerName(name).replace(/\.js$/, ''), resolve(workers, WORKER_ENTRIES[name])])),
  },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages are bundled too: loading hundreds of small modules one by one is most of a start.
  // Native and binary ones stay outside, and CommonJS code in the bundle gets a real require.
  external: ['esbuild', '@parcel/watcher', 'electron'],
  banner: { js: "import { createRequire as __postdeskRequire } from 'node:module'; const require = __postdeskRequire(import.meta.url);" },
  logLevel: 'warning',
});
