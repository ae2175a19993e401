import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A paged customer list (the Customers screen's, and the one under the Segments screen): search, sort by a
 * column title, the customer ids shown, the page range and the CSV export.
 */
export class CustomerList {
  readonly page: Page;
  readonly scope: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly exportButton: Locator;
  readonly range: Locator;
  constructor(page: Page, scope: Locator) {
    this.page = page;
    this.scope = scope;
    this.table = scope.getByRole('table', { name: /^(Customer list|客户列表)$/ });
    this.search = scope.getByRole('searchbox', { name: /^(Search by ID, name or email|按)/ });
    this.exportButton = scope.getByRole('button', { name: /^(Export CSV|导出 ?CSV)$/ });
    this.range = scope.getByRole('navigation', { name: /^(Pages|分页|页码)$/ }).getByRole('status');
  }

  /** The cells of one column (by its position, 0-based) in the shown rows, top to bottom. */
  column(index: number): Locator {
    return this.table.locator(`tbody tr td:nth-child(${index + 1})`);
  }

  /** The title cell of a column, which carries aria-sort. */
  header(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  async sortBy(name: string) {
    await this.header(name).getByRole('button').click();
  }

  /** Waits until exactly these customers are listed, in this order (ids are the first column by default). */
  async expectIds(ids: string[]) {
    await expect(this.column(0)).toHaveText(ids);
  }

  /** Clicks Export CSV and returns the downloaded file's name and bytes. */
  async exportCsv(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    const path = await download.path();
    if (!path) throw new Error('the download has no file');
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }
}

/** The Customers screen: every customer in one list, filterable by any grouping or saved segment. */
export class CustomersPage {
  readonly page: Page;
  readonly list: CustomerList;
  readonly filter: Locator;
  constructor(page: Page) {
    this.page = page;
    const card = page.getByRole('region', { name: /^(Customer list|客户列表)$/ });
    this.list = new CustomerList(page, card);
    this.filter = card.getByRole('combobox', { name: /^(Show|显示)$/ });
  }

  async open() {
    await this.page.getByRole('navigation').getByRole('link', { name: /^(Customers|客户列表)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/^(Customers|客户列表)$/);
    await expect(this.list.table).toBeVisible();
  }

  /** The chip that shows the list's filter; its button clears it. */
  clearFilter(): Locator {
    return this.page.getByRole('button', { name: /^(Clear the filter|清除筛选)/ });
  }
}
