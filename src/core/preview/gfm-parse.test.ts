import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { gfmFor, parseGfmMarkdown } from './gfm-parse';
import { fixturePosts } from './test-fixtures';

const fullGfm = unified().use(remarkParse).use(remarkGfm).freeze();

/** Every construct of an extension map, flattened. */
function constructNames(extension: object): string[] {
  const names: string[] = [];
  for (const map of Object.values(extension)) {
    for (const list of Object.values(map as Record<string, unknown>)) {
      for (const construct of Array.isArray(list) ? list : [list]) {
        const name = (construct as { name?: unknown } | null)?.name;
        if (typeof name === 'string') names.push(name);
      }
    }
  }
  return names;
}

const SAMPLES = [
  'Plain prose with no GFM at all, "quotes" and... dots.',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'a | b\n--|--\n1 | 2\n\nafter',
  'Paragraph\n| a | b |\n| - | - |',
  'Mail team@example.org or <team@example.org>; not \\@escaped or &#64;entity.',
  'mailto:team@example.org and xmpp:bot@example.org/res',
  'Go to www.example.org, WWW.EXAMPLE.ORG/path?q=1 or wwwx.example.org.',
  'See https://example.org/a_(b) and HTTP://EXAMPLE.ORG. and http:/not-a-link',
  '`www.example.org` in code, [https://example.org](https://example.org) as a link',
  '~~struck~~ and ~single~ and ~/assets/images/a.png',
  '- [ ] task\n- [x] done\n- plain',
  'A footnote[^1].\n\n[^1]: The note, with www.example.org inside.',
  '> quoted www.example.org\n> and a@b.co\n\n* list https://x.org\n',
];

describe('GFM parse with only the constructs the text can set off', () => {
  it('leaves out the table and the autolinks when their triggers are absent', () => {
    const { omitted, extension } = gfmFor('Just words, and a [link](/docs).');
    expect(omitted).toEqual(['table', 'emailAutolink', 'wwwAutolink', 'protocolAutolink']);
    // The names are micromark's: if a release renamed them, nothing would be left out.
    const names = new Set(constructNames(extension));
    for (const name of omitted) expect(names.has(name)).toBe(false);
    const full = new Set(constructNames(gfmFor('| @ www. https://').extension));
    for (const name of omitted) expect(full.has(name)).toBe(true);
    expect(names.has('strikethrough')).toBe(true);
  });

  it('keeps each construct whose trigger is in the text', () => {
    expect(gfmFor('a | b').omitted).not.toContain('table');
    expect(gfmFor('me@example.org').omitted).not.toContain('emailAutolink');
    expect(gfmFor('WWW.example.org').omitted).not.toContain('wwwAutolink');
    expect(gfmFor('HTTPS://example.org').omitted).not.toContain('protocolAutolink');
  });

  it.each(SAMPLES)('gives the tree full GFM gives: %j', (markdown) => {
    expect(parseGfmMarkdown(markdown)).toEqual(fullGfm.parse(markdown));
  });

  it('gives the tree full GFM gives for every post of the reference site', () => {
    const differing = fixturePosts()
      .filter((post) => JSON.stringify(parseGfmMarkdown(post.body)) !== JSON.stringify(fullGfm.parse(post.body)))
      .map((post) => post.file);
    expect(differing).toEqual([]);
  });
});
