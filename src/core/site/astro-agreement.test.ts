import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askAstro, copyTestSite, removeTestSites, serves, type AstroVerdicts } from '../../test-support/astro-oracle';
import type { Diagnostic } from '../../shared/diagnostics';
import { readDataCollection } from './data-collection';
import { loadSite } from './load-site';
import type { SiteModel } from './site-model';

/**
 * Postdesk's verdicts on test sites of other shapes than the reference site, against what a real
 * Astro 5 build of the same copy does: its content layer's ids and its served pages and files.
 * Links, references and images are found by this test on its own (plain patterns over the
 * fixtures, which are written for it), so a link Postdesk failed to see would still be compared.
 */
interface SiteCase {
  name: string;
  /** Frontmatter fields that hold `reference()`s, and the collection each names. */
  references: Record<string, string>;
  /** Text fields that hold root-relative image paths. */
  publicImages: string[];
}

const cases: SiteCase[] = [
  { name: 'astro-blog', references: { author: 'authors', related: 'blog', series: 'series' }, publicImages: ['heroImage'] },
  { name: 'astro-docs', references: {}, publicImages: [] },
];

interface Use {
  file: string;
  line: number;
  value: string;
}

function linesOf(root: string, file: string): string[] {
  return readFileSync(path.join(root, file), 'utf8').split('\n');
}

function internalLinks(root: string, files: string[]): Use[] {
  const out: Use[] = [];
  for (const file of files) {
    linesOf(root, file).forEach((text, index) => {
      for (const match of text.matchAll(/\]\((\/[^)\s]*)\)/g)) out.push({ file, line: index + 1, value: match[1] ?? '' });
    });
  }
  return out;
}

function frontmatterOf(root: string, file: string): Record<string, unknown> {
  const text = readFileSync(path.join(root, file), 'utf8');
  const matter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return (yaml.load(matter) ?? {}) as Record<string, unknown>;
}

function valuesOf(data: Record<string, unknown>, field: string): string[] {
  const value = data[field];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** Whether Postdesk reports this use: a link on its line, a reference or image by its quoted value. */
function reportedAt(all: Diagnostic[], rule: string, use: Use): boolean {
  const names = rule === 'link-broken' ? `broken link: ${use.value} ` : rule === 'reference' ? `"${use.value}"` : `not found: ${use.value}`;
  return all.some((d) => d.rule === rule && d.file === use.file && (use.line === 0 || d.line === use.line) && d.message.includes(names));
}

describe.each(cases)('$name: Postdesk judges as a real Astro build does', (site) => {
  let root: string;
  let astro: AstroVerdicts;
  let model: SiteModel;
  let all: Diagnostic[];
  let entryFiles: string[];

  beforeAll(async () => {
    root = copyTestSite(site.name);
    astro = await askAstro(root);
    model = await loadSite(root);
    all = model.validateAll();
    entryFiles = model.entries().map((e) => e.file);
  }, 240_000);

  afterAll(() => {
    model?.dispose();
    removeTestSites();
  });

  it('gives every entry the id and collection that Astro content layer gives it', () => {
    const ours = new Map<string, Record<string, string>>();
    for (const entry of model.entries()) ours.set(entry.collection, { ...ours.get(entry.collection), [entry.slug]: entry.file });
    for (const collection of model.info.collections) {
      const theirs = astro.entries[collection.name] ?? {};
      if (collection.folder && !Object.values(theirs).some((f) => f?.endsWith('.json') || f?.endsWith('.yaml') || f?.endsWith('.yml'))) {
        expect(ours.get(collection.name) ?? {}, collection.name).toEqual(theirs);
      }
    }
    expect(Object.keys(astro.entries).sort()).toEqual(model.info.collections.map((c) => c.name).sort());
  });

  it('reads the ids of file() collections as Astro does', () => {
    for (const [collection, items] of Object.entries(astro.entries)) {
      const dataFile = Object.values(items)[0];
      if (!dataFile || !/\.(?:json|ya?ml|toml)$/.test(dataFile)) continue;
      const read = readDataCollection(root, dataFile);
      expect(read.status, collection).toBe('read');
      expect(read.status === 'read' ? [...read.items.keys()].sort() : [], collection).toEqual(Object.keys(items).sort());
    }
  });

  it('judges every internal link in the posts as the build serves it', () => {
    const links = internalLinks(root, entryFiles);
    expect(links.length).toBeGreaterThan(5);
    const disagreements = links.filter((link) => reportedAt(all, 'link-broken', link) === serves(astro, link.value));
    expect(disagreements).toEqual([]);
    // Both verdicts occur: the fixture is not all-good or all-broken.
    expect(links.some((l) => serves(astro, l.value)) && links.some((l) => !serves(astro, l.value))).toBe(true);
  });

  it('judges every reference() as the content layer resolves it', () => {
    const uses: (Use & { collection: string })[] = [];
    for (const file of entryFiles) {
      const data = frontmatterOf(root, file);
      for (const [field, collection] of Object.entries(site.references)) {
        for (const value of valuesOf(data, field)) uses.push({ file, line: 0, value, collection });
      }
    }
    const disagreements = uses.filter((use) => reportedAt(all, 'reference', use) === use.value in (astro.entries[use.collection] ?? {}));
    expect(disagreements).toEqual([]);
    if (Object.keys(site.references).length) expect(uses.some((u) => !(u.value in (astro.entries[u.collection] ?? {})))).toBe(true);
  });

  it('judges every image path of a text field as the build serves it', () => {
    const uses: Use[] = [];
    for (const file of entryFiles) {
      const data = frontmatterOf(root, file);
      for (const field of site.publicImages) for (const value of valuesOf(data, field)) uses.push({ file, line: 0, value });
    }
    expect(uses.length).toBeGreaterThanOrEqual(site.publicImages.length);
    const disagreements = uses.filter((use) => reportedAt(all, 'image-missing', use) === serves(astro, use.value));
    expect(disagreements).toEqual([]);
  });
});
