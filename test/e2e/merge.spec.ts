import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { EditorPage } from './support/app-page';
import { ChangesPage } from './support/changes-page';
import { expect, test } from './support/fixtures';
import { addRemote, commitChange, git, pushChange, type Remote } from './support/remote';

const POST = 'src/data/post/2023-10-09-introducing-the-mage-os-distribution.md';
const TITLE = 'title: "Introducing the Mage-OS Distribution"';
const MARKER = /^<{7}|^>{7}/m;

test.use({ withGit: true });
// Each test edits, commits, pulls (and merges), resolves and pushes: a long scenario.
test.slow();

let remote: Remote;
test.beforeEach(({ site }) => {
  remote = addRemote(site);
});
test.afterEach(({ host }, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(host.output());
  remote.dispose();
});

/** Puts the cursor at the end of the editor line holding `text` (a line near the top, rendered). */
async function endOfLine(page: Page, text: string) {
  await page.locator('.cm-line', { hasText: text }).first().click();
  // A wrapped line: the first End stops at the wrap point, the second at the line's end.
  await page.keyboard.press('End');
  await page.keyboard.press('End');
}

/** Puts the cursor at the end of the post's last line (the body ends with a line break). */
async function endOfLastLine(page: Page, editor: EditorPage) {
  await editor.editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('End');
}

test('the co-writer scenario: title and closing there, date and heading here, merges without a question', async ({ page, site, openPost }) => {
  pushChange(remote.coWriter, POST, (t) => t.replace(TITLE, 'title: "Mage-OS Distribution 1.0 is out"') + '\nThanks for reading, see you next month.\n', 'Co-writer: title and closing');

  const editor = await openPost('Introducing the Mage-OS Distribution');
  const date = editor.form.getByLabel(/^Publish Date/);
  await date.fill('2023-10-10T12:00');
  await date.press('Tab');
  await endOfLine(page, '## Installing Mage-OS');
  for (let i = 0; i < 'Mage-OS'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('it');
  await editor.save();

  const changes = new ChangesPage(page);
  await changes.open();
  await changes.commitAll();
  await changes.pull();
  await expect(changes.panel.getByRole('status').filter({ hasText: 'Merged by itself' })).toContainText(
    '“Mage-OS Distribution 1.0 is out” (kept your publishDate and their title; text changes from both sides)',
  );
  await expect(changes.conflicts).toHaveCount(0);

  const text = readFileSync(join(site, POST), 'utf8');
  expect(text).toMatch(/^title: "Mage-OS Distribution 1\.0 is out"\npublishDate: "?2023-10-10T/m);
  expect(text).toContain('## Installing it\n');
  expect(text).toContain('Thanks for reading, see you next month.');
  expect(text).not.toMatch(MARKER);
  expect(git(site, 'status', '--porcelain')).toBe('');
  expect(git(site, 'log', '--format=%an', '-2')).toBe('Test Writer\nCo Writer\n');
  // The editor shows what the file now holds.
  await expect(editor.field('Title (required)')).toHaveValue('Mage-OS Distribution 1.0 is out');

  await changes.push();
  await expect(changes.panel.getByRole('status').filter({ hasText: 'Pushed 1 commit' }).first()).toBeVisible();
  expect(git(remote.bare, 'show', `main:${POST}`)).toBe(text);
});

test('a same-field conflict: "theirs" for the title, "both" for the block, then committed and pushed', async ({ page, app, site, openPost }) => {
  pushChange(remote.coWriter, POST, (t) => t.replace(TITLE, 'title: "Their title"').replace("That's all for now!", "That's all for this month!"), 'Co-writer: title and signature');

  const editor = await openPost('Introducing the Mage-OS Distribution');
  const title = editor.field('Title (required)');
  await title.fill('My title');
  await title.press('Tab');
  await endOfLastLine(page, editor);
  await page.keyboard.type(' See you soon.');
  await editor.save();

  const changes = new ChangesPage(page);
  await changes.open();
  await changes.commitAll();
  await changes.pull();
  await expect(changes.conflicts).toBeVisible();
  await expect(changes.conflicts.getByRole('article', { name: `Conflict in ${POST}` })).toBeVisible();
  // The post list marks the file as conflicted.
  await page.getByRole('searchbox', { name: /Search posts/ }).fill('');
  await expect(await app.rowOf(POST)).toContainText('Conflict');

  await changes.choose('Field: title', 'Theirs');
  await changes.choose("Text: That's all for now!", 'Both');
  const result = changes.conflicts.getByLabel(`Merged result of ${POST}`);
  await expect(result).toContainText('title: "Their title"');
  await expect(result).toContainText("That's all for now! See you soon.\n\nThat's all for this month!");
  await expect(changes.conflicts.getByRole('status').filter({ hasText: 'Checked: no new errors' })).toBeVisible();
  expect(readFileSync(join(site, POST), 'utf8')).toMatch(MARKER);

  await changes.conflicts.getByRole('button', { name: 'Use this version' }).click();
  await expect(changes.conflicts.getByRole('status').filter({ hasText: 'Resolved:' })).toContainText('Continue to finish');
  await changes.conflicts.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'your commits now come after the remote’s' })).toBeVisible();
  await expect(changes.conflicts).toHaveCount(0);

  const text = readFileSync(join(site, POST), 'utf8');
  expect(text).toContain('title: "Their title"\n');
  expect(text).toContain("That's all for now! See you soon.\n\nThat's all for this month!\n");
  expect(text).not.toMatch(MARKER);
  expect(git(site, 'status', '--porcelain')).toBe('');
  expect(git(site, 'log', '--format=%s', '-2')).toMatch(/^Update post: .*\nCo-writer: title and signature\n$/);

  await changes.push();
  await expect(changes.panel.getByRole('status').filter({ hasText: 'Pushed 1 commit' }).first()).toBeVisible();
  expect(git(remote.bare, 'show', `main:${POST}`)).toBe(text);
  await expect(await app.rowOf(POST)).not.toContainText('Conflict');
});

test('a repository found mid-pull opens on the conflict view; resolve later keeps it marked, abort puts it back', async ({ page, app, host, site }) => {
  pushChange(remote.coWriter, POST, (t) => t.replace(TITLE, 'title: "Their title"'), 'Co-writer: title');
  commitChange(site, POST, (t) => t.replace(TITLE, 'title: "My title"'), 'Writer: title');
  // As if Postdesk had closed while a pull started in a terminal was stopped on the conflict.
  expect(() => git(site, 'pull', '-q', '--rebase')).toThrow();
  const head = git(site, 'rev-parse', 'ORIG_HEAD');

  await app.open(host.url);
  const changes = new ChangesPage(page);
  await expect(changes.conflicts).toBeVisible();
  await expect(changes.conflicts.getByRole('radiogroup', { name: 'Field: title' })).toBeVisible();

  await changes.conflicts.getByRole('button', { name: 'Resolve later' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'A pull is stopped halfway' });
  await expect(banner).toContainText('1 file needs your choice');
  await expect(await app.rowOf(POST)).toContainText('Conflict');
  expect(git(site, 'status', '--porcelain=v2', '--branch')).toContain(`u UU`);

  await banner.getByRole('button', { name: 'Resolve conflicts' }).click();
  await changes.conflicts.getByRole('button', { name: 'Abort' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aborted: everything is back as it was before.' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(git(site, 'rev-parse', 'HEAD')).toBe(head);
  expect(git(site, 'status', '--porcelain')).toBe('');
  expect(readFileSync(join(site, POST), 'utf8')).toContain('title: "My title"');
});
