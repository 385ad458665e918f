import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, EditorPage } from '../support/app-page';
import { TOKEN_HEADER } from '../../../src/renderer/client/post-call';
import { copyFixture, initRepository, startWebHost, type RunningHost } from '../support/web-host';
import { describeState, POSTS, readPost, samePost, type Fields, type PostKey, type PostState, type WriterModel } from './writer-model';

/**
 * One browser host for many command sequences: each sequence gets its own git clone of a
 * prepared copy of the site (a folder of its own, so nothing of one sequence, not even a
 * draft sent as its page went away, reaches the next), opened as a writer opens a folder.
 */
export class RealAppHost {
  /** The clone the host opened when it started, until a sequence takes it. */
  private unused: string | null;

  private constructor(
    private readonly template: string,
    readonly host: RunningHost,
    private readonly clones: string[],
  ) {
    this.unused = clones[0] ?? null;
  }

  static async start(): Promise<RealAppHost> {
    const template = copyFixture();
    initRepository(template);
    const first = cloneOf(template);
    return new RealAppHost(template, await startWebHost(first), [first]);
  }

  /** A fresh clone opened in the host and in the page, for one sequence. */
  async next(page: Page): Promise<RealApp> {
    // The host opened the first clone when it started; later ones are opened as another folder.
    const site = this.unused ?? (await this.openClone());
    this.unused = null;
    const real = new RealApp(page, site, this.host);
    await real.app.open(this.host.url);
    return real;
  }

  private async openClone(): Promise<string> {
    const site = cloneOf(this.template);
    this.clones.push(site);
    const response = await fetch(`${this.host.origin}/api/call/site.open`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: this.host.token },
      body: JSON.stringify({ path: site }),
    });
    const result = (await response.json()) as { ok: boolean; error?: { message: string } };
    if (!result.ok) throw new Error(`The host could not open ${site}: ${result.error?.message}`);
    return site;
  }

  async stop(): Promise<void> {
    await this.host.stop();
    for (const dir of [this.template, ...this.clones]) rmSync(dir, { recursive: true, force: true });
  }
}

function cloneOf(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'postdesk-model-site-'));
  execFileSync('git', ['clone', '-q', '--local', template, dir], { stdio: 'ignore' });
  return dir;
}

/** The app under test for one command sequence, as the writer sees it. */
export class RealApp {
  readonly app: AppPage;
  readonly editor: EditorPage;

  constructor(
    readonly page: Page,
    readonly site: string,
    readonly host: RunningHost,
  ) {
    this.app = new AppPage(page);
    this.editor = new EditorPage(page);
  }

  /** Leaves the page (beforeunload asks about unsaved posts: the test's dialog handler confirms). */
  async dispose(): Promise<void> {
    await this.page.goto('about:blank').catch(() => undefined);
  }

  // Finding things the way a writer does

  get openTabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Open posts' }).getByRole('tab');
  }

  tab(key: PostKey): Locator {
    return this.page.locator(`[role="tab"][title="${POSTS[key].file}"]`);
  }

  closeButton(key: PostKey): Locator {
    return this.page.locator('.pd-tab', { has: this.tab(key) }).getByRole('button', { name: /^Close / });
  }

  async openFromList(key: PostKey): Promise<void> {
    await this.page.getByRole('searchbox', { name: /Search posts/ }).fill(POSTS[key].slug);
    await this.app.postList.getByTitle(POSTS[key].file).click();
    await expect(this.tab(key)).toHaveAttribute('aria-selected', 'true');
  }

  field(name: 'title' | 'excerpt'): Locator {
    return this.editor.form.getByRole('textbox', { name: name === 'title' ? 'Title (required)' : /^Excerpt/ });
  }

  get category(): Locator {
    return this.editor.form.getByRole('combobox', { name: /^Category/ });
  }

  get draft(): Locator {
    return this.editor.form.getByRole('checkbox', { name: /^Draft/ });
  }

  get tagInput(): Locator {
    // A text box, or a combo box when the site has tags to suggest.
    return this.editor.form.getByLabel('Tags', { exact: true });
  }

  get publishDate(): Locator {
    return this.editor.form.getByLabel(/^Publish Date/);
  }

  // What the app shows

  async shownFields(): Promise<Fields> {
    const chips = this.editor.form.getByRole('list', { name: /^Tags:/ }).locator('.pd-form-chip-text');
    return {
      title: await this.field('title').inputValue(),
      excerpt: await this.field('excerpt').inputValue(),
      category: await this.category.inputValue(),
      draft: await this.draft.isChecked(),
      tags: await chips.allTextContents(),
      // The form shows local time: the page reads it as the instant it means.
      publishDate: await this.publishDate.evaluate((input) => new Date((input as HTMLInputElement).value).getTime()),
    };
  }

  async shown(): Promise<PostState> {
    return { body: await this.editor.editorText(), fields: await this.shownFields() };
  }

  /** The active tab shows what the writer did. */
  async expectShows(model: WriterModel): Promise<void> {
    if (!model.active) {
      await expect(this.openTabs).toHaveCount(0);
      return;
    }
    await expect(this.tab(model.active)).toHaveAttribute('aria-selected', 'true');
    const expected = model.tabs.get(model.active)!;
    await expect
      .poll(async () => describeState(await this.shown()), { message: `the ${model.active} tab shows what the writer did` })
      .toBe(describeState(expected));
  }

  /** After a save: the file holds exactly what the app shows, and both are what the writer did. */
  async expectSaved(key: PostKey, expected: PostState): Promise<void> {
    await expect.poll(() => describeState(readPost(this.site, key)), { message: `${POSTS[key].file} holds what the writer saved` }).toBe(describeState(expected));
    await expect(this.editor.saveState).toHaveText('Saved');
    const disk = readPost(this.site, key);
    const shown = await this.shown();
    expect(shown.body, 'the file body is the editor text, byte for byte').toBe(disk.body);
    expect(samePost(shown, disk), 'the file fields are the form fields').toBe(true);
  }

  async expectFile(key: PostKey, expected: PostState): Promise<void> {
    await expect.poll(() => describeState(readPost(this.site, key)), { message: `${POSTS[key].file} is unchanged` }).toBe(describeState(expected));
  }
}
