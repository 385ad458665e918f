import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../core/site/load-site';
import type { SiteModel } from '../../core/site/site-model';
import type { CliIo } from '../cli-io';
import { copyFixtureTree, FIXTURE_ROOT as FIXTURE } from '../../test-support/shared-fixtures';
import { run, type SetDeps } from './set';

const POST_DIR = 'src/data/post';
const SAMPLE = `${POST_DIR}/2022-08-15-mirror-2-4-5-release-and-many-contributions.md`;

let root: string;
let site: SiteModel;
// One loaded site for every run keeps the suite fast; `set` validates the text it wrote.
const deps: SetDeps = { openSite: async () => ({ info: site.info, collectionFor: (f) => site.collectionFor(f), validateFile: (f, t) => site.validateFile(f, t), dispose: () => undefined }) };

beforeAll(async () => {
  root = join(mkdtempSync(join(tmpdir(), 'postdesk-set-')), 'site');
  copyFixtureTree(FIXTURE, root);
  site = await loadSite(root);
}, 60_000);
afterAll(() => {
  site?.dispose();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

async function set(args: string[], cwd = root) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await run(args, io, deps);
  return { code, out, err };
}

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const fields = (text: string) => load(text.split(/^---$/m)[1]!) as Record<string, unknown>;

/** Runs a test on a post and puts the post back afterwards. */
async function onPost<T>(file: string, body: (before: string) => Promise<T>): Promise<T> {
  const before = read(file);
  try {
    return await body(before);
  } finally {
    writeFileSync(join(root, file), before);
  }
}

const posts = readdirSync(join(FIXTURE, POST_DIR)).filter((f) => f.endsWith('.md')).map((f) => `${POST_DIR}/${f}`);

describe('postdesk set on every post of the reference site', () => {
  it.each(posts)('set draft=true changes exactly one line: %s', (file) =>
    onPost(file, async (before) => {
      const result = await set([file, 'draft=true']);
      expect(result.code).toBe(0);
      expect(changedLines(before, read(file))).toEqual(['draft: true']);
    }),
  );

  it.each(posts)('set title=… with a colon, quotes, # and non-ASCII gives one changed line that reads back: %s', (file) =>
    onPost(file, async (before) => {
      const title = `Release: "2.1" — #community, Zürich & 東京`;
      expect((await set([file, `title=${title}`])).code).toBe(0);
      expect(changedLines(before, read(file))).toHaveLength(1);
      expect(fields(read(file)).title).toBe(title);
    }),
  );

  it.each(posts)('publishDate is unchanged byte for byte by other edits: %s', (file) =>
    onPost(file, async (before) => {
      const dateLine = before.split('\n').find((l) => l.startsWith('publishDate:'));
      const result = await set([file, 'draft=true', 'tags=Updates,Releases', 'imageAlt=Cover', 'metadata.description=About it', 'excerpt=Short']);
      expect(result.code).toBe(0);
      expect(read(file).split('\n').find((l) => l.startsWith('publishDate:'))).toBe(dateLine);
    }),
  );
});

describe('postdesk set', () => {
  it('prints the file’s diagnostics as file:line:column severity rule message', () =>
    onPost(SAMPLE, async () => {
      const result = await set([SAMPLE, 'draft=true']);
      expect(result.out[0]).toBe(`${SAMPLE}: set draft`);
      expect(result.out.slice(1).every((l) => /^src\/data\/post\/\S+:\d+:\d+ (error|warning|info) [a-z-]+ .+/.test(l))).toBe(true);
      expect(result.out.some((l) => l.includes(' link-broken '))).toBe(true);
    }));

  it('writes a changed date in the file’s format, in UTC', () =>
    onPost(SAMPLE, async (before) => {
      expect((await set([SAMPLE, 'publishDate=2026-01-20T01:55:25Z'])).code).toBe(0);
      expect(changedLines(before, read(SAMPLE))).toEqual(['publishDate: "2026-01-20T01:55:25.000Z"']);
    }));

  it('FILE may be relative to the current folder or absolute', () =>
    onPost(SAMPLE, async () => {
      expect((await set(['mirror-2-4-5.md'.replace('mirror-2-4-5', '2022-08-15-mirror-2-4-5-release-and-many-contributions'), 'draft=true'], join(root, POST_DIR))).code).toBe(0);
      expect((await set([join(root, SAMPLE), 'draft=false'])).code).toBe(0);
      expect(read(SAMPLE)).toContain('\ndraft: false\n');
    }));

  it('lists are comma-separated, nested keys are dotted, an empty value removes an optional field', () =>
    onPost(SAMPLE, async () => {
      expect((await set([SAMPLE, 'tags=Updates, Releases', 'metadata.robots.index=false', 'excerpt='])).code).toBe(0);
      const data = fields(read(SAMPLE));
      expect(data.tags).toEqual(['Updates', 'Releases']);
      expect(data.metadata).toEqual({ robots: { index: false } });
      expect('excerpt' in data).toBe(false);
    }));

  it.each([
    ['an unknown field', [SAMPLE, 'colour=red'], /unknown field "colour"/],
    ['a value of the wrong type', [SAMPLE, 'draft=maybe'], /draft must be true or false/],
    ['a bad date', [SAMPLE, 'publishDate=next tuesday'], /publishDate must be a date/],
    ['an option that does not exist', [SAMPLE, 'category=Gossip'], /category must be one of/],
    ['removing a required field', [SAMPLE, 'title='], /title is required/],
    ['a group set as a value', [SAMPLE, 'metadata=x'], /metadata is a group of fields/],
    ['a file outside any collection', ['src/config.yaml', 'title=x'], /not in any collection/],
    ['a missing file', ['src/data/post/nope.md', 'draft=true'], /is not a file/],
    ['no assignment', [SAMPLE], /at least one KEY=VALUE/],
    ['an argument without =', [SAMPLE, 'draft'], /not KEY=VALUE/],
    ['no arguments', [], /missing FILE/],
  ])('%s: exit 2, one line, nothing written', async (_, args, message) => {
    const before = read(SAMPLE);
    const configBefore = read('src/config.yaml');
    const result = await set(args);
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
    expect(read(SAMPLE)).toBe(before);
    expect(read('src/config.yaml')).toBe(configBefore);
  });

  it.each([
    ['an unclosed --- block', '---\ntitle: Open\ncategory: Updates\n\nBody without a closing line.\n', /:1:1: The frontmatter is not closed/],
    ['a ---js block', '---js\n{ title: "Script" }\n---\nBody\n', /:1:4: The frontmatter is marked "---js"/],
    ['a !!js/function tag', '---\ntitle: T\nexcerpt: !!js/function "function () { return 1 }"\n---\nBody\n', /:3:\d+: .*js\/function/],
  ])('refuses to edit frontmatter it cannot read (%s): exit 2, the line, nothing written', async (_, text, message) => {
    const file = `${POST_DIR}/2099-01-01-unreadable.md`;
    writeFileSync(join(root, file), text);
    try {
      const result = await set([file, 'title=New']);
      expect(result.code).toBe(2);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
      expect(result.err[0]).toMatch(/nothing was written/);
      expect(read(file)).toBe(text);
    } finally {
      rmSync(join(root, file), { force: true });
    }
  });

  it('a file outside any site is refused with an explanation', async () => {
    const lone = mkdtempSync(join(tmpdir(), 'postdesk-lone-'));
    writeFileSync(join(lone, 'note.md'), '---\ntitle: x\n---\n');
    try {
      const result = await run([join(lone, 'note.md'), 'title=y'], { out: () => undefined, err: (l) => expect(l).toMatch(/not inside a site: a site root is/), cwd: lone });
      expect(result).toBe(2);
    } finally {
      rmSync(lone, { recursive: true, force: true });
    }
  });
});
