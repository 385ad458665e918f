import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ROOT, SEEDS_DIR } from '../../test-support/shared-fixtures';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterText, getBody, parseDateInput, readFields, removeField, setBody, setField } from './index';

const POSTS = join(FIXTURE_ROOT, 'src/data/post');
const SEEDS = SEEDS_DIR;
const CMS_ORDER = ['title', 'excerpt', 'publishDate', 'draft', 'category', 'tags', 'image', 'imageAlt', 'author', 'updateDate', 'metadata'];

const posts = readdirSync(POSTS)
  .filter((f) => f.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(POSTS, name), 'utf8') }));
const seeds = readdirSync(SEEDS).map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

/** Indexes of lines that differ; the texts must have the same number of lines. */
function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

const frontmatterOf = (text: string) => load(frontmatterText(text)) as Record<string, unknown>;
const publishDateLine = (text: string) => text.split('\n').find((l) => l.startsWith('publishDate:'));

describe('every post of the reference site', () => {
  it('has 97 posts to check', () => {
    expect(posts).toHaveLength(97);
  });

  it.each(posts)('load and save unchanged gives identical bytes: $name', ({ text }) => {
    const { data } = readFields(text);
    // Saving the form with every value as loaded, and the editor's body as loaded.
    let saved = text;
    for (const [key, value] of Object.entries(data)) saved = setField(saved, key, value as never, { order: CMS_ORDER });
    saved = setBody(saved, getBody(saved));
    expect(Buffer.from(saved).equals(Buffer.from(text))).toBe(true);
  });

  it.each(posts)('set draft=true changes exactly one line: $name', ({ text }) => {
    const after = setField(text, 'draft', true);
    const changed = changedLines(text, after);
    expect(changed).toHaveLength(1);
    expect(after.split('\n')[changed[0]!]).toBe('draft: true');
    expect(frontmatterOf(after).draft).toBe(true);
  });

  it.each(posts)('set title with a colon, quotes, # and non-ASCII text changes one line and reads back: $name', ({ text }) => {
    const title = `Mage-OS: "Nightly" builds #2 — l'été à Zürich, 日本語 & more…`;
    const after = setField(text, 'title', title);
    expect(changedLines(text, after)).toHaveLength(1);
    expect(frontmatterOf(after).title).toBe(title);
  });

  it.each(posts)('publishDate is unchanged byte for byte by any other edit: $name', ({ text }) => {
    const original = publishDateLine(text);
    expect(original).toBeDefined();
    let edited = text;
    edited = setField(edited, 'title', 'A new title: with a colon', { order: CMS_ORDER });
    edited = setField(edited, 'draft', true, { order: CMS_ORDER });
    edited = setField(edited, 'excerpt', 'Short', { order: CMS_ORDER });
    edited = setField(edited, 'tags', ['Updates', 'Releases'], { order: CMS_ORDER });
    edited = setField(edited, 'imageAlt', 'A picture', { order: CMS_ORDER });
    edited = setField(edited, 'metadata.description', 'For search engines', { order: CMS_ORDER });
    edited = removeField(edited, 'category');
    edited = setBody(edited, '\nNew body.\n');
    expect(publishDateLine(edited)).toBe(original);
  });
});

describe('frontmatter edits on the reference posts', () => {
  const sample = posts.find((p) => p.name.startsWith('2022-08-15'))!.text;

  it('a changed date keeps the file format (quoted ISO with .000Z), never local time', () => {
    const after = setField(sample, 'publishDate', parseDateInput('2026-01-20T01:55:25Z')!);
    expect(publishDateLine(after)).toBe('publishDate: "2026-01-20T01:55:25.000Z"');
    expect(changedLines(sample, after)).toHaveLength(1);
  });

  it('the one plain date of the site stays plain and in its own format', () => {
    const post = posts.find((p) => /^publishDate: 2026-01-19T20:55:00$/m.test(p.text))!;
    const after = setField(post.text, 'publishDate', parseDateInput('2026-01-20T01:55:25.000Z')!);
    expect(publishDateLine(after)).toBe('publishDate: 2026-01-20T01:55:25');
    expect((frontmatterOf(after).publishDate as Date).toISOString()).toBe('2026-01-20T01:55:25.000Z');
  });

  it('adding a tag adds one line to the block list in the same style', () => {
    const after = setField(sample, 'tags', ['Updates', 'Releases']);
    expect(after).toContain('tags:\n  - "Updates"\n  - "Releases"\n---');
  });

  it('a new field goes where the CMS field order puts it', () => {
    const after = setField(sample, 'imageAlt', 'Logo', { order: CMS_ORDER });
    const keys = Object.keys(frontmatterOf(after));
    expect(keys.indexOf('imageAlt')).toBe(keys.indexOf('tags') + 1);
    expect(after).toContain('\nimageAlt: "Logo"\n');
  });

  it('clearing an optional field removes the key, never writes an empty value', () => {
    expect(setField(sample, 'excerpt', '')).not.toMatch(/^excerpt:/m);
    expect(setField(sample, 'tags', [])).not.toMatch(/^tags:/m);
    expect(removeField(setField(sample, 'metadata.description', 'x'), 'metadata.description')).toBe(sample);
  });

  it.each(seeds)('single-quoted seed keeps single quotes on edit: $name', ({ text }) => {
    const after = setField(text, 'author', 'mage-os-team');
    expect(changedLines(text, after)).toHaveLength(1);
    if (/^author: '/m.test(text)) expect(after).toMatch(/^author: 'mage-os-team'$/m);
    const title = `Magento Association & Mage-OS: "Collaboration" #1`;
    const retitled = setField(text, 'title', title);
    expect(frontmatterOf(retitled).title).toBe(title);
    if (/^title: '/m.test(text)) expect(retitled).toMatch(/^title: '/m);
  });
});
