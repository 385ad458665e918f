// The app on the 10,000-post site, in Chromium through the browser host: process start to a
// rendered list with no index cache (open_10k_cold_ms) and with one (open_10k_warm_ms), a
// keystroke in the search box to the updated list (search_10k_p95_ms), a click on a post to
// its text in the editor (open_post_10k_ms), the page's element count with the list shown
// (list_dom_nodes_10k) and the host process's memory after all that (server_rss_10k_mb).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/test-support/shared-fixtures';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/e2e/support/chromium';
import type { BenchContext } from './context';
import { median, percentile, round } from './stats';


interface Host {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts the built browser host as `npm run serve` does. */
function startHost(site: string, dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [join(repoRoot, 'out/web-host/main.js'), site, '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveHost, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout?.off('data', onData);
      resolveHost({
        child,
        url,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`host exited (${code}):\n${output}`)));
  });
}

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

const listRow = (page: Page) => page.locator('[role="listbox"][aria-label="Posts"] [role="option"]').first();

/** Process start to the first row of a list that holds every post. */
async function openOnce(browser: Browser, site: string, dataDir: string, posts: number, hosts: Host[]): Promise<{ ms: number; host: Host; page: Page }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const started = performance.now();
  const host = await startHost(site, dataDir);
  hosts.push(host);
  await page.goto(host.url);
  await page.locator(`[role="option"][aria-setsize="${posts}"]`).first().waitFor({ timeout: 60_000 });
  await listRow(page).waitFor();
  return { ms: performance.now() - started, host, page };
}

/** Until every post is checked (and the cache written after it). */
async function checked(page: Page): Promise<void> {
  await page.getByTestId('post-count').filter({ hasNotText: 'checking' }).waitFor({ timeout: 120_000 });
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  // The app as `npm run serve` runs it (bench/run.ts built the page and the host from the current sources).
  const site = await ctx.generatedSite();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const hosts: Host[] = [];
  try {
    // The post collection is what the list shows first.
    const posts = 10_000;
    const cold: number[] = [];
    let warmData = '';
    for (let i = 0; i < 3; i++) {
      const dataDir = mkdtempSync(join(ctx.tmpDir, 'cold-'));
      const run = await openOnce(browser, site, dataDir, posts, hosts);
      cold.push(run.ms);
      await checked(run.page);
      // The first write of the cache follows the check at once.
      await new Promise((r) => setTimeout(r, 3000));
      await run.page.close();
      await run.host.stop();
      warmData = dataDir;
      ctx.log(`open: cold ${round(run.ms)} ms`);
    }
    const warm: number[] = [];
    let session: { host: Host; page: Page } | null = null;
    for (let i = 0; i < 3; i++) {
      const run = await openOnce(browser, site, warmData, posts, hosts);
      warm.push(run.ms);
      ctx.log(`open: warm ${round(run.ms)} ms`);
      if (i < 2) {
        await checked(run.page);
        await run.page.close();
        await run.host.stop();
      } else session = run;
    }
    const { host, page } = session!;
    await checked(page);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    // Search: keystroke (keydown) to the frame after the list shows that query's results.
    const search = page.getByRole('searchbox', { name: /Search posts/ });
    const times: number[] = [];
    for (const query of ['hackathon', 'release notes', 'community meetup', 'magento association', 'september update', 'admin theme']) {
      await search.fill('');
      await search.focus();
      for (const key of query) {
        const typed = (await search.inputValue()) + key;
        // A script as text: the bench runs through tsx, whose helpers would not exist in the page.
        const ms = (await page.evaluate(`new Promise((done, fail) => {
          const typed = ${JSON.stringify(typed)};
          const input = document.activeElement;
          const start = performance.now();
          const check = () => {
            // The list, or the line that says nothing matched, tells which query it answers.
            if (document.querySelector('[data-answers]')?.getAttribute('data-answers') === typed.trim()) {
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
            } else if (performance.now() - start > 15000) fail(new Error('no answer for ' + typed));
            else requestAnimationFrame(check);
          };
          input.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }));
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, typed);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          check();
        })`)) as number;
        if (typed.trim().length >= 2) times.push(ms);
      }
    }
    await search.fill('');

    // Opening a post: click to its text in the editor.
    const openTimes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const row = page.locator('[role="option"]').nth(2 + i);
      const title = ((await row.locator('.pd-post-title').textContent()) ?? '').slice(0, 12);
      const started = performance.now();
      await row.click();
      await page.getByRole('tablist', { name: 'Open posts' }).getByRole('tab', { selected: true }).filter({ hasText: title }).waitFor();
      await page.locator('.cm-content .cm-line').first().waitFor();
      openTimes.push(performance.now() - started);
    }
    await new Promise((r) => setTimeout(r, 2000));
    const pid = host.child.pid!;
    const rss = rssMb(pid, 'VmRSS');
    const peak = rssMb(pid, 'VmHWM');
    await page.close();
    await host.stop();
    return {
      open_10k_cold_ms: round(median(cold)),
      open_10k_warm_ms: round(median(warm)),
      search_10k_p95_ms: round(percentile(times, 95)),
      search_10k_median_ms: round(median(times)),
      open_post_10k_ms: round(median(openTimes)),
      open_post_10k_max_ms: round(Math.max(...openTimes)),
      list_dom_nodes_10k: domNodes,
      server_rss_10k_mb: round(rss),
      server_peak_rss_10k_mb: round(peak),
    };
  } finally {
    await browser.close();
    await Promise.all(hosts.map((h) => h.stop()));
  }
}
