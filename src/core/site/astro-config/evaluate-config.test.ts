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
  it('are said once, by name, and the others still load', async () => {
    const root = tempDir();
    write(root, 'src/content.config.ts', `
      import { defineCollection, z } from 'astro:content';
      import { glob } from 'astro/loaders';
      const posts = defineCollection({ loader: glob({ pattern: '*.md', base: './src/posts' }), schema: z.object({ title: z.string() }) });
      const feed = defineCollection({ loader: async () => [{ id: 'a' }], schema: z.object({ id: z.string() }) });
      export const collections = { posts, feed };
    `);
    const config = await loadContentConfig(root, 5000);
    expect(config.collections?.map((c) => c.name)).toEqual(['posts']);
    expect(config.diagnostics).toEqual([
      expect.objectContaining({ file: 'src/content.config.ts', rule: 'config', severity: 'info', message: expect.stringContaining('The "feed" collection uses a loader other than glob() or file()') }),
    ]);
  });
});
