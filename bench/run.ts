// `npm run bench [-- --json] [-- --only site,git]`: runs every bench/*.bench.ts module, each in
// its own process (so memory figures are its own), and prints one JSON object.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSite } from './generate-site';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const jsonOnly = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',')) : null;
const log = (msg: string) => {
  if (!jsonOnly) console.error(msg);
};

async function main() {
  const tmpDir = mkdtempSync(join(tmpdir(), 'postdesk-bench-'));
  const figures: Record<string, number> = {};
  try {
    // The page and the host as they are now: a build left over from older sources would
    // measure code that is no longer there.
    log('building the renderer and the browser host…');
    const built = [
      spawnSync('npx', ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], { cwd: join(here, '..'), stdio: ['ignore', 'ignore', 'inherit'] }),
      spawnSync(process.execPath, ['--import', 'tsx', join(here, '../scripts/build-web-host.ts')], { cwd: join(here, '..'), stdio: ['ignore', 'ignore', 'inherit'] }),
    ];
    if (built.some((b) => b.status !== 0)) throw new Error('the build failed: nothing is measured');
    const site = join(tmpDir, 'site-10k');
    log('generating a 10,000-post site…');
    await generateSite(site, 10_000);
    const modules = readdirSync(here)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => f.replace('.bench.ts', ''))
      .filter((name) => !only || only.has(name))
      .sort();
    for (const name of modules) {
      log(`running ${name}…`);
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'run-one.ts'), name], {
        env: { ...process.env, POSTDESK_BENCH_SITE: site, POSTDESK_BENCH_TMP: tmpDir, POSTDESK_BENCH_QUIET: jsonOnly ? '1' : '' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 64 * 1024 * 1024,
      });
      const last = result.stdout.trim().split('\n').pop() ?? '';
      if (result.status !== 0 || !last.startsWith('{')) {
        log(`${name} failed (exit ${result.status})`);
        process.exitCode = 1;
        continue;
      }
      Object.assign(figures, JSON.parse(last) as Record<string, number>);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(figures, null, jsonOnly ? 0 : 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
