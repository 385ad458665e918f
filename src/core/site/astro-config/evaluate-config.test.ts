import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { removeCopies, tempDir, write } from '../testing/site-fixture';
import { bundleContentConfig, isConfigProblem, type ConfigBundle } from './bundle-config';
import { evaluateConfigBundle } from './evaluate-config';
import { loadContentConfig } from './load-content-config';

afterAll(removeCopies);

async function bundle(source: string): Promise<{ file: string; bundle: ConfigBundle }> {
  const root = tempDir();
  write(root, 'src/content.config.ts', source);
  const file = path.join(root, 'src/content.config.ts');
  const result = await bundleContentConfig(root, file);
  if (isConfigProblem(result)) throw new Error(result.message);
  return { file, bundle: result };
}

describe('evaluating a content config with the Astro shims', () => {
  it('gives live zod schemas (Postdesk\'s own zod), loader descriptors, reference() and image() tags', async () => {
    const { file, bundle: code } = await bundle(`
      import { defineCollection, reference, z } from 'astro:content';
      import { glob, file } from 'astro/loaders';
      const posts = defineCollection({
        loader: glob({ pattern: '**/*.md', base: './src/posts' }),
        schema: ({ image }) => z.object({ title: z.string(), cover: image(), author: reference('people') }),
      });
      const people = defineCollection({ loader: file('src/people.json'), schema: z.object({ name: z.string() }) });
      export const collections = { posts, people };
    `);
    const config = evaluateConfigBundle(code, file, 2000);
    const posts = config.collections.posts;
    expect(posts?.loader).toEqual({ postdeskLoader: 'glob', pattern: '**/*.md', base: './src/posts' });
    expect(config.collections.people?.loader).toEqual({ postdeskLoader: 'file', path: 'src/people.json' });
    const schema = posts?.schema as z.ZodObject<z.ZodRawShape>;
    expect(schema).toBeInstanceOf(z.ZodObject);
    expect(schema.shape.cover?._def).toMatchObject({ typeName: 'ZodString', postdeskKind: 'image' });
    expect(schema.shape.author?._def).toMatchObject({ postdeskKind: 'reference', postdeskCollection: 'people' });
    expect(schema.safeParse({ title: 'a', cover: 'x.png', author: 'ann' }).success).toBe(true);
  });

  it('stops a config that loops forever even in this thread', async () => {
    const { file, bundle: code } = await bundle(`
      import { defineCollection, z } from 'astro:content';
      export const collections = { posts: defineCollection({ schema: () => { for (;;) {} } }) };
    `);
    expect(() => evaluateConfigBundle(code, file, 200)).toThrow(/timed out/);
  });
});

describe('collections whose loader Postdesk cannot read', () => {
  it('are said once, by name and why, and the others still load', async () => {
    const root = tempDir();
    write(root, 'src/content.config.ts', `
      import { defineCollection, z } from 'astro:content';
      import { glob } from 'astro/loaders';
      const posts = defineCollection({ loader: glob({ pattern: '*.md', base: './src/posts' }), schema: z.object({ title: z.string() }) });
      const feed = defineCollection({ loader: async () => (await fetch('https://example.org/feed.json')).json(), schema: z.object({ id: z.string() }) });
      const computed = defineCollection({ loader: () => { const ids = ['a', 'b']; return ids.map((id) => ({ id })); } });
      const remote = defineCollection({ loader: { name: 'remote', load: async () => undefined } });
      export const collections = { posts, feed, computed, remote };
    `);
    const config = await loadContentConfig(root, 5000);
    expect(config.collections?.map((c) => c.name)).toEqual(['posts']);
    expect(config.diagnostics.map((d) => [d.file, d.rule, d.severity])).toEqual(Array(3).fill(['src/content.config.ts', 'config', 'info']));
    expect(config.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^The "feed" collection's entries are not known \(its inline loader cannot be read without running it: its entries are computed/),
      expect.stringMatching(/^The "computed" collection's entries are not known \(its inline loader cannot be read without running it: it does more than return/),
      expect.stringMatching(/^The "remote" collection's entries are not known \(it uses a loader other than glob\(\) or file\(\)/),
    ]);
  });
});

describe('inline loaders written as literal entries', () => {
  it('give their entries, read from the source and never called', async () => {
    const root = tempDir();
    write(root, 'src/content.config.ts', `
      import { defineCollection, z } from 'astro:content';
      const series = defineCollection({
        async loader() {
          return [{ id: 'intro', title: 'Intro' }, { id: 'deep-dive', title: \`Deep\`, order: -1 }];
        },
        schema: z.object({ title: z.string() }),
      });
      const levels = defineCollection({ loader: () => ({ beginner: { label: 'Beginner' }, expert: { label: 'Expert' } }) });
      const bad = defineCollection({ loader: () => [{ title: 'no id' }] });
      export const collections = { series, levels, bad };
    `);
    const config = await loadContentConfig(root, 5000);
    expect(config.collections?.map((c) => [c.name, c.inlineEntries])).toEqual([
      ['series', { intro: { id: 'intro', title: 'Intro' }, 'deep-dive': { id: 'deep-dive', title: 'Deep', order: -1 } }],
      ['levels', { beginner: { id: 'beginner', label: 'Beginner' }, expert: { id: 'expert', label: 'Expert' } }],
    ]);
    expect(config.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('The "bad" collection\'s entries are not known (its inline loader cannot be read without running it: an entry it returns has no string "id"')]);
  });
});
