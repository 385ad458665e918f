import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFixtureTree } from '../src/test-support/shared-fixtures';

const fixtureRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/mage-os-org');
const postDir = 'src/data/post';
const datePrefix = /^\d{4}-\d{2}-\d{2}-/;

function day(index: number): string {
  // One post every 7 hours from 2016 on: 10,000 posts span about eight years.
  return new Date(Date.UTC(2016, 0, 1) + index * 7 * 3600 * 1000).toISOString();
}

/**
 * A site shaped like the fixture (same config, schema, CMS config, pages, authors, events,
 * images) with `count` posts: the fixture's real posts in turn, each under a new dated
 * file name, their links among each other rewritten to the new names of the same round,
 * so links that work (and those that are broken) in the fixture stay so.
 */
export async function generateSite(dir: string, count: number, fixture: string = fixtureRoot): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFixtureTree(fixture, dir, { filter: (src) => !src.startsWith(path.join(fixture, postDir) + path.sep) });
  mkdirSync(path.join(dir, postDir), { recursive: true });
  const sources = readdirSync(path.join(fixture, postDir))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ slug: name.replace(/\.md$/, ''), text: readFileSync(path.join(fixture, postDir, name), 'utf8') }));
  const total = sources.length;
  const nameOf = (i: number): string => {
    const source = sources[i % total];
    return `${day(i).slice(0, 10)}-${source?.slug.replace(datePrefix, '')}-${Math.floor(i / total)}`;
  };
  for (let i = 0; i < count; i++) {
    const source = sources[i % total];
    if (!source) continue;
    const round = i - (i % total);
    let text = source.text.replace(/^publishDate:.*$/m, `publishDate: "${day(i)}"`);
    // Links to other posts of the fixture point at their counterparts in this round.
    text = text.replace(/\/(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)/g, (whole, slug: string) => {
      const j = sources.findIndex((s) => s.slug === slug);
      return j === -1 || round + j >= count ? whole : `/${nameOf(round + j)}`;
    });
    writeFileSync(path.join(dir, postDir, `${nameOf(i)}.md`), text);
  }
}
