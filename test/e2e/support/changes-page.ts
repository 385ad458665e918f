import { expect, type Locator, type Page } from '@playwright/test';

/** The Changes panel and the conflict view, by roles and labels. */
export class ChangesPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Changes' });
  }

  get conflicts(): Locator {
    return this.page.getByRole('region', { name: 'Resolve conflicts' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Changes' }).click();
    await expect(this.panel).toBeVisible();
  }

  /** Commits every changed file with the suggested message, confirming warnings if asked. */
  async commitAll(): Promise<void> {
    await this.panel.getByRole('button', { name: /^Commit \d+ files?$/ }).click();
    const committed = this.panel.getByRole('status').filter({ hasText: /Committed \d+ file/ });
    const anyway = this.panel.getByRole('button', { name: 'Commit anyway' });
    await expect(committed.or(anyway)).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();
    await expect(committed).toBeVisible();
  }

  async pull(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Pull', exact: true }).click();
  }

  async push(): Promise<void> {
    await this.panel.getByRole('button', { name: /^Push/ }).click();
  }

  /** Picks a version for one field or block of the conflict view ("Field: title", "Text: …"). */
  async choose(group: string, option: 'Mine' | 'Theirs' | 'Both' | 'Edit'): Promise<void> {
    await this.conflicts.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }).check();
  }
}
