import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';
import { builtWorkerName, WORKER_ENTRIES, type WorkerName } from './src/core/site/workers/worker-files';

function builtWorkerInputs(): Record<string, string> {
  const workers = resolve(import.meta.dirname, 'src/core/site/workers');
  return Object.fromEntries(
    (Object.keys(WORKER_ENTRIES) as WorkerName[]).map((name) => [builtWorkerName(name).replace(/\.js$/, ''), resolve(workers, WORKER_ENTRIES[name])]),
  );
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // Every worker thread the app runs, built next to the main entry (the host passes its folder).
          ...builtWorkerInputs(),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages at run time: bundle everything it uses.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
