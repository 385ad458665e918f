import { defineConfig } from 'vitest/config';
import { SHARED_DIR } from './src/test-support/shared-fixtures';

export default defineConfig({
  resolve: {
    // Tests that import fixtures through Vite (import.meta.glob) name them by this alias: the
    // one place that knows where the shared fixtures are is src/test-support/shared-fixtures.ts.
    alias: { '@shared-fixtures': `${SHARED_DIR}/fixtures` },
  },
  test: {
    include: ['src/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
