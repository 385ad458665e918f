// Asks a site's own `astro dev` which paths it serves: starts it on loopback (a free port), sends
// one GET per path, prints JSON { "/path": status } and stops it. A build of some sites cannot run
// offline (pages that fetch data at render time fail it), while the dev server answers every other
// page and a 404 for a path no route makes. Usage: node scripts/astro-dev-oracle.mjs <site> <paths.json> <answers.json>
// (the answers go to a file: the site's own code may print to stdout).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, pathsFile, answersFile] = process.argv.slice(2).map((p) => path.resolve(p));
const paths = JSON.parse(readFileSync(pathsFile, 'utf8'));
const astroEntry = createRequire(path.join(root, 'package.json')).resolve('astro');
const { dev } = await import(pathToFileURL(astroEntry).href);

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = await dev({ root, logLevel: 'silent', server: { host: '127.0.0.1', port }, devToolbar: { enabled: false } });
const answers = {};
try {
  for (const pathname of paths) {
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { redirect: 'manual', signal: AbortSignal.timeout(120_000) });
    answers[pathname] = response.status;
    await response.arrayBuffer();
  }
} finally {
  await server.stop();
}
writeFileSync(answersFile, JSON.stringify(answers));
process.exit(0);
