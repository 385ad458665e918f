#!/usr/bin/env node
// `npm start`: build and open the desktop app; explain clearly when Electron cannot run here.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, tryDownloadElectron } from './electron-binary.js';

if (!findElectronBinary()) {
  console.log('Postdesk: the Electron runtime is not installed yet; downloading it once…');
  const download = tryDownloadElectron();
  if (!download.ok) {
    console.error(
      [
        '',
        'Postdesk cannot start as a desktop app: the Electron runtime could not be downloaded',
        `(${download.reason}).`,
        '',
        'Use the browser mode instead, which runs the same app in your browser:',
        '  npm run serve -- /path/to/your/site',
        '',
        'Or retry the download later, with network access:  node node_modules/electron/install.js',
      ].join('\n'),
    );
    process.exit(1);
  }
}

// The package's bin is not always marked executable after install: run it through node.
const args = [fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)), 'preview'];
// Chromium refuses to start as root without this; a desktop user is never root.
if (process.getuid?.() === 0) args.push('--noSandbox');
const result = spawnSync(process.execPath, [...args, '--', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
