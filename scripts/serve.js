#!/usr/bin/env node
// `npm run serve -- [FOLDER] [--port N]`: build the renderer when it is missing or stale, then
// start the browser host on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'out/renderer/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = ['src/renderer', 'src/api/contract', 'src/core'].map((d) => join(root, d)).filter(existsSync);
const stale = !existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
if (stale && process.env.POSTDESK_SKIP_BUILD !== '1') {
  console.log('Postdesk: building the app for the browser…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The host too runs built (out/web-host): it starts in a fraction of the time tsx needs.
const hostBuilt = join(root, 'out/web-host/main.js');
const hostSources = ['src/web-host', 'src/api', 'src/core', 'src/shared'].map((d) => join(root, d)).filter(existsSync);
const hostStale = !existsSync(hostBuilt) || Math.max(...hostSources.map(newestMtime)) > statSync(hostBuilt).mtimeMs;
if (hostStale && process.env.POSTDESK_SKIP_BUILD !== '1') {
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'scripts/build-web-host.ts')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const host = spawnSync(process.execPath, [hostBuilt, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(host.status ?? 1);
