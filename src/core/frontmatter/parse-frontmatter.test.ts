import { describe, expect, it } from 'vitest';
import { findFieldPosition, keyOnLine } from './parse-field-lines';
import { parseFrontmatter } from './parse-frontmatter';

describe('frontmatter as Astro 5 reads it', () => {
  it('uses js-yaml 4 semantics: 1:30 is text, dates without a zone are UTC', () => {
    const parsed = parseFrontmatter('---\ntime: 1:30\nmode: 0755\npublishDate: 2026-01-19T20:55:00\n---\nBody\n');
    expect(parsed.data.time).toBe('1:30');
    expect(parsed.data.mode).toBe(755);
    expect((parsed.data.publishDate as Date).toISOString()).toBe('2026-01-19T20:55:00.000Z');
    expect(parsed.body).toBe('Body\n');
    expect(parsed.bodyLine).toBe(6);
  });

  it('has no frontmatter when the file does not start with ---', () => {
    expect(parseFrontmatter('# Title\n')).toMatchObject({ hasFrontmatter: false, data: {}, body: '# Title\n', bodyLine: 1 });
  });

  it('points a syntax error at the line of the whole file, including the one js-yaml reports late', () => {
    expect(parseFrontmatter('---\ntitle: a\n  bad: indent\n---\n').problem).toMatchObject({ line: 3 });
    expect(parseFrontmatter('---\ntitle: "open\nauthor: x\ndraft: false\n---\n').problem).toMatchObject({ line: 2, column: 8 });
    expect(parseFrontmatter('---\ntitle: a\ndraft false\n---\n').problem).toMatchObject({ line: 3 });
    expect(parseFrontmatter('---\ntags: [a, b\ntitle: x\n---\n').problem).toMatchObject({ line: 2 });
  });

  it('calls a duplicate key and an unclosed block what they are', () => {
    const duplicate = parseFrontmatter('---\ntitle: a\ntitle: b\n---\n');
    expect(duplicate.problem).toMatchObject({ line: 3, message: expect.stringContaining('Duplicate') });
    expect(keyOnLine(duplicate.matter, 3)).toBe('title');
    expect(parseFrontmatter('---\ntitle: a\n\nbody').problem).toMatchObject({ line: 1, message: expect.stringContaining('not closed') });
  });

  it('keeps CRLF files working', () => {
    const parsed = parseFrontmatter('---\r\ntitle: a\r\n---\r\nbody');
    expect(parsed.data).toEqual({ title: 'a' });
    expect(parsed.body).toBe('body');
  });
});

describe('field positions', () => {
  const text = [
    '---',
    'title: Hello',
    'tags:',
    '- one',
    '- two',
    'metadata:',
    '  openGraph:',
    '    images:',
    '      - url: /a.png',
    '        width: 10',
    '      - url: /b.png',
    '  title: Meta',
    '"quoted key": 1',
    '---',
  ].join('\n');
  const matter = parseFrontmatter(text).matter;

  it('finds top-level, nested and list item fields', () => {
    expect(findFieldPosition(matter, ['title'])).toEqual({ line: 2, column: 1 });
    expect(findFieldPosition(matter, ['tags', 1])).toEqual({ line: 5, column: 1 });
    expect(findFieldPosition(matter, ['metadata', 'title'])).toEqual({ line: 12, column: 3 });
    expect(findFieldPosition(matter, ['metadata', 'openGraph', 'images', 1, 'url'])).toEqual({ line: 11, column: 9 });
    expect(findFieldPosition(matter, ['metadata', 'openGraph', 'images', 0, 'width'])).toEqual({ line: 10, column: 9 });
    expect(findFieldPosition(matter, ['quoted key'])).toEqual({ line: 13, column: 1 });
  });

  it('falls back to the nearest known line for a missing field', () => {
    expect(findFieldPosition(matter, ['missing'])).toEqual({ line: 1, column: 1 });
    expect(findFieldPosition(matter, ['metadata', 'missing'])).toEqual({ line: 6, column: 1 });
  });
});
