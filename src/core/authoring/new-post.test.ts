import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './frontmatter-text';
import { planNewPost } from './new-post';
import { FIXTURE_ROOT, postCollection } from './test-fixture';

const now = new Date('2026-03-05T14:22:10.000Z');
const fixturePost = (name: string): string => fs.readFileSync(path.join(FIXTURE_ROOT, 'src/data/post', name), 'utf8');
const recent = [fixturePost('2026-02-01-mage-os-january-update-2-1-release.md'), fixturePost('2025-11-30-mage-os-november-update.md')];

describe('planNewPost', () => {
  it('names the file from the CMS slug pattern in the collection folder', () => {
    const plan = planNewPost({ collection: postCollection(), title: 'Hello Zürich!', now, existingFiles: [] });
    expect(plan.file).toBe('src/data/post/2026-03-05-hello-zurich.md');
  });

  it('writes a draft with title, date, author default, in CMS order, and an empty body line', () => {
    const plan = planNewPost({ collection: postCollection(), title: 'Hello', now, existingFiles: [], recentTexts: recent });
    expect(plan.text).toBe(
      ['---', 'title: "Hello"', 'publishDate: "2026-03-05T14:22:10.000Z"', 'draft: true', 'author: "mage-os-team"', '---', '', ''].join('\n'),
    );
  });

  it('uses the author chosen in settings over the CMS default', () => {
    const plan = planNewPost({ collection: postCollection(), title: 'Hi', now, authorSlug: 'anita-miller', existingFiles: [] });
    expect(readFrontmatter(plan.text)?.data.author).toBe('anita-miller');
  });

  it('never writes empty values for fields the writer still has to fill', () => {
    const plan = planNewPost({ collection: postCollection(), title: 'Hi', now, existingFiles: [] });
    const fm = readFrontmatter(plan.text);
    expect(fm?.keys).toEqual(['title', 'publishDate', 'draft', 'author']);
    expect(plan.text).not.toMatch(/''|""/);
  });

  it('copies the date shape and quotes of the recent entries', () => {
    const single = "---\ntitle: 'A'\npublishDate: 2025-01-02\n---\n";
    const plan = planNewPost({ collection: postCollection(), title: "It's new", now, existingFiles: [], recentTexts: [single, single] });
    expect(plan.text).toContain("title: 'It''s new'\npublishDate: 2026-03-05\n");
  });

  it('does not copy a date without time zone (the CMS defect that moved a post a day)', () => {
    const cms = '---\ntitle: A\npublishDate: 2026-01-19T20:55:00\n---\n';
    const plan = planNewPost({ collection: postCollection(), title: 'B', now, existingFiles: [], recentTexts: [cms] });
    expect(plan.text).toContain('publishDate: "2026-03-05T14:22:10.000Z"\n');
    expect(plan.text).toContain('title: B\n');
  });

  it('keeps the Windows line endings the recent entries use', () => {
    const crlf = '---\r\ntitle: "A"\r\npublishDate: "2025-01-02T00:00:00.000Z"\r\n---\r\n\r\nText\r\n';
    const plan = planNewPost({ collection: postCollection(), title: 'B', now, existingFiles: [], recentTexts: [crlf] });
    expect(plan.text).toBe('---\r\ntitle: "B"\r\npublishDate: "2026-03-05T14:22:10.000Z"\r\ndraft: true\r\nauthor: "mage-os-team"\r\n---\r\n\r\n');
  });

  it('never collides with an existing file name', () => {
    const existing = ['src/data/post/2026-03-05-hello.md', 'src/data/post/2026-03-05-hello-2.md'];
    const plan = planNewPost({ collection: postCollection(), title: 'Hello', now, existingFiles: existing });
    expect(plan.file).toBe('src/data/post/2026-03-05-hello-3.md');
  });

  it('refuses an empty title', () => {
    expect(() => planNewPost({ collection: postCollection(), title: '  ', now, existingFiles: [] })).toThrow(/needs a title/);
  });

  it('refuses a collection without entry files (file() or inline loader) instead of writing a stray file', () => {
    const series = { ...postCollection(), name: 'series', label: 'Series', folder: '', extensions: [] };
    expect(() => planNewPost({ collection: series, title: 'Hello', now, existingFiles: [] })).toThrow(/Series entries are not files of their own/);
  });
});

describe('planNewPost on a schema without a draft flag', () => {
  it('writes only fields the schema has: no draft', () => {
    const base = postCollection();
    const collection = { ...base, fields: base.fields.filter((f) => f.name !== 'draft') };
    const plan = planNewPost({ collection, title: 'Hello', now, recentTexts: recent, existingFiles: [] });
    expect(readFrontmatter(plan.text)?.keys).not.toContain('draft');
    expect(readFrontmatter(plan.text)?.keys).toContain('title');
  });
});
