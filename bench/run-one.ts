// Runs one benchmark module in this process and prints its figures as the last stdout line.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ROOT } from '../src/test-support/shared-fixtures';
import type { BenchContext } from './context';

const name = process.argv[2];
const site = process.env.POSTDESK_BENCH_SITE;
const tmpRoot = process.env.POSTDESK_BENCH_TMP;
if (!name || !site || !tmpRoot) {
  console.error('run-one: started without a module name or generated site; use npm run bench');
  process.exit(2);
}

const ctx: BenchContext = {
  tmpDir: mkdtempSync(join(tmpRoot, `${name}-`)),
  fixtureRoot: FIXTURE_ROOT,
  log: (msg) => {
    if (!process.env.POSTDESK_BENCH_QUIET) console.error(`  ${msg}`);
  },
  generatedSite: async () => site,
};

const mod = (await import(join(import.meta.dirname, `${name}.bench.ts`))) as { run(ctx: BenchContext): Promise<Record<string, number>> };
console.log(JSON.stringify(await mod.run(ctx)));
