import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { repoRoot } from '../../src/test-support/shared-fixtures';
import { expect, test } from './support/fixtures';

/**
 * axe-core on the main views, in the light and the dark theme: the main window with a post
 * open (form, editor, preview, Problems), the Changes panel with a diff and the commit gate,
 * and the dialogs (unsaved changes, new post, quick open, settings, About). Each check lists
 * what axe found, so a failure says which rule, where. An audit of a whole window takes
 * seconds on a busy machine, so these tests have the slow budget (test.slow()).
 */
const TITLE = 'Mage-OS 2.1 is out now';
const VERSION = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.use({ withGit: true });

/** Audits in the light theme, then in the dark one (as the system's setting chooses it). */
async function bothThemes(page: Page, include?: string): Promise<Record<'light' | 'dark', string[]>> {
  const found = { light: [] as string[], dark: [] as string[] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    found[scheme] = await violations(page, include);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

const NONE = { light: [], dark: [] };

test('the main window with a post open has no axe violations, light or dark', async ({ page, openPost }) => {
  test.slow();
  const editor = await openPost(TITLE);
  await expect(editor.preview.locator('#pd-body')).toBeVisible();
  await expect(editor.problems).toBeVisible();
  expect(await bothThemes(page)).toEqual(NONE);
});

test('the Changes panel with a diff and the commit gate has no axe violations, light or dark', async ({ page, openPost }) => {
  test.slow();
  const editor = await openPost(TITLE);
  await editor.typeAtEnd('\nA new closing line.');
  await editor.save();
  await page.getByRole('tab', { name: 'Changes' }).click();
  const changes = page.getByRole('region', { name: 'Changes' });
  await changes.getByRole('list', { name: 'Changed files' }).getByRole('button', { name: /Mage-OS 2.1 is out now/ }).click();
  await expect(changes.getByRole('group', { name: /Changes in / })).toContainText('A new closing line.');
  await changes.getByRole('button', { name: 'Commit 1 file' }).click();
  await expect(changes.getByRole('button', { name: 'Commit anyway' })).toBeVisible();
  expect(await bothThemes(page, '.pd-bottom')).toEqual(NONE);
});

test('the unsaved-changes question has no axe violations, light or dark', async ({ page, openPost }) => {
  test.slow();
  const editor = await openPost(TITLE);
  await editor.typeAtEnd(' Unsaved words.');
  await editor.closeTab(TITLE).click();
  await expect(editor.unsavedDialog).toBeVisible();
  expect(await bothThemes(page, 'dialog[open]')).toEqual(NONE);
  await editor.unsavedDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.unsavedDialog).toBeHidden();
});

test('the new post, quick open, settings and About dialogs have no axe violations, light or dark', async ({ page, app, host }) => {
  test.slow();
  await app.open(host.url);
  for (const [open, name, selector] of [
    [() => page.getByRole('button', { name: 'New post', exact: true }).click(), 'New post', 'dialog[open]'],
    [() => page.keyboard.press('ControlOrMeta+p'), 'Quick open a post', '[role="dialog"]'],
    [() => page.getByRole('button', { name: 'Settings', exact: true }).click(), 'Settings', 'dialog[open]'],
    [() => page.getByRole('button', { name: 'Help', exact: true }).click(), 'About Postdesk', 'dialog[open]'],
  ] as const) {
    await open();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    expect(await bothThemes(page, selector), name).toEqual(NONE);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('Help (F1, or the toolbar button) opens About with the version and every command key', async ({ page, app, host }) => {
  await app.open(host.url);
  await page.keyboard.press('F1');
  const about = page.getByRole('dialog', { name: 'About Postdesk' });
  await expect(about).toBeVisible();
  await expect(about.getByTestId('app-version')).toHaveText(VERSION);
  const shortcuts = about.getByRole('table', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Save Ctrl\+S|Save ⌘S/ })).toBeVisible();
  await expect(shortcuts.getByRole('row', { name: /Postdesk Help F1/ })).toBeVisible();
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(about).toBeVisible();
});
