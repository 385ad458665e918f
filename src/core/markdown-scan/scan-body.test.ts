import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../frontmatter/parse-frontmatter';
import { FIXTURE_ROOT } from '../site/testing/site-fixture';
import { scanBody } from './scan-body';

const urls = (text: string, hosts?: string[]): string[] => scanBody(text, { siteHosts: hosts }).refs.map((r) => r.url);

describe('links and images of a markdown body', () => {
  it('finds inline links and images with their position', () => {
    const scan = scanBody('Intro\n\nSee [the docs](/docs "Docs") and ![a cat](~/cat.png).\n');
    expect(scan.refs).toEqual([
      { kind: 'link', url: '/docs', line: 2, column: 15, source: 'markdown' },
      { kind: 'image', url: '~/cat.png', line: 2, column: 42, alt: 'a cat', source: 'markdown' },
    ]);
  });

  it('ignores code fences, code spans and HTML comments', () => {
    const text = [
      '```md',
      '[in fence](/fenced)',
      '```',
      'Use `[in span](/span)` or ``[double](/double)``.',
      '<!-- [commented](/comment) -->',
      '~~~',
      '[tilde](/tilde)',
      '~~~',
      '[real](/real)',
    ].join('\n');
    expect(urls(text)).toEqual(['/real']);
  });

  it('finds reference definitions, HTML links and images, and nested image links', () => {
    const text = '[![badge](/badge.svg)](/target)\n\n[ref]: /defined\n\n<a href="/html">x</a> <img src=\'/img.png\'>\n';
    expect(scanBody(text).refs.map((r) => [r.kind, r.url, r.source])).toEqual([
      ['image', '/badge.svg', 'markdown'],
      ['link', '/target', 'markdown'],
      ['link', '/defined', 'definition'],
      ['link', '/html', 'html'],
      ['image', '/img.png', 'html'],
    ]);
  });

  it('finds bare URLs of the site itself, but not URLs used as link text', () => {
    const text = 'Go to https://mage-os.org/about/. Or [https://mage-os.org/x](/product) and https://devdocs.mage-os.org/y\n';
    expect(urls(text, ['mage-os.org'])).toEqual(['https://mage-os.org/about/', '/product']);
  });

  it('tells an image without alt text from a decorative HTML image', () => {
    const refs = scanBody('![](/a.png) <img src="/b.png" alt=""> <img src="/c.png">').refs;
    expect(refs.map((r) => r.alt)).toEqual(['', undefined, '']);
  });

  it('collects ATX and setext headings outside code', () => {
    const scan = scanBody('# One\n\nTwo\n---\n\n```\n## not a heading\n```\n#### Four ####\n');
    expect(scan.headings).toEqual([
      { level: 1, line: 0, text: 'One' },
      { level: 2, line: 2, text: 'Two' },
      { level: 4, line: 8, text: 'Four' },
    ]);
  });

  it('finds the same link and image targets as a full mdast parse, on every post of the reference site', () => {
    const dir = path.join(FIXTURE_ROOT, 'src/data/post');
    for (const name of readdirSync(dir)) {
      const body = parseFrontmatter(readFileSync(path.join(dir, name), 'utf8')).body;
      const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
      const expected: string[] = [];
      type Node = { type: string; url?: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } };
      const visit = (node: Node): void => {
        // GFM autolink literals (no brackets in the source) are found by the scanner only for the site's own host.
        const text = (node.children as Array<{ value?: string }> | undefined)?.[0]?.value ?? '';
        const span = (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0);
        const literal = node.type === 'link' && span === text.length;
        if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && !literal) expected.push(node.url);
        for (const child of node.children ?? []) visit(child as Node);
      };
      visit(tree);
      const found = scanBody(body).refs.filter((r) => r.source !== 'html').map((r) => decodeURI(r.url));
      expect(found.sort(), name).toEqual(expected.map((u) => decodeURI(u)).sort());
    }
  });
});
