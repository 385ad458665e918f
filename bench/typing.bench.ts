// typing_p95_ms: keystroke to paint in the real editor, in Chromium, on a 1 MB post.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/e2e/support/chromium';
import { startWebHost } from '../test/e2e/support/web-host';
import type { BenchContext } from './context';

const repoRoot = resolve(import.meta.dirname, '..');
const round = (n: number) => Math.round(n * 10) / 10;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** A 1 MB post made of the fixture's real bodies, so the editor parses real markdown. */
function writeLargePost(site: string): string {
  const posts = join(site, 'src/data/post');
  const bodies = readdirSync(posts).map((f) => readFileSync(join(posts, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  let body = '';
  for (let i = 0; body.length < 1024 * 1024; i++) body += `${bodies[i % bodies.length]}\n`;
  const file = 'src/data/post/2026-11-30-large-post.md';
  writeFileSync(join(site, file), `---\ntitle: "Large post"\npublishDate: "2026-11-30T00:00:00.000Z"\ncategory: "Updates"\n---\n${body}`);
  return 'Large post';
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  if (!existsSync(join(repoRoot, 'out/renderer/index.html'))) {
    spawnSync('npx', ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const site = join(ctx.tmpDir, 'site');
  cpSync(ctx.fixtureRoot, site, { recursive: true });
  const title = writeLargePost(site);
  const host = await startWebHost(site);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.url);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByRole('searchbox', { name: /Search posts/ }).fill(title);
    await page.getByRole('list', { name: 'Posts' }).getByRole('button', { name: new RegExp(title) }).click();
    const editor = page.getByRole('textbox', { name: 'Post body (markdown)' });
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    // Let the first full parse of the 1 MB document finish before measuring typing.
    await page.waitForTimeout(3000);
    // Keystroke to paint: from the keydown's timeStamp (when the browser received the key) to
    // the end of the main-thread work of the first frame after the key was handled. A
    // setTimeout(0) queued inside the requestAnimationFrame callback runs right after that
    // frame's style, layout and paint, not a frame later, so it adds no extra frame. Taking
    // performance.now() in the rAF callback itself would leave out the frame's rendering, which
    // the writer does wait for; Event Timing's duration is rounded to 8 ms, too coarse here.
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
        },
        true,
      );
    });
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(6);
    await page.keyboard.type(text, { delay: 40 });
    await page.waitForTimeout(500);
    const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    ctx.log(`typing: ${latencies.length} keystrokes measured`);
    return { typing_p95_ms: round(percentile(latencies, 95)), typing_median_ms: round(percentile(latencies, 50)) };
  } finally {
    await browser.close();
    await host.stop();
  }
}
