import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetUrlPath } from '../assets/resolve-asset-path';
import { createPreviewRenderer } from './preview-renderer';
import { fixtureCopy } from './test-fixtures';

describe('preview renderer', () => {
  it('marks each top-level block with its source line, for scroll sync', async () => {
    const body = '# Title\n\nFirst paragraph.\n\n- a\n- b\n\n```js\nx\n```\n';
    const result = await createPreviewRenderer().render(body, { lineOffset: 8 });
    expect(result.blocks.map((block) => block.line)).toEqual([9, 11, 13, 16]);
    expect(result.html).toContain('<h1 data-line="9" id="title">Title</h1>');
    expect(result.html).toContain('<ul data-line="13">');
    expect(result.previewHtml).toContain('<p data-line="11">First paragraph.</p>');
  });

  it('gives the same blocks and lines when rendering in one pass', async () => {
    const body = '# Title\n\nFirst paragraph.\n\n- a\n- b\n\n```js\nx\n```\n';
    const whole = await createPreviewRenderer({ incremental: false }).render(body, { lineOffset: 8 });
    const blocks = await createPreviewRenderer().render(body, { lineOffset: 8 });
    expect(whole.mode).toBe('full');
    expect(whole.blocks).toEqual(blocks.blocks);
  });

  it('de-duplicates heading ids across the whole post, as Astro does', async () => {
    const result = await createPreviewRenderer().render('## Intro\n\ntext\n\n## Intro\n\n> ## Intro\n');
    expect(result.headings.map((heading) => heading.slug)).toEqual(['intro', 'intro-1', 'intro-2']);
    expect(result.html).toContain('id="intro-2"');
  });

  it('shows local images through the asset route and names missing ones', async () => {
    const root = fixtureCopy();
    const renderer = createPreviewRenderer({ root, assetUrl: (abs) => `postdesk-asset://site/${assetUrlPath(root, abs)}` });
    const body = '![cover](~/assets/images/blog/2023/mageos_blog_september-update.jpg)\n\n![gone](~/assets/images/blog/2023/not-there.jpg)\n';
    const result = await renderer.render(body, { file: 'src/data/post/2023-09-30-september-2023-update.md' });
    expect(result.previewHtml).toContain('src="postdesk-asset://site/src/assets/images/blog/2023/mageos_blog_september-update.jpg"');
    expect(result.previewHtml).toContain('Missing image: ~/assets/images/blog/2023/not-there.jpg');
    // Astro's own HTML keeps the references as written.
    expect(result.html).toContain('src="~/assets/images/blog/2023/mageos_blog_september-update.jpg"');
  });

  it('builds asset URLs from a base when no function can be passed (worker)', async () => {
    const root = fixtureCopy();
    const renderer = createPreviewRenderer({ root, assetBase: '/api/asset/' });
    const result = await renderer.render('![x](~/assets/images/blog/2023/mageos_blog_september-update.jpg)');
    expect(result.previewHtml).toContain('src="/api/asset/src/assets/images/blog/2023/mageos_blog_september-update.jpg"');
    expect(path.isAbsolute(root)).toBe(true);
  });

  it('renders posts with footnotes in one pass (footnotes are numbered across the post)', async () => {
    const result = await createPreviewRenderer().render('Text[^a] and more[^b].\n\n[^a]: One.\n[^b]: Two.\n');
    expect(result.mode).toBe('full');
    expect(result.html).toContain('data-footnotes');
  });

  it('keeps raw HTML that spans blocks together, as the site does', async () => {
    const body = '<div class="box">\n\n**inside**\n\n</div>\n\nafter\n';
    for (const incremental of [true, false]) {
      const result = await createPreviewRenderer({ incremental }).render(body);
      expect(result.html).toMatch(/<div data-line="1" class="box">\s*<p( data-line="3")?><strong>inside<\/strong><\/p>\s*<\/div>/);
      expect(result.html).toContain('<p data-line="7">after</p>');
      expect(result.blocks.map((block) => block.line)).toEqual([1, 7]);
    }
  });
});
