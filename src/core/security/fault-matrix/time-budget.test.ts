import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../site/load-site';
import type { SiteModel } from '../../site/site-model';
import { byRule, copyFixture, POST, read, removeCopies, write } from '../../site/testing/site-fixture';
import { shutdownAnalyzePool } from '../../site/workers/analyze-pool';
import { postWithSuspiciousTags } from '../testing/hostile-files';

/**
 * Fault matrix, item 2 (time): analysis of one file runs off the app's thread with a time
 * budget. A file built to be slow costs its budget and one finding, not a frozen app; the
 * other files are checked as usual. (The budget is 5 s in the app; 1 s here.)
 */
const SLOW = `${POST}/2024-05-05-slow.md`;
const NORMAL = `${POST}/2023-09-30-september-2023-update.md`;
let root: string;
let site: SiteModel;

beforeAll(async () => {
  root = copyFixture();
  write(root, SLOW, postWithSuspiciousTags(20_000));
  site = await loadSite(root, { fileBudgetMs: 1000 });
});

afterAll(async () => {
  site?.dispose();
  removeCopies();
  await shutdownAnalyzePool();
});

describe('fault matrix 2: each file’s analysis has a time budget', () => {
  it('opening the site stops the slow file with a finding and checks every other post', () => {
    const all = site.validateAll();
    expect(all.filter((d) => d.file === SLOW)).toEqual([
      expect.objectContaining({ rule: 'file', severity: 'error', message: expect.stringContaining('took longer than 1 s, so it was stopped') }),
    ]);
    expect(site.entries().filter((e) => e.collection === 'post')).toHaveLength(98);
    expect(byRule(all, 'link-broken', NORMAL).length).toBeGreaterThan(0);
  });

  it('checking the slow text as the writer types is stopped too, and the next check works as before', async () => {
    const stopped = await site.checkFile(SLOW, read(root, SLOW));
    expect(stopped).toEqual([expect.objectContaining({ rule: 'file', message: expect.stringContaining('took longer than') })]);
    const normal = await site.checkFile(NORMAL, read(root, NORMAL));
    expect(normal).toEqual(site.validateFile(NORMAL, read(root, NORMAL)));
    expect(byRule(normal, 'link-broken').length).toBeGreaterThan(0);
  });
});
