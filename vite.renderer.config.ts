import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer is built once and served by both hosts: Electron loads out/renderer through
 * electron-vite, the browser host serves the same folder (`vite build -c vite.renderer.config.ts`).
 */
export const rendererConfig = {
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  // The About dialog shows the version of the build the writer runs.
  define: { __POSTDESK_VERSION__: JSON.stringify(packageVersion()) },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
  },
};

function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }).version;
}

export default defineConfig(rendererConfig);
