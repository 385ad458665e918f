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
