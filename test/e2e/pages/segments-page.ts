import { expect, type Locator, type Page } from '@playwright/test';
import { CustomerList } from './customers-page';

/** The counts above the groupings, by their English and Chinese titles. */
const COUNT_TITLES = {
  customers: /^(All customers|全部客户)$/,
  purchasers: /^(With a purchase|有购买)$/,
  inBoth: /^(In both|两者都有)$/,
  ordersOnly: /^(In orders only|仅在订单中)$/,
  fileOnly: /^(In the customers file only \(prospects\)|仅在客户文件中（潜在客户）)$/,
} as const;

/** The Segments screen: counts, a grouping and its table, the micro-segment builder, the customer list. */
export class SegmentsPage {
  readonly page: Page;
  readonly grouping: Locator;
  readonly list: CustomerList;
  readonly builder: Locator;
  constructor(page: Page) {
    this.page = page;
    this.grouping = page.getByRole('combobox', { name: /^(Group by|分组方式)$/ });
    const customersCard = page.locator('section').filter({
      has: page.getByRole('heading', { level: 2, name: /^(Customers|客户)$/ }),
    });
    this.list = new CustomerList(page, customersCard);
    this.builder = page.locator('section').filter({
      has: page.getByRole('heading', { level: 2, name: /^(Micro-segment builder|微细分)/ }),
    });
  }

  async open() {
    await this.page.getByRole('navigation').getByRole('link', { name: /^(Segments|客户分群)$/ }).click();
    await this.settled();
  }

  /** Waits until the screen shows freshly computed segments. */
  async settled() {
    await expect(this.page.locator('[data-segments-fresh]')).toBeAttached({ timeout: 30_000 });
  }

  /** The number under one of the counts (all customers, with a purchase, …). */
  count(key: keyof typeof COUNT_TITLES): Locator {
    return this.page
      .getByRole('region', { name: /^(Customers known|已知客户)$/ })
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: COUNT_TITLES[key] }) })
      .getByRole('definition');
  }

  async counts(): Promise<Record<keyof typeof COUNT_TITLES, string>> {
    const out = {} as Record<keyof typeof COUNT_TITLES, string>;
    for (const key of Object.keys(COUNT_TITLES) as Array<keyof typeof COUNT_TITLES>) {
      out[key] = (await this.count(key).innerText()).trim();
    }
    return out;
  }

  /** The button in a group table row that selects (or unselects) the group. */
  groupButton(name: string): Locator {
    const label = `^(Show the customers of ${name}|查看“${name}”的客户)$`;
    return this.page.getByRole('button', { name: new RegExp(label) });
  }

  /** The cells of a group's row: customers, share, revenue, revenue share, averages. */
  groupCells(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.groupButton(name) }).getByRole('cell');
  }

  /** The names of the groups in the group table, top to bottom. */
  groupNames(): Locator {
    return this.page.getByRole('rowheader');
  }

  /** The filter chips' clear buttons (one above the grouping, one above the customer list). */
  clearFilter(): Locator {
    return this.page.getByRole('button', { name: /^(Clear the filter|清除筛选)/ });
  }

  chip(): Locator {
    return this.page.getByText(/^(Filter: |筛选：)/);
  }

  /** The n-th condition (1-based) of the builder's top group. */
  rule(n: number): Locator {
    return this.builder.getByRole('group', { name: new RegExp(`^(Condition ${n}|条件 ?${n})$`) });
  }

  async addRule() {
    await this.builder.getByRole('button', { name: /(Add condition|添加条件)$/ }).first().click();
  }

  /** The builder's live size: "n customers · share of customers · share of revenue". */
  size(): Locator {
    return this.builder.getByRole('status').first();
  }

  savedList(): Locator {
    return this.builder.getByRole('list');
  }

  async saveAs(name: string) {
    await this.builder.getByRole('textbox', { name: /^(Segment name|细分名称)$/ }).fill(name);
    await this.builder.getByRole('button', { name: /^(Save segment|保存细分)$/ }).click();
  }

  async showSaved(name: string) {
    await this.savedList().getByRole('listitem').filter({ hasText: name })
      .getByRole('button', { name: /^(Show customers|查看客户)$/ }).click();
  }
}
