import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage, EditorPage } from './support/app-page';
import { expect, test } from './support/fixtures';
import { startWebHost } from './support/web-host';

const POST = 'src/data/post/2023-09-30-september-2023-update.md';

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

test('changing the title in the form and saving changes exactly one line of the file', async ({ site, openPost }) => {
  const before = readFileSync(join(site, POST), 'utf8');
  const editor = await openPost('September 2023 Update');
  const title = editor.field('Title (required)');
  await title.fill('September 2023 Update: Hackathon & Releases');
  await title.press('Tab');
  await expect(editor.saveState).toHaveText('Unsaved changes');
  await editor.save();
  const after = readFileSync(join(site, POST), 'utf8');
  expect(changedLines(before, after)).toEqual(['title: "September 2023 Update: Hackathon & Releases"']);
});

test('a broken link typed in the editor shows in Problems and goes away when removed', async ({ page, openPost }) => {
  const editor = await openPost('September 2023 Update');
  const problem = editor.problems.getByRole('button', { name: /does-not-exist/ });
  await expect(problem).toHaveCount(0);
  await editor.typeAtEnd('\nSee [this](/updates/does-not-exist).');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('link-broken');
  for (let i = 0; i < '\nSee [this](/updates/does-not-exist).'.length; i++) await page.keyboard.press('Backspace');
  await expect(problem).toHaveCount(0);
});

test('link completion: "](" offers the site\'s posts by title and inserts the address the site serves, which validates; Ctrl+Z takes it back', async ({ page, site, openPost }) => {
  const editor = await openPost('September 2023 Update');
  // A broken link beside it shows that validation has run when the new one is judged.
  await editor.typeAtEnd('\nNot [this](/updates/not-a-post), but as we said in [January](');
  const options = page.locator('.cm-tooltip-autocomplete [role="option"]');
  await expect(options.first()).toBeVisible();
  await page.keyboard.type('update january 2022');
  const option = options.filter({ hasText: 'Mage-OS update January 2022' });
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('2022-02-02');
  // Clicked: Enter within CodeMirror's interaction delay after the list changes is ignored on purpose.
  await option.click();
  await expect(options).toHaveCount(0);
  const text = await editor.editorText();
  const inserted = /as we said in \[January\]\((\/[^)\s]+)\)/.exec(text)?.[1];
  expect(inserted).toBeTruthy();
  await editor.save();
  expect(readFileSync(join(site, POST), 'utf8')).toContain(`[January](${inserted})`);
  // The address is one the site serves: nothing about it in Problems.
  await expect(editor.problems.getByRole('button', { name: /not-a-post/ })).toBeVisible();
  await expect(editor.problems.getByRole('button', { name: /link-/ }).filter({ hasText: inserted! })).toHaveCount(0);
  // One Ctrl+Z takes back the picked address, and only it.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => editor.editorText()).not.toContain(inserted!);
  expect(await editor.editorText()).toContain('but as we said in [January](');

  // Ctrl/Cmd+K on selected words opens the same picker where the address goes.
  await editor.typeAtEnd('\nLast year');
  for (let i = 0; i < 'year'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(options.first()).toBeVisible();
  await page.keyboard.type('week 7 of 2022');
  await options.filter({ hasText: 'Week 7 of 2022' }).click();
  await expect.poll(() => editor.editorText()).toMatch(/Last \[year\]\(\/[^)\s]*week-7-of-2022[^)\s]*\)/);
});

test('pasting an image copies it into the media folder and inserts a valid path', async ({ page, site, openPost }) => {
  const editor = await openPost('September 2023 Update');
  await editor.editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  const png = readFileSync(join(site, 'src/assets/images/blog/2023/logoweb450x450.png')).toString('base64');
  await editor.editor.evaluate((element, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'Team Photo.png', { type: 'image/png' }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, png);
  await expect(editor.editor).toContainText('](~/assets/images/blog/');
  const inserted = (await editor.editor.textContent()) ?? '';
  const ref = /\]\((~\/assets\/images\/blog\/\d{4}\/team-photo[^)]*\.png)\)/.exec(inserted)?.[1];
  expect(ref).toBeTruthy();
  expect(existsSync(join(site, 'src', ref!.slice(2)))).toBe(true);
  await editor.save();
  await expect(editor.problems.getByRole('button', { name: /team-photo/ })).toHaveCount(0);
});

test('"New monthly update" creates a valid draft with last month\'s outline', async ({ page, app, host, site }) => {
  await app.open(host.url);
  await page.getByRole('button', { name: 'New monthly update' }).click();
  const editor = new EditorPage(page);
  await expect(editor.editor).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /last month's outline/ })).toBeVisible();
  const file = /Created (\S+\.md)/.exec((await page.getByRole('status').filter({ hasText: 'Created' }).textContent()) ?? '')?.[1];
  expect(file).toBeTruthy();
  const text = readFileSync(join(site, file!), 'utf8');
  expect(text).toMatch(/^draft: true$/m);
  expect(text).toMatch(/^title: .*Update/m);
  expect(text.match(/^#{2,3} /gm)?.length).toBeGreaterThan(2);
  await expect(editor.problems).toContainText('0 errors');
});

test('the form works by keyboard alone', async ({ page, site, openPost }) => {
  const editor = await openPost('September 2023 Update');
  const before = readFileSync(join(site, POST), 'utf8');
  await editor.field('Title (required)').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard title');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
  // Tab on through the whole form and back: every control is reachable and nothing traps focus.
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest('[aria-label="Frontmatter"]')) return null;
      const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      return label ?? el.tagName;
    });
    if (name === null) break;
    seen.add(name);
    await page.keyboard.press('Tab');
  }
  expect(seen.size).toBeGreaterThan(5);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(editor.saveState).toHaveText('Saved');
  expect(changedLines(before, readFileSync(join(site, POST), 'utf8'))).toEqual(['title: "Keyboard title"']);
});

