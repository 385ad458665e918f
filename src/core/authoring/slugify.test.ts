import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameFromPattern, uniqueFileName } from './file-name-pattern';
import { slugify } from './slugify';
import { FIXTURE_ROOT } from './test-fixture';

describe('slugify', () => {
  it('lower-cases and joins words with single hyphens', () => {
    expect(slugify('  Mage-OS   November Update!  ')).toBe('mage-os-november-update');
  });

  it('folds accents and special Latin letters to ASCII', () => {
    expect(slugify('Café à Zürich: Straße & Æther')).toBe('cafe-a-zurich-strasse-aether');
    expect(slugify('Łódź ørsted')).toBe('lodz-orsted');
  });

  it('drops apostrophes instead of splitting the word', () => {
    expect(slugify("We're Hiring! Gowri’s Journey")).toBe('were-hiring-gowris-journey');
  });

  it('keeps non-Latin letters when nothing Latin is left, else falls back', () => {
    expect(slugify('Привет мир')).toBe('привет-мир');
    expect(slugify('!!!')).toBe('untitled');
  });

  it('reproduces most of the reference site’s own file names from their titles', () => {
    const dir = path.join(FIXTURE_ROOT, 'src/data/post');
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.md'));
    let same = 0;
    for (const name of names) {
      const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(fs.readFileSync(path.join(dir, name), 'utf8'))?.[1] ?? '';
      if (name.slice(11, -3) === slugify(title.replace(/&amp;/g, '&'))) same++;
    }
    expect(same / names.length).toBeGreaterThan(0.85);
  });
});

describe('fileNameFromPattern', () => {
  const date = new Date('2026-03-05T23:30:07.000Z');

  it('fills the CMS date pattern with UTC date parts and the slug', () => {
    expect(fileNameFromPattern('{{year}}-{{month}}-{{day}}-{{slug}}', { title: 'Hello Été', date })).toBe('2026-03-05-hello-ete');
  });

  it('supports time parts, field values and ignores filters', () => {
    const name = fileNameFromPattern('{{hour}}{{minute}}{{second}}-{{fields.category}}-{{ title | upper }}', {
      title: 'A b',
      date,
      fields: { category: 'Case Studies' },
    });
    expect(name).toBe('233007-case-studies-a-b');
  });

  it('uses the slug alone without a pattern and never produces an empty name', () => {
    expect(fileNameFromPattern(undefined, { title: 'Only Title', date })).toBe('only-title');
    expect(fileNameFromPattern('{{fields.missing}}', { title: 'Fallback', date })).toBe('fallback');
  });
});

describe('uniqueFileName', () => {
  it('adds -2, -3… until the name is free, ignoring case', () => {
    expect(uniqueFileName('post', '.md', [])).toBe('post.md');
    expect(uniqueFileName('post', '.md', ['POST.md', 'post-2.md'])).toBe('post-3.md');
  });
});
