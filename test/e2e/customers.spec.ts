import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { AppPage } from './pages/app-page';
import { CustomersPage } from './pages/customers-page';
import { ImportPage } from './pages/import-page';
import { SegmentsPage } from './pages/segments-page';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/*
 * The shop of the two fixtures, as of 2024-06-30 (the last order day):
 *
 *   id    orders  net revenue  last order   days since  customers file (GB18030)
 *   C001  3       1,500.00     2024-06-20   10          张伟, 上海
 *   C002  2         450.00     2024-05-15   46          王芳, 上海
 *   C003  2       1,700.00     2024-06-25    5          李娜, 北京
 *   C004  1         120.00     2024-04-01   90          =HYPERLINK("x"), 上海
 *   C005  1          60.00     2024-06-28    2          刘洋, 广州
 *   C006  2         250.00     2024-06-30    0          (no row)
 *   C007  0           0.00     —             —          陈静, 上海 (a prospect)
 *
 * Counts: 7 customers, 6 with a purchase, 5 in both files, 1 in orders only (C006), 1 in the file only
 * (C007).
 * Value tiers over the 6 buyers ranked by revenue: high round(0.2·6) = 1 (C003), mid up to round(0.5·6) = 3
 * (C001, C002), low the other 3 (C006, C004, C005).
 * 中国八类: means over buyers: days since 153/6 = 25.5, orders 11/6 ≈ 1.83, revenue 4,080/6 = 680. C001 and
 * C003 are recent, frequent and above the mean revenue: 重要价值客户 (Important value), 2 customers.
 * Micro-segment "orders ≥ 2 AND city is 上海": C001, C002 → 2 of 7 customers (28.6%), 1,950 of 4,080 revenue
 * (47.8%).
 */
const BY_REVENUE = ['C003', 'C001', 'C002', 'C006', 'C004', 'C005', 'C007'];
const RFM_ZH = ['冠军客户', '忠诚客户', '潜力客户', '新客户', '有望客户', '需关注客户', '即将沉睡', '流失风险', '不能失去',
  '沉睡客户', '已流失'];
const RFM_EN = ['Champions', 'Loyal customers', 'Potential loyalists', 'New customers', 'Promising',
  'Need attention', 'About to sleep', 'At risk', 'Can’t lose them', 'Hibernating', 'Lost'];

/** A new workspace holding the orders file, then the customers file (both with Chinese headers). */
async function importShop(page: Page) {
  const app = new AppPage(page);
  await app.open();
  await app.createWorkspace('Customers E2E');
  await app.go('Import');
  const importer = new ImportPage(page);

  await importer.choose(fixture('orders-cn-utf8.csv'));
  const kind = page.getByRole('combobox', { name: /^This file holds$/ });
  await expect(kind).toHaveValue('orders');
  await expect(importer.roleSelect('客户编号')).toHaveValue('customerId');
  await expect(importer.roleSelect('实付金额')).toHaveValue('amount');
  await importer.start();
  await importer.expectCounts(11, 0, 0);
  await expect(page.getByText('No rows were rejected.')).toBeVisible();

  await page.getByRole('button', { name: 'Import another file' }).click();
  await importer.choose(fixture('customers-cn-gb18030.csv'));
  await expect(importer.setting(/^Encoding$/)).toHaveValue('gb18030');
  // Detected from its headers (an id, a phone and a city, no amount); the select would say otherwise.
  await expect(kind).toHaveValue('customers');
  await expect(importer.roleSelect('客户编号')).toHaveValue('customerId');
  await expect(importer.roleSelect('姓名')).toHaveValue('name');
  await expect(importer.roleSelect('城市')).toHaveValue('city');
  await importer.start();
  await importer.expectCounts(6, 0, 0);
  await expect(page.getByText('6 data rows read, making 6 customers.')).toBeVisible();
  await expect(page.getByText('No rows were rejected.')).toBeVisible();
}

async function expectCounts(segments: SegmentsPage) {
  await expect(segments.count('customers')).toHaveText('7');
  await expect(segments.count('purchasers')).toHaveText('6');
  await expect(segments.count('inBoth')).toHaveText('5');
  await expect(segments.count('ordersOnly')).toHaveText('1');
  await expect(segments.count('fileOnly')).toHaveText('1');
}

