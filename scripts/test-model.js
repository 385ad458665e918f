#!/usr/bin/env node
// The model-based end-to-end test with more sequences than `npm test` runs:
//   npm run test:model -- --runs 200 --seed 42 [--max-commands 12]
// A failure prints the shrunk sequence of writer actions, and the seed and path that replay it:
//   npm run test:model -- --seed 42 --max-commands 12 --path 23:4
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'max-commands': { type: 'string', default: '12' },
    path: { type: 'string', default: '' },
  },
});
const { path, ...numbers } = values;
for (const [name, value] of Object.entries(numbers)) {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, not "${value}"`);
    process.exit(2);
  }
}
console.log(`Model-based test: ${values.runs} sequences of up to ${values['max-commands']} actions, seed ${values.seed}`);
const env = { ...process.env, MODEL_RUNS: values.runs, MODEL_SEED: values.seed, MODEL_MAX_COMMANDS: values['max-commands'], MODEL_PATH: path };
const result = spawnSync('node', ['scripts/e2e.js', 'test/e2e/editing-model.spec.ts', '--workers', '1', '--reporter', 'list'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
