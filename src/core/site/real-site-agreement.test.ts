import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askAstro, askAstroDev, type AstroVerdicts } from '../../test-support/astro-oracle';
import { copyFixtureTree, SITE_REPO_FIXTURE } from '../../test-support/shared-fixtures';
import type { Diagnostic } from '../../shared/diagnostics';
import { loadSite } from './load-site';
import type { SiteModel } from './site-model';

/**
 * The reference site's whole repository (AstroWind, ../shared/fixtures/mage-os-org-site) with its
 * own dependencies and its own Astro: every internal link in its entries is judged by Postdesk as
 * the site's `astro dev` answers it, and every entry id is the one its content layer gives.
 * The site cannot be built offline (five pages fetch data from GitHub at render time and the
 * build stops there); its dev server answers those with an error and every other path exactly.
 *
 * Slow (the site's `npm ci`, then its dev server): run with `npm run test:real-site`.
 */
const enabled = process.env.POSTDESK_REAL_SITE === '1';
const SITE_HOST = /^https?:\/\/(?:www\.)?mage-os\.org(?=\/|$)/i;

interface LinkUse {
  file: string;
  line: number;
  url: string;
  pathname: string;
}

/** The site's dependencies, installed once per lockfile in the temp folder and shared by runs. */
function installedModules(): string {
  const lock = readFileSync(path.join(SITE_REPO_FIXTURE, 'package-lock.json'));
  const deps = path.join(tmpdir(), `postdesk-real-site-deps-${createHash('sha256').update(lock).digest('hex').slice(0, 12)}`);
  if (!existsSync(path.join(deps, 'node_modules/astro/package.json'))) {
    mkdirSync(deps, { recursive: true });
    for (const name of ['package.json', 'package-lock.json']) cpSync(path.join(SITE_REPO_FIXTURE, name), path.join(deps, name));
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: deps, stdio: 'ignore', timeout: 900_000 });
  }
  return path.join(deps, 'node_modules');
}

/** Internal links of the entries' bodies, found with plain patterns (not with Postdesk's scanner). */
function internalLinks(root: string, files: string[]): LinkUse[] {
  const out: LinkUse[] = [];
  for (const file of files) {
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const found = [...text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)/g), ...text.matchAll(/\bhref="([^"]+)"/g)];
        for (const match of found) {
          const url = match[1] ?? '';
          const local = url.replace(SITE_HOST, '') || '/';
          if (!local.startsWith('/') || local.startsWith('//') || (local === url && !url.startsWith('/'))) continue;
          // The site is built as folders of index.html (served with or without the slash by a
          // static host), while its dev server keeps AstroWind's trailingSlash: 'never' strictly.
          const pathname = local.replace(/[?#].*$/, '').replace(/(?<=.)\/+$/, '') || '/';
          out.push({ file, line: index + 1, url, pathname });
        }
      });
  }
  return out;
}

function postdeskVerdict(all: Diagnostic[], link: LinkUse): 'ok' | 'broken' | 'redirected' {
  const at = all.filter((d) => d.file === link.file && d.line === link.line && d.message.includes(link.url));
  if (at.some((d) => d.rule === 'link-broken')) return 'broken';
  if (at.some((d) => d.rule === 'link-redirected')) return 'redirected';
  return 'ok';
}

describe.skipIf(!enabled)('the real AstroWind site, judged by its own Astro', () => {
  let root: string;
  let model: SiteModel;
  let all: Diagnostic[];
  let links: LinkUse[];
  let answers: Record<string, number>;
  let content: AstroVerdicts;
  const temp = mkdtempSync(path.join(tmpdir(), 'postdesk-real-site-'));

  beforeAll(async () => {
    root = path.join(temp, 'site');
    copyFixtureTree(SITE_REPO_FIXTURE, root, { filter: (from) => !from.includes(`${path.sep}node_modules`) });
    symlinkSync(installedModules(), path.join(root, 'node_modules'), 'dir');
    model = await loadSite(root);
    all = model.validateAll();
    links = internalLinks(root, model.entries().map((e) => e.file));
    content = await askAstro(root, { syncOnly: true });
    answers = await askAstroDev(root, [...new Set(links.map((l) => l.pathname))]);
  }, 1_800_000);

  afterAll(() => {
    model?.dispose();
    rmSync(temp, { recursive: true, force: true });
  });

  it('gives every entry the id Astro content layer gives it', () => {
    for (const collection of model.info.collections) {
      const ours = Object.fromEntries(model.entries().filter((e) => e.collection === collection.name).map((e) => [e.slug, e.file]));
      expect(ours, collection.name).toEqual(content.entries[collection.name]);
    }
  });

  it('judges every internal link as the site serves it: fine where it answers, broken or redirect-only where it 404s', () => {
    expect(links.length).toBeGreaterThan(150);
    const judged = links.map((link) => ({ ...link, postdesk: postdeskVerdict(all, link), status: answers[link.pathname] }));
    // A query on the home page is an old WordPress address (`/?cat_ID=40`): the server answers the
    // home page, but not the category the writer linked to. Postdesk reports it, on purpose.
    const wordpress = judged.filter((link) => /^\/\?(?:cat_ID|p|page_id)=/.test(link.url.replace(SITE_HOST, '')));
    expect(wordpress.map((l) => l.postdesk)).toEqual(wordpress.map(() => 'broken'));
    const disagreements = judged.filter((link) => !wordpress.includes(link) && (link.postdesk === 'ok') !== (link.status !== 404));
    expect(disagreements).toEqual([]);
    const counts = { links: links.length, ok: 0, broken: 0, redirected: 0 };
    for (const link of links) counts[postdeskVerdict(all, link)]++;
    console.info(`real site: ${JSON.stringify(counts)}`);
  });
});
