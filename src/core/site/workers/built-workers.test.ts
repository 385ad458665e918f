import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewWorker } from '../../preview/preview-worker';
import { analyzeFiles } from '../analyze-files';
import { prepareSite } from '../load-site';
import { repoRoot as repo } from '../../../test-support/shared-fixtures';
import { copyFixture, POST, removeCopies, write } from '../testing/site-fixture';
import { shutdownAnalyzePool } from './analyze-pool';
import { builtWorkerName, useBuiltWorkers, WORKER_ENTRIES, workerFile, type WorkerName } from './worker-files';

const outMain = path.join(repo, 'out/main');
const names = Object.keys(WORKER_ENTRIES) as WorkerName[];

/**
 * The Electron build, as `npm run build` makes it (Electron itself cannot run here): every
 * worker the app starts is in out/main, the main entry hands that folder to the backend,
 * and the built workers run as they are, with no TypeScript and no bundling at run time.
 */
describe('the Electron build ships its workers', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, [path.join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    useBuiltWorkers(outMain);
  }, 240_000);

  afterAll(async () => {
    await shutdownAnalyzePool();
    removeCopies();
  });

  it('builds one file per worker, next to the main entry, which tells the backend where they are', async () => {
    for (const name of names) {
      expect(existsSync(path.join(outMain, builtWorkerName(name))), builtWorkerName(name)).toBe(true);
      expect(await workerFile(name)).toBe(path.join(outMain, builtWorkerName(name)));
    }
    const main = readFileSync(path.join(outMain, 'index.js'), 'utf8');
    expect(main).toMatch(/workerDir:\s*import\.meta\.dirname/);
    // No worker is looked for as TypeScript source in the build.
    for (const name of names) expect(readFileSync(path.join(outMain, builtWorkerName(name)), 'utf8')).not.toMatch(/from ["'][^"']+\.ts["']/);
  });

  it('the built analysis worker checks posts, with the time budget that only a worker gives', async () => {
    const root = copyFixture();
    write(root, `${POST}/2024-06-01-broken.md`, '---\ntitle: 42\n---\nText\n');
    // A long post runs past a 20 ms budget and is stopped: the proof it ran in the built worker, not on this thread.
    write(root, `${POST}/2024-06-02-long.md`, `---\ntitle: Long\n---\n${'A [link](/blog/x) and ![image](./y.png).\n\n'.repeat(60_000)}`);
    const site = await prepareSite(root, { workers: 1 });
    const job = site.jobs.find((j) => j.file === `${POST}/2024-06-01-broken.md`)!;
    const checked = await analyzeFiles(site.spec, [job], { site: site.workerSite, workers: 1 });
    expect(checked.files[0]?.analysis.local).toContainEqual(expect.objectContaining({ rule: 'schema', field: 'title', line: 2 }));
    const long = site.jobs.find((j) => j.file === `${POST}/2024-06-02-long.md`)!;
    const stopped = await analyzeFiles(site.spec, [long], { site: site.workerSite, workers: 1, fileBudgetMs: 20 });
    expect(stopped.files[0]?.analysis.local[0]?.message).toMatch(/took longer than/);
  });

  it('the built preview worker renders markdown', async () => {
    const worker = createPreviewWorker({ assetBase: '/asset/' });
    try {
      expect((await worker.render('# Built\n')).html).toContain('<h1 data-line="1" id="built">Built</h1>');
    } finally {
      await worker.dispose();
    }
  });
});