test.describe('customers and segments', () => {
  test.beforeEach(async ({ page }) => {
    await importShop(page);
  });

  test('counts, a grouping, and a group selected as the customer list filter', async ({ page }) => {
    const segments = new SegmentsPage(page);
    await segments.open();
    await expectCounts(segments);
    // English starts on RFM; every named group is one of the 11 of the map.
    await expect(segments.grouping).toHaveValue('rfm');
    for (const name of await segments.groupNames().allInnerTexts()) expect(RFM_EN).toContain(name.trim());
    await segments.list.expectIds(BY_REVENUE);

    await segments.grouping.selectOption({ label: 'Value tiers' });
    await expect(segments.groupNames()).toHaveText(['High value', 'Mid value', 'Low value']);
    await expect(segments.groupCells('High value').first()).toHaveText('1');
    await expect(segments.groupCells('Mid value').first()).toHaveText('2');
    await expect(segments.groupCells('Low value').first()).toHaveText('3');
    await expect(segments.groupCells('Mid value').nth(2)).toContainText('1,950.00');

    await segments.groupButton('Mid value').click();
    await expect(segments.groupButton('Mid value')).toHaveAttribute('aria-pressed', 'true');
    await expect(segments.chip().first()).toHaveText('Filter: Value tiers · Mid value');
    await segments.list.expectIds(['C001', 'C002']);
    await expect(segments.list.range).toHaveText('1–2 of 2');

    await segments.groupButton('Low value').click();
    await segments.list.expectIds(['C006', 'C004', 'C005']);

    await segments.clearFilter().first().click();
    await expect(segments.chip()).toHaveCount(0);
    await expect(segments.groupButton('Low value')).toHaveAttribute('aria-pressed', 'false');
    await segments.list.expectIds(BY_REVENUE);
  });

  test('a micro-segment built, saved, used as a filter, and still there after a reload', async ({ page }) => {
    const segments = new SegmentsPage(page);
    await segments.open();
    await expect(segments.size()).toHaveText('Add a condition to see how many customers it selects.');

    await segments.addRule();
    await segments.rule(1).getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Orders' });
    await segments.rule(1).getByRole('textbox', { name: 'Min' }).fill('2');
    // Orders ≥ 2: C001, C002, C003, C006 — 1,500 + 450 + 1,700 + 250 = 3,900 of 4,080.
    await expect(segments.size()).toHaveText('4 customers · 57.1% of customers · 95.6% of revenue');

    await segments.addRule();
    await segments.rule(2).getByRole('combobox', { name: 'Field' }).selectOption({ label: 'City' });
    await segments.rule(2).getByRole('checkbox', { name: '上海' }).check();
    await expect(segments.size()).toHaveText('2 customers · 28.6% of customers · 47.8% of revenue');

    await segments.saveAs('上海复购');
    await expect(segments.builder.getByText('Segment “上海复购” saved.')).toBeVisible();
    await expect(segments.savedList().getByRole('listitem')).toHaveCount(1);
    await expect(segments.savedList().getByRole('listitem')).toContainText('上海复购');

    await segments.showSaved('上海复购');
    await expect(segments.chip().first()).toHaveText('Filter: 上海复购');
    await segments.list.expectIds(['C001', 'C002']);

    // The same segment filters the Customers screen's list, and is one of its filters.
    const customers = new CustomersPage(page);
    await customers.open();
    await expect(customers.filter.locator('option:checked')).toHaveText('上海复购');
    await customers.list.expectIds(['C001', 'C002']);

    await page.reload();
    await segments.open();
    await expect(segments.savedList().getByRole('listitem')).toHaveCount(1);
    await expect(segments.savedList().getByRole('listitem')).toContainText('上海复购');
    await expectCounts(segments);
    await segments.showSaved('上海复购');
    await segments.list.expectIds(['C001', 'C002']);
  });

  test('the customer list: sort, search by name, and a CSV export Excel reads safely', async ({ page }) => {
    const customers = new CustomersPage(page);
    await customers.open();
    const { list } = customers;
    await expect(list.range).toHaveText('1–7 of 7');
    // Net revenue is the starting sort, largest first; a click turns it, a second click turns it back.
    const revenue = list.header('Net revenue');
    await expect(revenue).toHaveAttribute('aria-sort', 'descending');
    await list.expectIds(BY_REVENUE);
    await list.sortBy('Net revenue');
    await expect(revenue).toHaveAttribute('aria-sort', 'ascending');
    await expect(list.column(0).first()).toHaveText('C007');
    await expect(list.column(0)).toHaveText([...BY_REVENUE].reverse());
    await list.sortBy('Net revenue');
    await expect(revenue).toHaveAttribute('aria-sort', 'descending');
    await expect(list.column(0).first()).toHaveText('C003');

    await list.search.fill('王芳');
    await list.expectIds(['C002']);
    await expect(list.column(1)).toHaveText(['王芳']);
    await expect(list.range).toHaveText('1–1 of 1');
    await list.search.fill('');
    await list.expectIds(BY_REVENUE);

    const { name, bytes } = await list.exportCsv();
    expect(name).toBe('customers-all.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('Customer ID,Name,Orders,Net revenue,Last purchase,Days since last purchase,'
      + 'RFM segment,Value tier,Lifecycle stage');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(7);
    // The first six columns by hand; the RFM segment is one of the map's, the tier as computed above.
    const head = (line: string) => line.split(',').slice(0, 6).join(',');
    expect(rows.map(head)).toEqual([
      'C003,李娜,2,1700.00,2024-06-25,5',
      'C001,张伟,3,1500.00,2024-06-20,10',
      'C002,王芳,2,450.00,2024-05-15,46',
      'C006,,2,250.00,2024-06-30,0',
      'C004,"\'=HYPERLINK(""x"")",1,120.00,2024-04-01,90',
      'C005,刘洋,1,60.00,2024-06-28,2',
      'C007,陈静,0,0.00,,',
    ]);
    const tail = (line: string) => line.split(',').slice(-3);
    expect(rows.map((line) => tail(line)[1])).toEqual(['High value', 'Mid value', 'Mid value', 'Low value',
      'Low value', 'Low value', '']);
    for (const line of rows.slice(0, 6)) expect(RFM_EN).toContain(tail(line)[0]);
    expect(tail(rows[6]!)).toEqual(['', '', 'Prospect']);
  });

  test('in 简体中文 the Segments screen starts on 中国八类 and names RFM segments in Chinese', async ({ page }) => {
    await new AppPage(page).setLanguage('简体中文');
    const segments = new SegmentsPage(page);
    await segments.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户分群');
    await expect(segments.grouping).toHaveValue('cnEight');
    await expect(segments.grouping.locator('option:checked')).toHaveText('中国八类客户');
    await expect(segments.count('customers')).toHaveText('7');
    await expect(segments.count('fileOnly')).toHaveText('1');
    await expect(segments.groupCells('重要价值客户').first()).toHaveText('2');
    await segments.groupButton('重要价值客户').click();
    await segments.list.expectIds(['C003', 'C001']);
    // The group's list exported in Chinese: Chinese titles and group names, UTF-8 with a BOM.
    const { name, bytes } = await segments.list.exportCsv();
    expect(name).toMatch(/^customers-.+\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('客户ID,姓名,订单数,净营收,最近购买,距最近购买（天）,RFM 分群,价值分层,生命周期阶段');
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 6).join(','))).toEqual([
      'C003,李娜,2,1700.00,2024-06-25,5',
      'C001,张伟,3,1500.00,2024-06-20,10',
    ]);
    expect(lines.slice(1, -1).map((line) => line.split(',')[7])).toEqual(['高价值', '中价值']);
    for (const line of lines.slice(1, -1)) expect(RFM_ZH).toContain(line.split(',')[6]);
    await segments.clearFilter().first().click();
    await segments.list.expectIds(BY_REVENUE);

    await segments.grouping.selectOption({ label: 'RFM 分群' });
    await expect(segments.groupNames().first()).toBeVisible();
    const names = (await segments.groupNames().allInnerTexts()).map((name) => name.trim());
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(RFM_ZH).toContain(name);
  });
});
