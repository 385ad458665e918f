import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Path of the Electron executable, or null when the package or its binary is missing. */
export function findElectronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * npm does not run Electron's download script (see allowScripts in package.json): it fails
 * the whole install on machines that cannot reach the download server. Run it on demand.
 */
export function tryDownloadElectron() {
  let installScript;
  try {
    installScript = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const result = spawnSync(process.execPath, [installScript], { encoding: 'utf8', timeout: 300_000 });
  if (result.status === 0 && findElectronBinary() !== null) return { ok: true };
  // One line of why, not the downloader's stack trace.
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const reason = output.split('\n').map((line) => line.trim()).find((line) => /error/i.test(line)) ?? 'the download failed';
  return { ok: false, reason };
}
