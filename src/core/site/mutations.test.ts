import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleId } from '../../shared/diagnostics';
import { loadSite } from './load-site';
import type { SiteModel } from './site-model';
import { byRule, copyFixture, lineOf, POST, read, removeCopies, SEEDS_DIR, write } from './testing/site-fixture';

let root: string;
let site: SiteModel;

beforeAll(async () => {
  root = copyFixture();
  site = await loadSite(root);
});

afterAll(() => {
  site.dispose();
  removeCopies();
});

const september = `${POST}/2023-09-30-september-2023-update.md`;

/** Writes a changed post, checks the finding at its line, then restores the file and checks it is gone. */
async function mutate(file: string, change: (text: string) => string, rule: RuleId, line: (changed: string) => number): Promise<string> {
  const original = read(root, file);
  const changed = change(original);
  expect(changed).not.toBe(original);
  // Unsaved text in the editor gives the same finding as the saved file.
  const unsaved = byRule(site.validateFile(file, changed), rule);
  write(root, file, changed);
  await site.refreshFile(file);
  const found = byRule(site.validateFile(file), rule);
  expect(found.length).toBeGreaterThan(0);
  expect(found[0]?.line).toBe(line(changed));
  expect(unsaved).toEqual(found);
  expect(site.entry(file)?.errors).toBeGreaterThan(0);
  write(root, file, original);
  await site.refreshFile(file);
  expect(byRule(site.validateFile(file), rule)).toEqual([]);
  return found[0]?.message ?? '';
}

describe('mutations of a post', () => {
  it('a removed title is a schema error on the frontmatter line', async () => {
    const message = await mutate(september, (t) => t.replace(/^title: .*\n/m, ''), 'schema', () => 1);
    expect(message).toBe('Title: required, but missing');
  });

  it('publishDate: 2023-13-45 is an invalid date on its line (js-yaml would roll it over silently)', async () => {
    const message = await mutate(
      september,
      (t) => t.replace(/^publishDate: .*$/m, 'publishDate: 2023-13-45'),
      'schema',
      (t) => lineOf(t, 'publishDate:'),
    );
    expect(message).toMatch(/^Publish Date: Invalid date "2023-13-45"/);
  });

  it('a quoted impossible date is an invalid date too', async () => {
    const message = await mutate(
      september,
      (t) => t.replace(/^publishDate: .*$/m, 'publishDate: "2023-13-45"'),
      'schema',
      (t) => lineOf(t, 'publishDate:'),
    );
    expect(message).toMatch(/^Publish Date: Invalid date/);
  });

  it('a broken YAML line is a yaml-syntax error at that line', async () => {
    await mutate(september, (t) => t.replace('category: "Updates"', 'category: "Updates'), 'yaml-syntax', (t) => lineOf(t, 'category:'));
    await mutate(september, (t) => t.replace('draft: false', 'draft false'), 'yaml-syntax', (t) => lineOf(t, 'draft false'));
    await mutate(september, (t) => t.replace('author: "john-hughes"', '  author: "john-hughes"'), 'yaml-syntax', (t) => lineOf(t, 'author:'));
  });

  it('a duplicate key and an unclosed frontmatter are yaml-syntax errors', async () => {
    const message = await mutate(
      september,
      (t) => t.replace('draft: false\n', 'draft: false\ndraft: true\n'),
      'yaml-syntax',
      (t) => lineOf(t, 'draft: true'),
    );
    expect(message).toContain('Duplicate field "draft"');
    await mutate(september, (t) => t.replace(/\n---\n/, '\n\n'), 'yaml-syntax', () => 1);
  });

  it('draft: "yes" is a schema error on the draft line, in words', async () => {
    const message = await mutate(september, (t) => t.replace('draft: false', 'draft: "yes"'), 'schema', (t) => lineOf(t, 'draft:'));
    expect(message).toBe('Draft: expected true or false, got text "yes"');
  });

  it('an unknown author is a reference error on the author line', async () => {
    const message = await mutate(september, (t) => t.replace('"john-hughes"', '"jane-doe"'), 'reference', (t) => lineOf(t, 'author:'));
    expect(message).toBe('Author: "jane-doe" is not an entry of authors');
  });

  it('a category outside the CMS options is a warning, with the right spelling when only the case differs', async () => {
    const file = september;
    const original = read(root, file);
    const diagnostics = site.validateFile(file, original.replace('category: "Updates"', 'category: "updates"'));
    expect(byRule(diagnostics, 'option')).toMatchObject([
      { line: lineOf(original, 'category:'), severity: 'warning', message: 'Category: "updates" should be written "Updates" (as in the CMS options)' },
    ]);
    const missing = site.validateFile(file, original.replace(/^excerpt: .*\n/m, ''));
    expect(byRule(missing, 'cms-required')).toMatchObject([{ severity: 'warning', message: 'Excerpt: required in the CMS, but missing' }]);
  });

  it('a link to a renamed post becomes broken, and renaming it back clears it', async () => {
    const target = `${POST}/2023-09-12-mirror-package-checksum-changes.md`;
    const renamed = `${POST}/2023-09-12-mirror-checksums.md`;
    const text = read(root, september);
    expect(byRule(site.validateFile(september), 'link-broken')).toHaveLength(2);
    renameSync(path.join(root, target), path.join(root, renamed));
    await site.refreshFile(target);
    await site.refreshFile(renamed);
    const broken = byRule(site.validateFile(september), 'link-broken');
    expect(broken).toHaveLength(3);
    const moved = broken.find((d) => d.message.includes('2023-09-12-mirror-package-checksum-changes'));
    expect(moved?.line).toBe(lineOf(text, '/updates/2023-09-12-mirror-package-checksum-changes'));
    expect(site.entry(renamed)?.url).toBe('/updates/2023-09-12-mirror-checksums');
    renameSync(path.join(root, renamed), path.join(root, target));
    await site.refreshFile(renamed);
    await site.refreshFile(target);
    expect(byRule(site.validateFile(september), 'link-broken')).toHaveLength(2);
  });

  it('a post moved to another category breaks links to it until moved back', async () => {
    const target = `${POST}/2023-09-12-mirror-package-checksum-changes.md`;
    const original = read(root, target);
    write(root, target, original.replace(/^category: .*$/m, 'category: "Technical"'));
    await site.refreshFile(target);
    expect(byRule(site.validateFile(september), 'link-broken').some((d) => d.message.includes('/technical/2023-09-12'))).toBe(true);
    write(root, target, original);
    await site.refreshFile(target);
    expect(byRule(site.validateFile(september), 'link-broken')).toHaveLength(2);
  });

  it('a page added under src/pages makes links to it work, and removing it breaks them again', async () => {
    const file = `${POST}/2023-03-16-new-mage-os-website.md`;
    const broken = (): number => byRule(site.validateFile(file), 'link-broken').filter((d) => d.message.includes('/community/events/')).length;
    expect(broken()).toBe(1);
    write(root, 'src/pages/community/events.astro', '');
    await site.refreshFile('src/pages/community/events.astro');
    expect(broken()).toBe(0);
    rmSync(path.join(root, 'src/pages/community/events.astro'));
    await site.refreshFile('src/pages/community/events.astro');
    expect(broken()).toBe(1);
  });

  it('an image that appears on disk stops being reported after refreshFile', async () => {
    const file = `${POST}/2024-04-12-mage-os-march-2024-recap.md`;
    const before = byRule(site.validateFile(file), 'image-missing');
    const image = /image not found: ~\/(\S+)/.exec(before[0]?.message ?? '')?.[1];
    expect(image).toBeTruthy();
    write(root, `src/${image}`, 'not really an image');
    await site.refreshFile(`src/${image}`);
    expect(byRule(site.validateFile(file), 'image-missing')).toHaveLength(before.length - 1);
  });
});

