import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { AppPage, EditorPage } from './app-page';
import { copyFixture, startWebHost, type RunningHost } from './web-host';

interface SiteFixtures {
  /** A temp copy of the reference site, removed after the test. */
  site: string;
  /** The browser host serving `site`, with its own profile folder. */
  host: RunningHost;
  app: AppPage;
  /** Opens the app, finds a post by title and opens it. */
  openPost(title: string): Promise<EditorPage>;
}

/** Makes the copy a git repository with one commit, as a writer's checkout would be. */
function initRepository(site: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: site, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test Writer');
  git('config', 'user.email', 'writer@example.com');
  git('add', '-A');
  git('commit', '-qm', 'Initial content');
}

export const test = base.extend<SiteFixtures & { withGit: boolean }>({
  withGit: [false, { option: true }],
  site: async ({ withGit }, use) => {
    const site = copyFixture();
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
