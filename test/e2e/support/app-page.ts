import { expect, type Locator, type Page } from '@playwright/test';

/** The main window as a writer sees it, by roles and labels. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('body[data-ready="true"]')).toBeAttached();
  }

  get postList(): Locator {
    return this.page.getByRole('list', { name: 'Posts' });
  }

  get posts(): Locator {
    return this.postList.getByRole('listitem');
  }

  post(title: string | RegExp): Locator {
    return this.posts.filter({ hasText: title });
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
