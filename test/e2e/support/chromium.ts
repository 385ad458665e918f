import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (or CHROMIUM_PATH); elsewhere Playwright's own downloaded browser.
 * The switches keep Chromium from stalling on a closed network and let it run as root in CI.
 */
export function chromiumLaunchOptions() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const executablePath = candidates.find((path) => existsSync(path));
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  };
}
