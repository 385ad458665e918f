import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, SEEDS_DIR } from '../test-support/shared-fixtures';
import { joinHeadAndBody, splitFrontmatter, type FrontmatterBounds } from './frontmatter-bounds';

const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

/** What Astro 5 reads as the raw frontmatter: the text from after the opening `---` up to the closing one. */
function astroRaw(text: string): string | undefined {
  return extractFrontmatter(text);
}

function ourRaw(text: string, bounds: FrontmatterBounds): string | undefined {
  if (bounds.state !== 'closed') return undefined;
  return text.slice(bounds.open.start + 3, bounds.close.start);
}

/** The parts cover the text exactly, in order. */
function expectContiguous(text: string, b: FrontmatterBounds): void {
  expect(b.bom + slice(text, b.open) + slice(text, b.yaml) + slice(text, b.close) + slice(text, b.body)).toBe(
    b.state === 'unclosed' ? text + text.slice(b.bom.length) : text,
  );
}

const fixtureFiles = ['src/data/post', 'src/data/authors', 'src/data/events'].flatMap((dir) =>
  readdirSync(join(FIXTURE_ROOT, dir))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => join(FIXTURE_ROOT, dir, f)),
);
const seeds = readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f));

describe('splitFrontmatter on every post of the reference site and the seeds', () => {
  it.each([...fixtureFiles, ...seeds].map((path) => [path.split('/').slice(-2).join('/'), path]))('%s splits where Astro and gray-matter do', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const bounds = splitFrontmatter(text);
    expect(bounds.state).toBe('closed');
    expect(ourRaw(text, bounds)).toBe(astroRaw(text));
    const gray = matter(text.slice(bounds.bom.length), {});
    expect(slice(text, bounds.body)).toBe(gray.content);
    expect(text.split('\n').slice(bounds.bodyLine - 1).join('\n')).toBe(slice(text, bounds.body));
    expectContiguous(text, bounds);
  });

  it('covers every post (97) and both seeds', () => {
    expect(fixtureFiles.filter((f) => f.includes('/post/'))).toHaveLength(97);
    expect(seeds).toHaveLength(2);
  });
});

describe('splitFrontmatter on hostile and unusual files', () => {
  const agreesWithAstro = (text: string) => {
    const bounds = splitFrontmatter(text);
    expect(ourRaw(text, bounds)).toBe(astroRaw(text));
    expectContiguous(text, bounds);
    return bounds;
  };

  it('reads past a byte order mark, as Astro does (and gray-matter, which strips it)', () => {
    const text = '\uFEFF---\ntitle: BOM\n---\nBody\n';
    const b = agreesWithAstro(text);
    expect(b).toMatchObject({ bom: '\uFEFF', state: 'closed', bodyLine: 4 });
    expect(slice(text, b.yaml)).toBe('title: BOM\n');
    expect(slice(text, b.body)).toBe('Body\n');
  });

  it('keeps CRLF line breaks inside the ranges and reports the line ending', () => {
    const text = '---\r\ntitle: a\r\n---\r\nBody\r\n';
    const b = agreesWithAstro(text);
    expect(b.eol).toBe('\r\n');
    expect(slice(text, b.close)).toBe('---\r\n');
    expect(slice(text, b.body)).toBe('Body\r\n');
    expect(b.bodyLine).toBe(4);
  });

  it('accepts trailing blanks on both fence lines', () => {
    const text = '---  \ntitle: a\n---\t \nBody';
    const b = agreesWithAstro(text);
    expect(b).toMatchObject({ state: 'closed', language: '' });
    expect(slice(text, b.close)).toBe('---\t \n');
  });

  it('calls a block without closing line unclosed, and leaves the whole file to the body as Astro reads it', () => {
    const text = '---\ntitle: a\n\nBody that never ends the block\n';
    const b = splitFrontmatter(text);
    expect(astroRaw(text)).toBeUndefined();
    expect(b).toMatchObject({ state: 'unclosed', bodyLine: 1 });
    expect(slice(text, b.body)).toBe(text);
    expect(slice(text, b.yaml)).toBe('title: a\n\nBody that never ends the block\n');
    expect(splitFrontmatter('---').state).toBe('unclosed');
    expect(splitFrontmatter('---\n').state).toBe('unclosed');
  });

  it('does not close at a `...` line: it stays in the YAML, as Astro and gray-matter read it', () => {
    const text = '---\ntitle: a\n...\n---\nBody\n';
    const b = agreesWithAstro(text);
    expect(slice(text, b.yaml)).toBe('title: a\n...\n');
    expect(b.bodyLine).toBe(5);
    expect(splitFrontmatter('---\ntitle: a\n...\nBody\n').state).toBe('unclosed');
  });

  it('closes at the first line starting with ---, whatever follows on it', () => {
    const text = '---\ntitle: a\n----\nBody\n';
    const b = agreesWithAstro(text);
    expect(slice(text, b.close)).toBe('----\n');
  });

  it('names the language of a `---js` fence and still finds its end', () => {
    const text = '---js\n{ title: require("fs") }\n---\nBody\n';
    const b = agreesWithAstro(text);
    expect(b).toMatchObject({ state: 'closed', language: 'js', bodyLine: 4 });
    expect(splitFrontmatter('---javascript\nx\n---\n').language).toBe('javascript');
  });

  it('treats four dashes on the first line as a thematic break, as gray-matter does', () => {
    expect(splitFrontmatter('----\ntext\n---\n').state).toBe('none');
  });

  it('needs the fence on the very first line', () => {
    expect(splitFrontmatter('# Title\n---\na: 1\n---\n').state).toBe('none');
    expect(splitFrontmatter(' ---\na: 1\n---\n').state).toBe('none');
    expect(splitFrontmatter('').state).toBe('none');
  });

  it('handles an empty block, and a file that ends on the closing line', () => {
    const empty = agreesWithAstro('---\n---\nBody');
    expect(empty.yaml.start).toBe(empty.yaml.end);
    expect(empty.bodyLine).toBe(3);
    const text = '---\ntitle: a\n---';
    const b = agreesWithAstro(text);
    expect(b).toMatchObject({ state: 'closed', bodyLine: 4 });
    expect(b.body).toEqual({ start: text.length, end: text.length });
  });

  it('finds the end of a large block quickly and never reads the body', () => {
    const body = 'x\n'.repeat(500_000);
    const text = `---\n${'k: v\n'.repeat(1000)}---\n${body}`;
    const b = splitFrontmatter(text);
    expect(b.bodyLine).toBe(1003);
    expect(b.body.end - b.body.start).toBe(body.length);
  });
});

describe('joinHeadAndBody', () => {
  it('puts a line break between a closing line at the end of the file and a new body', () => {
    expect(joinHeadAndBody('---\na: 1\n---', 'Body')).toBe('---\na: 1\n---\nBody');
    expect(joinHeadAndBody('---\r\na: 1\r\n---', 'Body')).toBe('---\r\na: 1\r\n---\r\nBody');
    expect(splitFrontmatter(joinHeadAndBody('---\na: 1\n---', '---x')).bodyLine).toBe(4);
  });

  it('changes nothing else', () => {
    expect(joinHeadAndBody('---\na: 1\n---\n', 'Body')).toBe('---\na: 1\n---\nBody');
    expect(joinHeadAndBody('---\na: 1\n---', '')).toBe('---\na: 1\n---');
    expect(joinHeadAndBody('', 'Body')).toBe('Body');
    expect(joinHeadAndBody('\uFEFF', 'Body')).toBe('\uFEFFBody');
  });
});
