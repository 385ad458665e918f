/**
 * Test support: starts an atomic save of FILE and stops just before the rename, printing
 * "temp written", then waits to be killed, as a crash or kill -9 in the middle of a save.
 * Usage: interrupted-save.ts FILE
 */
import * as fs from 'node:fs/promises';
import { writeFileAtomic, type AtomicFs } from '../../files/write-atomic';

const file = process.argv[2];
if (!file) process.exit(2);
const stalled: AtomicFs = {
  ...fs,
  rename: () => {
    console.log('temp written');
    return new Promise<void>(() => undefined);
  },
};
await writeFileAtomic(file, 'x'.repeat(1024 * 1024), { fs: stalled });
