import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite, SiteRootError } from './load-site';
import { byRule, copyFixture, lineOf, POST, read, removeCopies, tempDir, write } from './testing/site-fixture';
import { shutdownAnalyzePool } from './workers/analyze-pool';

afterAll(async () => {
  removeCopies();
  await shutdownAnalyzePool();
});

const CONFIG = 'src/content/config.ts';

describe('a content config that cannot be used', () => {
  it('a config that throws gives one config diagnostic at the throwing line; the posts still open', async () => {
    const root = copyFixture();
    const text = read(root, CONFIG).replace(
      "export const collections = { authors, post, event };",
      "throw new Error('collections are not ready');\nexport const collections = { authors, post, event };",
    );
    write(root, CONFIG, text);
    const site = await loadSite(root);
    expect(site.info.diagnostics).toHaveLength(1);
    expect(site.info.diagnostics[0]).toMatchObject({
      file: CONFIG,
      line: text.split('\n').findIndex((l) => l.startsWith('throw')) + 1,
      rule: 'config',
      severity: 'error',
    });
    expect(site.info.diagnostics[0]?.message).toContain('collections are not ready');
    // Plain markdown folders instead: src/data/* with no schema.
    expect(site.info.collections.map((c) => c.name)).toEqual(['authors', 'post', 'event']);
    expect(site.info.collections.every((c) => !c.hasSchema)).toBe(true);
    expect(site.entries().filter((e) => e.collection === 'post')).toHaveLength(97);
    expect(byRule(site.validateAll(), 'schema')).toEqual([]);
  });

  it('a config importing a missing module gives one config diagnostic at the import', async () => {
    const root = copyFixture();
    const text = read(root, CONFIG).replace("import { glob } from 'astro/loaders';", "import { glob } from 'astro/loaders';\nimport { rss } from 'astro-rss-helpers';\nexport const feed = rss();");
    write(root, CONFIG, text);
    const site = await loadSite(root);
    expect(site.info.diagnostics).toMatchObject([{ file: CONFIG, line: lineOf(text, 'astro-rss-helpers'), rule: 'config', severity: 'error' }]);
    expect(site.info.diagnostics[0]?.message).toContain('astro-rss-helpers');
    expect(site.entries().length).toBeGreaterThan(97);
  });

  it('a config without a collections export is a warning; the folders open without schema', async () => {
    const root = copyFixture();
    write(root, CONFIG, read(root, CONFIG).replace('export const collections = { authors, post, event };', 'export const all = { authors, post, event };'));
    const site = await loadSite(root);
    expect(site.info.diagnostics).toMatchObject([{ rule: 'config', severity: 'warning', message: expect.stringContaining('export const collections') }]);
    expect(site.entries().filter((e) => e.collection === 'post')).toHaveLength(97);
  });

  it('a config that never finishes is stopped after the time limit', async () => {
    const root = copyFixture();
    write(root, CONFIG, `${read(root, CONFIG)}\nwhile (true) {}\n`);
    const site = await loadSite(root, { timeoutMs: 500 });
    expect(site.info.diagnostics).toHaveLength(1);
    expect(site.info.diagnostics[0]?.message).toMatch(/did not finish within 0\.5 s/);
  });

  it('a config with a relative import of the site\'s own module and the ({ image }) form loads', async () => {
    const root = copyFixture();
    write(root, 'src/content/shared.ts', "import { z } from 'astro:content';\nexport const tags = z.array(z.string()).default([]);\n");
    const text = read(root, CONFIG)
      .replace("import { glob } from 'astro/loaders';", "import { glob } from 'astro/loaders';\nimport { tags } from './shared';")
      .replace('    tags: z.array(z.string()).optional(),', '    tags,')
      .replace("  loader: glob({ pattern: ['*.md', '*.mdx'], base: 'src/data/events' }),\n  schema: z.object({", "  loader: glob({ pattern: ['*.md', '*.mdx'], base: 'src/data/events' }),\n  schema: ({ image }) => z.object({\n    cover: image().optional(),")
      .replace('    draft: z.boolean().optional(),\n  }),\n});\n\nexport', '    draft: z.boolean().optional(),\n  }),\n});\n\nexport');
    write(root, CONFIG, text);
    const site = await loadSite(root);
    expect(site.info.diagnostics).toEqual([]);
    const post = site.info.collections.find((c) => c.name === 'post');
    expect(post?.fields.find((f) => f.name === 'tags')).toMatchObject({ kind: 'list', default: [] });
    const event = site.info.collections.find((c) => c.name === 'event');
    expect(event?.fields.find((f) => f.name === 'cover')?.kind).toBe('image');
  });
});

