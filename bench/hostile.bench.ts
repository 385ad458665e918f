import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { postWithAliasBomb } from '../src/core/security/testing/hostile-files';
import { shutdownAnalyzePool } from '../src/core/site/workers/analyze-pool';
import { copyFixtureTree } from '../src/test-support/shared-fixtures';
import { startWebHost } from '../test/e2e/support/web-host';
import type { BenchContext } from './context';
import { indexOnce } from './site.bench';
import { median, round } from './stats';

const BOMB = 'src/data/post/2024-05-05-alias-bomb.md';

/** Peak resident memory of a process so far (Linux VmHWM), else its current size from ps. */
function peakRssMb(pid: number): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (hwm) return Number(hwm) / 1024;
  } catch {
    // Not Linux: fall through.
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

async function call(url: string, token: string, name: string, input: unknown): Promise<unknown> {
  const origin = new URL(url).origin;
  const response = await fetch(`${origin}/api/call/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Postdesk-Token': token }, body: JSON.stringify(input) });
  return response.json();
}

/**
 * A hostile site: the reference site plus a 400-byte, nine-level YAML alias bomb (387 million
 * values once expanded). Validating it must cost about what the site alone costs, and the
 * browser host must open that post without its memory running away (it used to die).
 */
export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const plain = path.join(ctx.tmpDir, 'plain');
  const hostile = path.join(ctx.tmpDir, 'hostile');
  copyFixtureTree(ctx.fixtureRoot, plain);
  copyFixtureTree(ctx.fixtureRoot, hostile);
  writeFileSync(path.join(hostile, BOMB), postWithAliasBomb(9));

  // Warm up once each (worker code bundled, workers started), then alternate.
  await indexOnce(plain);
  await indexOnce(hostile);
  const alone: number[] = [];
  const withBomb: number[] = [];
  for (let i = 0; i < 6; i++) {
    // Each goes first half of the time, so neither gets the warmer start.
    if (i % 2 === 0) alone.push(await indexOnce(plain));
    withBomb.push(await indexOnce(hostile));
    if (i % 2 === 1) alone.push(await indexOnce(plain));
  }
  await shutdownAnalyzePool();
  ctx.log(`hostile: validate ${round(median(alone))} ms alone, ${round(median(withBomb))} ms with the alias bomb`);

  const host = await startWebHost(hostile);
  let peak: number;
  try {
    await call(host.url, host.token, 'doc.open', { file: BOMB });
    await call(host.url, host.token, 'file.validate', { file: BOMB, text: postWithAliasBomb(9) });
    await call(host.url, host.token, 'site.validateAll', {});
    peak = peakRssMb(host.pid);
  } finally {
    await host.stop();
  }
  return {
    validate_fixture_ms: round(median(alone)),
    validate_hostile_ms: round(median(withBomb)),
    hostile_open_server_peak_rss_mb: round(peak),
  };
}
