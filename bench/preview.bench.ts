import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { BenchContext } from './context';
import { median, percentile, round } from './stats';
import { createPreviewRenderer } from '../src/core/preview/preview-renderer';
import { renderMarkdown } from '../src/core/preview/render-markdown';
import { warmUpPreview } from '../src/core/preview/warm-up';

/**
 * Live preview: a typical post rendered from scratch (opening it), a one-character edit in
 * an ~850 KB post (typing, with the block cache), and the same big post rendered in one pass
 * (the naive baseline a preview without the cache would pay on every keystroke).
 *
 * The renderer is first warmed up as the app's preview worker warms itself between a site
 * opening and the first preview (warm-up.ts: a built-in sample post, not the measured one),
 * so the figures are those of the app's worker; preview_cold_typical_ms is the same post
 * rendered before any warm-up (a post opened the moment the site is).
 */

/** Deterministic positions, so runs compare. */
function positions(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const dir = join(ctx.fixtureRoot, 'src/data/post');
  const bodies = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => matter(readFileSync(join(dir, name), 'utf8')).content);

  const typical = bodies.reduce((best, body) => (Math.abs(body.length - 10_000) < Math.abs(best.length - 10_000) ? body : best));
  ctx.log(`typical post: ${typical.length} characters`);
  // Shiki's highlighter loads on first use: that is start-up, not a render.
  await createPreviewRenderer().render('```js\n1\n```\n');
  let started = performance.now();
  await createPreviewRenderer().render(typical);
  const coldTypical = performance.now() - started;
  started = performance.now();
  await warmUpPreview();
  ctx.log(`warm-up as the preview worker does it: ${Math.round(performance.now() - started)} ms`);
  const typicalTimes: number[] = [];
  // 100 samples: the p95 of 30 would be the second worst, one machine hiccup from the worst.
  for (let i = 0; i < 100; i++) {
    // A fresh renderer: opening the post, nothing cached.
    const fresh = createPreviewRenderer();
    started = performance.now();
    await fresh.render(typical);
    typicalTimes.push(performance.now() - started);
  }

  let large = '';
  for (let i = 0; large.length < 850_000; i++) large += `${bodies[i % bodies.length]}\n\n`;
  ctx.log(`large post: ${large.length} characters`);
  const renderer = createPreviewRenderer();
  started = performance.now();
  await renderer.render(large);
  const coldLarge = performance.now() - started;

  const next = positions(42);
  const editTimes: number[] = [];
  let text = large;
  for (let i = 0; i < 40; i++) {
    const at = Math.floor(next() * text.length);
    // Type a character, or delete one, as a writer does.
    text = i % 3 === 2 ? text.slice(0, at) + text.slice(at + 1) : `${text.slice(0, at)}e${text.slice(at)}`;
    started = performance.now();
    await renderer.render(text);
    editTimes.push(performance.now() - started);
  }

  started = performance.now();
  await renderMarkdown(large);
  const fullLarge = performance.now() - started;

  return {
    preview_typical_ms: round(percentile(typicalTimes, 95)),
    preview_typical_median_ms: round(median(typicalTimes)),
    preview_cold_typical_ms: round(coldTypical),
    preview_large_edit_ms: round(percentile(editTimes, 95)),
    preview_full_large_ms: round(fullLarge),
    preview_open_large_ms: round(coldLarge),
  };
}
