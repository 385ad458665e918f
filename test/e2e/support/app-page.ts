import { expect, type Locator, type Page } from '@playwright/test';

/** The main window as a writer sees it, by roles and labels. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('body[data-ready="true"]')).toBeAttached();
  }

  /** The post list: a listbox that holds only the rows in view (plus a few), each with its place in the whole list. */
  get postList(): Locator {
    return this.page.getByRole('listbox', { name: 'Posts' });
  }

  /** The rows in the page (not every post: the list is virtual). */
  get posts(): Locator {
    return this.postList.getByRole('option');
  }

  post(title: string | RegExp): Locator {
    return this.posts.filter({ hasText: title });
  }

  /**
   * The row of a file, wherever it is in the list: the list draws only the rows in view, so
   * this pages through it with the keyboard, as a writer would, until the row is drawn.
   */
  async rowOf(file: string): Promise<Locator> {
    const row = this.postList.getByTitle(file);
    if ((await row.count()) > 0) return row;
    const total = Number(await this.posts.first().getAttribute('aria-setsize'));
    const active = async () => Number((await this.postList.getAttribute('aria-activedescendant'))?.replace('pd-post-', '') ?? 0);
    await this.postList.focus();
    await this.page.keyboard.press('Home');
    await expect.poll(active).toBe(0);
    while ((await row.count()) === 0 && (await active()) < total - 1) {
      const before = await active();
      await this.page.keyboard.press('PageDown');
      await expect.poll(active).toBeGreaterThan(before);
      await expect(this.postList.locator(`#pd-post-${await active()}`)).toBeInViewport();
    }
    return row;
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /Search posts/ });
  }

  /** How many posts the list holds, as it tells a screen reader (every row's set size) and the count line. */
  async expectPostCount(count: number): Promise<void> {
    await expect(this.page.getByTestId('post-count')).toHaveText(new RegExp(`^${count} of \\d+`));
    await expect(this.posts.first()).toHaveAttribute('aria-setsize', String(count));
  }

  /** Filters the list by a search and opens the first post it shows with this title. */
  async openPost(title: string): Promise<void> {
    await this.searchBox.fill(title);
    await this.post(title).first().click();
  }

  get openFolderButton(): Locator {
    return this.page.getByRole('button', { name: 'Open folder…' });
  }

  get folderPathInput(): Locator {
    return this.page.getByLabel('Folder path');
  }

  async openFolder(path: string): Promise<void> {
    if (!(await this.folderPathInput.isVisible())) await this.openFolderButton.click();
    await this.folderPathInput.fill(path);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}

/** The open post: form, editor, preview, problems, as the writer sees them. */
export class EditorPage {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Post body (markdown)' });
  }

  /** The editor in the Source view: the whole file, frontmatter included. */
  get sourceEditor(): Locator {
    return this.page.getByRole('textbox', { name: 'Post source (frontmatter and markdown)' });
  }

  /** Whichever editor the tab shows. */
  get anyEditor(): Locator {
    return this.page.getByRole('textbox', { name: /^Post (body|source) / });
  }

  /**
   * Everything the editor holds, as the writer could scroll through it. CodeMirror draws
   * only the lines on screen, so this reads its document through the view its DOM links to.
   */
  async editorText(): Promise<string> {
    return this.page.locator('.pd-editor .cm-content').evaluate((content) => {
      const view = (content as unknown as { cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } } }).cmTile?.root?.view;
      if (!view) throw new Error('No CodeMirror view behind the editor');
      return view.state.doc.toString();
    });
  }

  get sourceToggle(): Locator {
    return this.page.getByRole('button', { name: 'Source' });
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }

  /** The Save / Don't save / Cancel question. */
  get unsavedDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Save changes|^Save before/ });
  }

  tab(title: string | RegExp): Locator {
    return this.page.getByRole('tablist', { name: 'Open posts' }).getByRole('tab', { name: title });
  }

  closeTab(title: string): Locator {
    return this.page.getByRole('button', { name: `Close ${title}` });
  }

  get form(): Locator {
    return this.page.getByRole('region', { name: 'Frontmatter' });
  }

  field(label: string | RegExp): Locator {
    return this.form.getByRole('textbox', { name: label });
  }

  get problems(): Locator {
    return this.page.getByRole('region', { name: 'Problems' });
  }

  get preview() {
    return this.page.frameLocator('iframe[title="Preview"]');
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  async typeAtEnd(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+s');
    await expect(this.saveState).toHaveText('Saved');
  }
}
