import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { stripDataLines } from './data-line';
import { createPreviewRenderer } from './preview-renderer';
import { renderMarkdown } from './render-markdown';
import { fixturePosts, normalizeHtml, type FixturePost } from './test-fixtures';

/**
 * The preview must publish what the site publishes: every post of the reference site,
 * rendered by the preview (in one pass and block by block), against Astro 5's own markdown
 * processor with its default settings.
 */
describe('parity with Astro 5 markdown rendering', () => {
  let posts: FixturePost[];
  let expected: string[];

  beforeAll(async () => {
    posts = fixturePosts();
    const astro = await createMarkdownProcessor();
    expected = [];
    for (const post of posts) expected.push((await astro.render(post.body)).code);
  });

  it('covers all 97 posts of the reference site', () => {
    expect(posts).toHaveLength(97);
  });

  it('renders every post like Astro in one pass', async () => {
    const mismatched: string[] = [];
    for (const [i, post] of posts.entries()) {
      if (normalizeHtml(await renderMarkdown(post.body)) !== normalizeHtml(expected[i]!)) mismatched.push(post.file);
    }
    expect(mismatched).toEqual([]);
  });

  it('renders every post like Astro in one pass, split into blocks (footnotes, incremental: false)', async () => {
    const mismatched: string[] = [];
    for (const [i, post] of posts.entries()) {
      const result = await createPreviewRenderer({ incremental: false }).render(post.body);
      expect(result.mode).toBe('full');
      if (normalizeHtml(result.html) !== normalizeHtml(expected[i]!)) mismatched.push(post.file);
      if (normalizeHtml(result.blocks.map((block) => block.html).join('\n')) !== normalizeHtml(expected[i]!)) mismatched.push(`${post.file} (blocks)`);
    }
    expect(mismatched).toEqual([]);
  });

  it('renders every post like Astro block by block, from a fresh renderer', async () => {
    const mismatched: string[] = [];
    let exact = 0;
    for (const [i, post] of posts.entries()) {
      const result = await createPreviewRenderer().render(post.body);
      expect(result.mode).toBe('blocks');
      if (normalizeHtml(result.html) !== normalizeHtml(expected[i]!)) mismatched.push(post.file);
      if (stripDataLines(result.html) === expected[i]) exact++;
    }
    expect(mismatched).toEqual([]);
    // Not only after normalisation: byte for byte.
    expect(exact).toBe(posts.length);
  });
});
