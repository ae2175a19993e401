import { expect, type Locator, type Page } from '@playwright/test';

/** The Import screen: choose a file, review detection and mapping, import, read the outcome. */
export class ImportPage {
  readonly page: Page;
  readonly fileInput: Locator;
  readonly startButton: Locator;
  readonly result: Locator;
  constructor(page: Page) {
    this.page = page;
    this.fileInput = page.locator('input[type=file]');
    this.startButton = page.getByRole('button', { name: /^(Import|导入)$/ });
    this.result = page.locator('[data-import-result]');
  }

  async choose(path: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.fileInput.setInputFiles(path);
  }

  roleSelect(header: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`(Role of column|列).*${header}`) });
  }

  /** The encoding, delimiter and day-order selects of the review step, by their label. */
  setting(label: RegExp): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  async start() {
    await this.startButton.click();
  }

  async expectCounts(added: number, updated: number, unchanged: number) {
    await expect(this.result).toBeVisible();
    await expect(this.result.getByRole('status')).toHaveText(
      new RegExp([added, updated, unchanged].map((n) => n.toLocaleString('en-US')).join('\\D+')),
    );
  }

  rejectedRows(): Locator {
    return this.page.locator('section.rejected tbody tr');
  }
}
