import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../shared/site-model';
import { readFrontmatter } from './frontmatter-text';
import { headingOutline } from './heading-outline';
import { planMonthlyUpdate } from './monthly-update';
import { FIXTURE_ROOT, postCollection, postEntries } from './test-fixture';
import { parseUpdateTitle, retitleUpdate } from './update-title';

const now = new Date('2026-02-10T09:00:00.000Z');
const readFixture = (file: string): string => fs.readFileSync(path.join(FIXTURE_ROOT, file), 'utf8');

describe('monthly update titles', () => {
  it('recognises the site’s update and recap titles, not other posts', () => {
    expect(parseUpdateTitle('September 2023 Update')).toMatchObject({ month: 8, year: 2023 });
    expect(parseUpdateTitle('Mage OS Sept Update')).toMatchObject({ month: 8 });
    expect(parseUpdateTitle('Mage-OS Aug Recap')?.month).toBe(7);
    expect(parseUpdateTitle('Mage-OS 1.3.1: Important security update')).toBeUndefined();
    expect(parseUpdateTitle('Mage-OS 2025 in Review')).toBeUndefined();
  });

  it('retitles for the next month in the same style', () => {
    const t = (title: string, year: number, month: number): string => retitleUpdate(title, parseUpdateTitle(title)!, { year, month });
    expect(t('Mage-OS January Update', 2026, 1)).toBe('Mage-OS February Update');
    expect(t('Mage-OS March 2024 Recap', 2024, 3)).toBe('Mage-OS April 2024 Recap');
    expect(t('December 2023 Update', 2024, 0)).toBe('January 2024 Update');
    expect(t('Mage-OS Aug Recap', 2024, 8)).toBe('Mage-OS Sept Recap');
  });
});

describe('planMonthlyUpdate on the reference site', () => {
  const entries = postEntries(FIXTURE_ROOT);
  const plan = planMonthlyUpdate({ entries, readFile: readFixture, collection: postCollection(), now });
  const fm = readFrontmatter(plan.text)!;
  const latest = 'src/data/post/2026-02-01-mage-os-january-update-2-1-release.md';

  it('follows the latest update (January 2026) with February 2026, titled after it', () => {
    expect(plan.basedOn).toBe(latest);
    expect(plan.month).toEqual({ year: 2026, month: 1 });
    expect(fm.data.title).toBe('Mage-OS February Update');
  });

  it('is dated the last day of the month, written like the latest update’s date', () => {
    expect(plan.text).toContain('publishDate: "2026-02-28T00:00:00.000Z"\n');
    expect(plan.file).toBe('src/data/post/2026-02-28-mage-os-february-update.md');
  });

  it('copies category and author, in the latest update’s key order, as a draft', () => {
    expect(fm.keys).toEqual(['title', 'publishDate', 'category', 'author', 'draft']);
    expect(fm.data).toMatchObject({ category: 'Updates', author: 'mage-os-team', draft: true });
    expect(plan.text).not.toMatch(/excerpt|image/);
  });

  it('starts with the latest update’s heading outline as empty sections', () => {
    const outline = headingOutline(readFixture(latest));
    expect(outline[0]).toBe('### Hackathon');
    expect(headingOutline(fm.body)).toEqual(outline);
    expect(fm.body).toBe('\n' + outline.map((h) => `${h}\n\n`).join(''));
  });

  it('builds on whichever update is newest, with the following month', () => {
    const extra: EntrySummary = { ...entries[0]!, file: 'src/data/post/x.md', slug: 'x', title: 'Mage-OS February Update', date: '2026-02-27T00:00:00.000Z', category: 'Updates' };
    const readFile = (file: string): string => (file === extra.file ? readFixture(latest).replace('January', 'February') : readFixture(file));
    const next = planMonthlyUpdate({ entries: [...entries, extra], readFile, collection: postCollection(), now });
    expect(next.title).toBe('Mage-OS March Update');
    expect(next.month).toEqual({ year: 2026, month: 2 });
    expect(next.basedOn).toBe('src/data/post/x.md');
  });
});

describe('planMonthlyUpdate without earlier updates', () => {
  it('starts the current month’s update with the Updates category', () => {
    const plan = planMonthlyUpdate({ entries: [], readFile: () => '', collection: postCollection(), now });
    expect(plan.basedOn).toBeUndefined();
    expect(plan.title).toBe('February 2026 Update');
    expect(plan.text).toContain('category: "Updates"');
    expect(plan.text).toContain('draft: true');
  });
});

describe('headingOutline', () => {
  it('keeps ## and ### headings in order and ignores code blocks', () => {
    const md = '# Top\n## A ##\ntext\n```sh\n## not a heading\n```\n### B\n#### C\n';
    expect(headingOutline(md)).toEqual(['## A', '### B']);
  });
});

describe('planMonthlyUpdate where the schema lacks a field', () => {
  const now = new Date('2026-03-05T12:00:00Z');
  const readFixture = (file: string): string => fs.readFileSync(path.join(FIXTURE_ROOT, file), 'utf8');

  it('writes no draft flag where the schema has none, even when the latest update had one', () => {
    const base = postCollection();
    const collection = { ...base, fields: base.fields.filter((f) => f.name !== 'draft') };
    const plan = planMonthlyUpdate({ entries: postEntries(FIXTURE_ROOT), readFile: readFixture, collection, now });
    expect(readFrontmatter(plan.text)?.keys).not.toContain('draft');
    const empty = planMonthlyUpdate({ entries: [], readFile: readFixture, collection, now });
    expect(readFrontmatter(empty.text)?.keys).not.toContain('draft');
  });

  it('refuses, with the reason, a collection that has no date field', () => {
    const { dateField: _unused, ...collection } = postCollection();
    expect(() => planMonthlyUpdate({ entries: [], readFile: readFixture, collection, now })).toThrow(/no date field/);
  });
});
