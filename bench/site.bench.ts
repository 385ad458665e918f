import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { loadContentConfig } from '../src/core/site/astro-config/load-content-config';
import { loadSite } from '../src/core/site/load-site';
import type { BenchContext } from './context';
import { median, percentile, round } from './stats';

/** Open and fully validate the site: what a writer waits for when the app opens it. */
export async function indexOnce(root: string): Promise<number> {
  const started = performance.now();
  const site = await loadSite(root);
  site.validateAll();
  const ms = performance.now() - started;
  site.dispose();
  return ms;
}

/** The floor a user would script by hand: one file after the other, gray-matter (js-yaml 4) and the site's zod schema. */
async function naiveOnce(root: string, schemas: Map<string, { safeParse(v: unknown): unknown }>): Promise<number> {
  const engines = { yaml: (s: string): object => yaml.load(s) as object };
  const started = performance.now();
  for (const [folder, schema] of schemas) {
    const dir = path.join(root, folder);
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.md') && !name.endsWith('.mdx')) continue;
      const text = await readFile(path.join(dir, name), 'utf8');
      schema.safeParse(matter(text, { engines }).data);
    }
  }
  return performance.now() - started;
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const root = await ctx.generatedSite();
  const config = await loadContentConfig(root, 5000);
  const schemas = new Map<string, { safeParse(v: unknown): unknown }>();
  for (const c of config.collections ?? []) {
    const schema = c.schema as { safeParse?(v: unknown): unknown } | undefined;
    if (schema?.safeParse) schemas.set(c.folder, schema as { safeParse(v: unknown): unknown });
  }

  // Warm the file cache and the JIT once for both, then alternate so load drifts hit both alike.
  ctx.log(`site: cold open (workers start, worker code bundled) ${round(await indexOnce(root))} ms`);
  await naiveOnce(root, schemas);
  const index: number[] = [];
  const naive: number[] = [];
  for (let i = 0; i < 5; i++) {
    index.push(await indexOnce(root));
    naive.push(await naiveOnce(root, schemas));
    ctx.log(`site: run ${i + 1}/5 index ${round(index[i] ?? 0)} ms, naive ${round(naive[i] ?? 0)} ms`);
  }

  const site = await loadSite(root);
  const post = site.entries().find((e) => e.collection === 'post');
  const times: number[] = [];
  if (post) {
    const original = await readFile(path.join(root, post.file), 'utf8');
    for (let i = 0; i < 200; i++) {
      // A writer typing: the title and the body change a little each time.
      const edited = original.replace(/^title: (.*)$/m, `title: $1 ${i}`) + `\nMore text ${i}.\n`;
      const started = performance.now();
      site.validateFile(post.file, edited);
      times.push(performance.now() - started);
    }
  }
  site.dispose();

  return {
    index_10k_ms: round(median(index)),
    baseline_naive_10k_ms: round(median(naive)),
    revalidate_one_ms: round(percentile(times.slice(20), 95)),
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
  };
}