describe('Astro reference() without a CMS config', () => {
  it('checks the value against the ids of the target collection, and suggests the id for a display name', async () => {
    const root = copyFixture();
    rmSync(path.join(root, 'public/admin/config.yml'));
    write(
      root,
      CONFIG,
      read(root, CONFIG)
        .replace("import { defineCollection, z } from 'astro:content';", "import { defineCollection, reference, z } from 'astro:content';")
        .replace('    author: z.string().optional(),', "    author: reference('authors').optional(),"),
    );
    const site = await loadSite(root);
    const file = `${POST}/2023-09-30-september-2023-update.md`;
    const text = read(root, file);
    expect(site.info.collections.find((c) => c.name === 'post')?.fields.find((f) => f.name === 'author')).toMatchObject({
      kind: 'relation',
      relation: { collection: 'authors', valueField: '{{slug}}' },
    });
    expect(byRule(site.validateFile(file), 'reference')).toEqual([]);
    const named = site.validateFile(file, text.replace('"john-hughes"', '"Mage-OS Team"'));
    expect(byRule(named, 'reference')).toMatchObject([{ line: lineOf(text, 'author:'), message: expect.stringContaining('write "mage-os-team"') }]);
  });
});

describe('content that is not what a site expects', () => {
  it('an empty folder opens with a clear diagnostic', async () => {
    const root = tempDir();
    const site = await loadSite(root);
    expect(site.entries()).toEqual([]);
    expect(site.validateAll()).toMatchObject([{ rule: 'file', severity: 'warning', message: expect.stringContaining('No content found') }]);
  });

  it('a folder without an Astro config opens as markdown folders with no schema', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'src/content/notes'), { recursive: true });
    write(root, 'src/content/notes/hello.md', '---\ntitle: Hello &amp; welcome\n---\n\nSee [the other note](/notes/missing).\n');
    const site = await loadSite(root);
    expect(site.info.collections).toMatchObject([{ name: 'notes', folder: 'src/content/notes', hasSchema: false }]);
    expect(site.entries()).toMatchObject([{ title: 'Hello &amp; welcome', collection: 'notes' }]);
    expect(byRule(site.validateAll(), 'html-entity')).toHaveLength(1);
  });

  it('a binary file named .md is reported as not text, and the rest of the site is unaffected', async () => {
    const root = copyFixture();
    const file = `${POST}/2024-01-01-photo.md`;
    write(root, file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]));
    const site = await loadSite(root);
    expect(byRule(site.validateFile(file), 'file')).toMatchObject([{ line: 1, severity: 'error', message: expect.stringContaining('not a text file') }]);
    expect(site.entries().filter((e) => e.collection === 'post')).toHaveLength(98);
  });

  it('a 5 MB post is validated, with a size warning, in reasonable time', async () => {
    const root = copyFixture();
    const file = `${POST}/2024-05-05-huge.md`;
    const paragraph = 'Mage-OS is a [community](/community) project. '.repeat(20) + '\n\n';
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    write(root, file, `---\ntitle: Huge\npublishDate: 2024-05-05\nexcerpt: Big\ncategory: Updates\n---\n\n${body}[broken](/nowhere)\n`);
    const site = await loadSite(root);
    const diagnostics = site.validateFile(file);
    expect(byRule(diagnostics, 'file')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('5.0 MB') }]);
    expect(byRule(diagnostics, 'link-broken')).toHaveLength(1);
  });

  it('a root that does not exist is refused with a clear error', async () => {
    const root = tempDir();
    rmSync(root, { recursive: true });
    await expect(loadSite(root)).rejects.toBeInstanceOf(SiteRootError);
  });
});

describe('the index built by worker threads', () => {
  it('gives the same entries and diagnostics as the main thread alone', async () => {
    const root = copyFixture();
    const alone = await loadSite(root, { workers: 0 });
    const pooled = await loadSite(root, { workers: 2 });
    expect(pooled.validateAll()).toEqual(alone.validateAll());
    const sortByFile = (a: { file: string }, b: { file: string }): number => a.file.localeCompare(b.file);
    expect(pooled.entries().sort(sortByFile)).toEqual(alone.entries().sort(sortByFile));
  });
});
