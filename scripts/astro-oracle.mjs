// Asks a real Astro 5 what it makes of a site: `astro sync` (the content layer's entries and ids)
// and `astro build` (the pages it serves). Run by the integration tests in a child process so that
// Astro's Vite stays out of the test runner's. Usage: node scripts/astro-oracle.mjs <site> <work>
// Prints JSON: { entries: {collection: {id: filePath}}, pages: ["/blog/x/", ...], files: ["/hero.png", ...] }
// (pages: the HTML pages the build wrote; files: everything else it serves, public/ included).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, sync } from 'astro';
import * as devalue from 'devalue';

const [root, work] = process.argv.slice(2).map((p) => path.resolve(p));
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
await build(inline);
const pages = [];
const files = [];
const walk = (dir, prefix) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
    else if (e.name === 'index.html') pages.push(prefix);
    else if (e.name.endsWith('.html')) pages.push(`${prefix}${e.name.slice(0, -5)}`);
    else files.push(`${prefix}${e.name}`);
  }
};
walk(inline.outDir, '/');
process.stdout.write(JSON.stringify({ entries, pages: pages.sort(), files: files.sort() }));