describe('the seed posts placed into the site', () => {
  const seeds = {
    september: { file: september, seed: '000_3c435356bb60ac80.txt' },
    collaboration: { file: `${POST}/2023-11-30-magento-association-mage-os-collaboration.md`, seed: '003_76318ab40b08182c.txt' },
  };

  it('reports the author display name, the mis-decoded text and the entity title', async () => {
    const { file, seed } = seeds.collaboration;
    const text = read(SEEDS_DIR, seed);
    write(root, file, text);
    await site.refreshFile(file);
    const diagnostics = site.validateFile(file);
    expect(byRule(diagnostics, 'reference')).toMatchObject([
      {
        line: lineOf(text, 'author:'),
        severity: 'error',
        field: 'author',
        message: 'Author: "Mage-OS Team" is a display name; write "mage-os-team" (the authors entry\'s slug)',
      },
    ]);
    expect(byRule(diagnostics, 'mojibake')).toMatchObject([
      { line: lineOf(text, 'And Moreâ€¦'), message: 'Mis-decoded text "â€¦" (probably "…")' },
    ]);
    expect(byRule(diagnostics, 'html-entity')).toMatchObject([{ line: lineOf(text, 'title:'), field: 'title' }]);
  });

  it('reports the stale category link of the September seed', async () => {
    const { file, seed } = seeds.september;
    const text = read(SEEDS_DIR, seed);
    write(root, file, text);
    await site.refreshFile(file);
    const broken = byRule(site.validateFile(file), 'link-broken');
    expect(broken[0]).toMatchObject({ line: lineOf(text, '/updates/2023-09-15-hackathon-mage-os-magic-in-action') });
  });
});
