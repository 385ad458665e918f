import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.js';
import { repoRoot } from './support/web-host';

const electronBinary = findElectronBinary();
const skipReason =
  'SKIPPED: no Electron binary on this machine (its download server is unreachable); the same renderer and core are covered through the browser host.';

test.describe('Electron desktop app', () => {
  test.skip(!electronBinary, skipReason);
  // The first test builds the app that the next one launches.
  test.describe.configure({ mode: 'serial' });

  test('the window opens on the sample site and lists its posts', async () => {
    const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    expect(build.status).toBe(0);
    const profile = mkdtempSync(join(tmpdir(), 'postdesk-electron-profile-'));
    const app = await electron.launch({
      executablePath: electronBinary ?? undefined,
      args: [repoRoot, `--user-data-dir=${profile}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
    });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('body[data-ready="true"]')).toBeAttached();
      await expect(window.getByRole('listbox', { name: 'Posts' }).getByRole('option')).toHaveCount(2);
      await expect(window.getByText('September 2023 Update')).toBeVisible();
      // Sandboxed, isolated renderer: no Node, only the named API object.
      const exposed = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as { postdesk?: object }).postdesk ?? {}).sort(),
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: ['calls', 'on'] });
    } finally {
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('closing the window with unsaved changes asks first, and Cancel keeps it open', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'postdesk-electron-profile-'));
    const app = await electron.launch({
      executablePath: electronBinary ?? undefined,
      args: [repoRoot, `--user-data-dir=${profile}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
    });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('body[data-ready="true"]')).toBeAttached();
      await window.getByText('September 2023 Update').click();
      const editor = window.getByRole('textbox', { name: 'Post body (markdown)' });
      await editor.click();
      await window.keyboard.type('Unsaved words.');
      const closeWindow = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      await closeWindow();
      const question = window.getByRole('dialog', { name: /^Save changes before closing Postdesk/ });
      await expect(question).toBeVisible();
      await question.getByRole('button', { name: 'Cancel' }).click();
      await expect(editor).toContainText('Unsaved words.');
      await closeWindow();
      const closed = app.waitForEvent('close');
      await question.getByRole('button', { name: 'Don’t save' }).click();
      await closed;
    } finally {
      app.process().kill();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

// Say it loudly in every run's output, not only in the skip annotation.
if (!electronBinary && !process.env.TEST_WORKER_INDEX) console.warn(`\n  Electron end-to-end test ${skipReason}\n`);
