import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { AppPage, EditorPage } from './app-page';
import { copyFixture, initRepository, startWebHost, type RunningHost } from './web-host';

interface SiteFixtures {
  /** A temp copy of the reference site, removed after the test. */
  site: string;
  /** The browser host serving `site`, with its own profile folder. */
  host: RunningHost;
  app: AppPage;
  /** Opens the app, finds a post by title and opens it. */
  openPost(title: string): Promise<EditorPage>;
}

export const test = base.extend<SiteFixtures & { withGit: boolean; extraFiles: Record<string, string> }>({
  withGit: [false, { option: true }],
  /** Files (root-relative path → text) added to the copy before the host opens it. */
  extraFiles: [{}, { option: true }],
  site: async ({ withGit, extraFiles }, use) => {
    const site = copyFixture();
    for (const [file, text] of Object.entries(extraFiles)) writeFileSync(join(site, file), text);
    if (withGit) initRepository(site);
    await use(site);
    rmSync(site, { recursive: true, force: true });
  },
  host: async ({ site }, use) => {
    const host = await startWebHost(site);
    await use(host);
    await host.stop();
  },
  app: async ({ page }, use) => use(new AppPage(page)),
  openPost: async ({ app, host, page }, use) => {
    await use(async (title) => {
      await app.open(host.url);
      await app.openPost(title);
      const editor = new EditorPage(page);
      await editor.editor.waitFor();
      return editor;
    });
  },
});

export { expect } from '@playwright/test';
