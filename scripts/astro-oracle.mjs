// Asks a real Astro 5 what it makes of a site: `astro sync` (the content layer's entries and ids)
// and `astro build` (the pages it serves). Run by the integration tests in a child process so that
// Astro's Vite stays out of the test runner's. Usage: node scripts/astro-oracle.mjs <site> <work>
// With --sync-only, only the content layer is asked (pages: []).
// Writes <work>/verdicts.json (not stdout: the site's own code may print there): { entries: {collection: {id: filePath}}, pages: ["/blog/x/", ...], files: ["/hero.png", ...] }
// (pages: the HTML pages the build wrote; files: everything else it serves, public/ included).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';

const args = process.argv.slice(2);
const syncOnly = args.includes('--sync-only');
const [root, work] = args.filter((a) => !a.startsWith('--')).map((p) => path.resolve(p));
// The site's own Astro (a test site's node_modules links to this repository's).
const astroEntry = createRequire(path.join(root, 'package.json')).resolve('astro');
const { build, sync } = await import(pathToFileURL(astroEntry).href);
const inline = {
  root,
  cacheDir: path.join(work, 'cache'),
  outDir: path.join(work, 'dist'),
  logLevel: 'error',
  vite: { cacheDir: path.join(work, 'vite'), logLevel: 'error' },
};
await sync(inline);
const store = devalue.parse(readFileSync(path.join(work, 'cache', 'data-store.json'), 'utf8'));
const entries = {};
for (const [collection, items] of store) {
  if (collection === 'meta::meta') continue;
  entries[collection] = {};
  for (const [id, item] of items) entries[collection][id] = item.filePath ?? null;
}
const pages = [];
const files = [];
if (!syncOnly) await build(inline);
const walk = (dir, prefix) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
    else if (e.name === 'index.html') pages.push(prefix);
    else if (e.name.endsWith('.html')) pages.push(`${prefix}${e.name.slice(0, -5)}`);
    else files.push(`${prefix}${e.name}`);
  }
};
if (!syncOnly) walk(inline.outDir, '/');
writeFileSync(path.join(work, 'verdicts.json'), JSON.stringify({ entries, pages: pages.sort(), files: files.sort() }));