test('screenshots of the main window in light and dark mode', async ({ page, app, openPost }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openPost('September 2023 Update');
  await page.getByRole('searchbox', { name: /Search posts/ }).fill('');
  await app.expectPostCount(97);
  await expect(new EditorPage(page).preview.getByRole('heading', { name: 'Product', exact: true })).toBeVisible();
  await testInfo.attach('main window, light', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html[data-theme="dark"]')).toBeAttached();
  await expect(new EditorPage(page).preview.locator('html.dark, body.dark, [data-theme="dark"]').first()).toBeAttached();
  await testInfo.attach('main window, dark', { body: await page.screenshot(), contentType: 'image/png' });
});

test('after a crash, unsaved text comes back with a "restored" notice', async ({ page, site, host, openPost }) => {
  const editor = await openPost('September 2023 Update');
  await editor.typeAtEnd('\nA sentence typed just before the crash.');
  const journal = join(host.dataDir, 'journal');
  const journaled = () =>
    existsSync(journal) &&
    readdirSync(journal, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.json'))
      .some((name) => readFileSync(join(journal, name), 'utf8').includes('typed just before the crash'));
  await expect.poll(journaled).toBe(true);
  await host.kill();
  const restarted = await startWebHost(site, { dataDir: host.dataDir });
  const app = new AppPage(page);
  await app.open(restarted.url);
  await expect(page.getByRole('status').filter({ hasText: 'Restored unsaved changes' })).toBeVisible();
  const restored = new EditorPage(page);
  await expect(restored.saveState).toHaveText('Restored, not saved');
  // The editor draws only what is on screen: go to the end, where the text was typed.
  await restored.editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await expect(restored.editor).toContainText('A sentence typed just before the crash.');
  expect(readFileSync(join(site, POST), 'utf8')).not.toContain('typed just before the crash');
  await restarted.stop();
});

test('a change made on disk by another program reloads a clean post and never overwrites unsaved text', async ({ page, site, openPost }) => {
  const editor = await openPost('September 2023 Update');
  const path = join(site, POST);
  const original = readFileSync(path, 'utf8');
  // Clean buffer: the new text simply appears.
  writeFileSync(path, original.replace('## Product', '## Product news'));
  await expect(editor.editor).toContainText('## Product news');
  await expect(editor.saveState).not.toHaveText('Unsaved changes');

  // Unsaved text: the writer is asked, and the file on disk is left as the other program wrote it.
  await editor.editor.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('Mine: ');
  writeFileSync(path, original.replace('## Product', '## Theirs'));
  const banner = page.getByRole('alertdialog', { name: 'File changed on disk' });
  await expect(banner).toBeVisible();
  await expect(editor.editor).toContainText('Mine: ');
  await banner.getByRole('button', { name: 'Compare' }).click();
  await expect(banner.getByRole('group', { name: /Differences/ })).toContainText('Theirs');
  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(editor.saveState).toHaveText('Saved');
  expect(readFileSync(path, 'utf8')).toMatch(/Mine: \n## Product news/);
});

test('the whole site\'s problems are listed a hundred at a time, the rest on request', async ({ openPost }) => {
  const editor = await openPost('September 2023 Update');
  await editor.problems.getByRole('button', { name: 'Whole site' }).click();
  const listed = editor.problems.locator('.pd-problem');
  await expect(listed).toHaveCount(100);
  const more = editor.problems.getByRole('button', { name: /^Show 100 more of \d+ not shown$/ });
  const hidden = Number(/of (\d+)/.exec((await more.textContent()) ?? '')?.[1]);
  expect(hidden).toBeGreaterThan(100);
  await more.click();
  await expect(listed).toHaveCount(200);
  await expect(editor.problems.getByRole('button', { name: `Show ${Math.min(100, hidden - 100)} more of ${hidden - 100} not shown` })).toBeVisible();
});

test('the cursor stays solid while typing and blinks once typing pauses', async ({ page, openPost }) => {
  const editor = await openPost('September 2023 Update');
  const cursorAnimation = () => page.locator('.cm-cursorLayer').evaluate((layer) => getComputedStyle(layer).animationName);
  const started: string[] = [];
  await page.exposeFunction('__animationStarted', (name: string) => void started.push(name));
  await page.evaluate(() => document.addEventListener('animationstart', (e) => (window as unknown as { __animationStarted(n: string): void }).__animationStarted(e.animationName), true));
  await editor.typeAtEnd('\nA sentence typed without a pause.');
  // Typing restarts no animation: the cursor is drawn solid and nothing animates per key.
  expect(await cursorAnimation()).toBe('none');
  expect(started).toEqual([]);
  await expect.poll(cursorAnimation).not.toBe('none');
  await page.keyboard.type(' More.');
  expect(await cursorAnimation()).toBe('none');
});
