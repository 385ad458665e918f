#!/usr/bin/env node
// `npm start`: build and open the desktop app; explain clearly when Electron cannot run here.
import { spawnSync } from 'node:child_process';
import { findElectronBinary, tryDownloadElectron } from './electron-binary.js';

if (!findElectronBinary()) {
  console.log('Postdesk: the Electron runtime is not installed yet; downloading it once…');
  if (!tryDownloadElectron()) {
    console.error(
      [
        '',
        'Postdesk cannot start as a desktop app: the Electron runtime could not be downloaded',
        '(this machine cannot reach Electron\'s download server, or the download failed).',
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

const args = ['electron-vite', 'preview'];
// Chromium refuses to start as root without this; a desktop user is never root.
if (process.getuid?.() === 0) args.push('--noSandbox');
const result = spawnSync('npx', [...args, '--', ...process.argv.slice(2)], { stdio: 'inherit', shell: false });
process.exit(result.status ?? 1);
