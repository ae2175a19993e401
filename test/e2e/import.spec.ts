import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './guard';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { OverviewPage } from './pages/overview-page';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test.describe('importing orders', () => {
  test.beforeEach(async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.createWorkspace('E2E shop');
    await app.go('Import');
  });

  test('a GB18030 file from Chinese Excel: detected, mapped, rejected rows reported, kept after reload', async ({
    page,
  }) => {
    const importer = new ImportPage(page);
    await importer.choose(fixture('orders-gb18030.csv'));
    await expect(importer.setting(/^Encoding$/)).toHaveValue('gb18030');
    await expect(importer.roleSelect('客户编号')).toHaveValue('customerId');
    await expect(importer.roleSelect('下单时间')).toHaveValue('orderDate');
    await expect(importer.roleSelect('实付金额')).toHaveValue('amount');
    await expect(importer.roleSelect('订单编号')).toHaveValue('orderId');
    await expect(page.getByRole('table').first()).toContainText('王芳');
    await importer.start();
    await importer.expectCounts(7, 0, 0);

    // Line 9 has 2024/2/30 in column 4; line 10 has no customer (column 2). The 合计 footer is not data.
    await expect(importer.rejectedRows()).toHaveCount(2);
    await expect(importer.rejectedRows().nth(0)).toContainText(/orders-gb18030\.csv\s*9\s*4/);
    await expect(importer.rejectedRows().nth(0)).toContainText('Not a date that can be read');
    await expect(importer.rejectedRows().nth(1)).toContainText(/orders-gb18030\.csv\s*10\s*2/);
    await expect(importer.rejectedRows().nth(1)).toContainText('The customer ID is empty');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split(/\r?\n/).filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('2024/2/30');

    // Six purchases (the (99.50) row is a refund), ¥3,543.50 gross, ¥3,444.00 net; K001 and K003 bought twice.
    await page.getByRole('link', { name: 'Go to Overview' }).click();
    const overview = new OverviewPage(page);
    expect(await overview.kpiText('orders')).toBe('6');
    expect(await overview.kpiText('customers')).toBe('4');
    expect(await overview.kpiText('revenue')).toContain('3,444.00');
    expect(await overview.kpiText('aov')).toContain('590.58');
    expect(await overview.kpiText('repeatRate')).toBe('50.0%');
    expect(await overview.kpiText('arpa')).toContain('861.00');

    await page.reload();
    expect(await overview.kpiText('revenue')).toContain('3,444.00');

    // The same export again: nothing new, nothing duplicated.
    await new AppPage(page).go('Import');
    await importer.choose(fixture('orders-gb18030.csv'));
    await importer.start();
    await importer.expectCounts(0, 0, 7);
  });

  test('a UTF-16 tab-separated file with day-first dates and decimal commas', async ({ page }) => {
    const importer = new ImportPage(page);
    await importer.choose(fixture('orders-utf16le.txt'));
    await expect(importer.setting(/^Encoding$/)).toHaveValue('utf-16le');
    await expect(importer.setting(/^Delimiter$/)).toHaveValue('\t');
    await expect(importer.setting(/^Date order$/)).toHaveValue('dmy');
    await expect(page.getByText('25/03/2024').first()).toBeVisible();
    await importer.start();
    await importer.expectCounts(4, 0, 0);
    await expect(page.getByText('No rows were rejected.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to Overview' }).click();
    const overview = new OverviewPage(page);
    expect(await overview.kpiText('revenue')).toBe('€1,419.49');
    expect(await overview.kpiText('customers')).toBe('3');
    await expect(page.getByText(/Mar 25, 2024/).first()).toBeVisible();
  });

  test('columns nobody recognises are mapped by hand before anything is stored', async ({ page }) => {
    const importer = new ImportPage(page);
    await importer.choose(fixture('orders-unknown-headers.csv'));
    await expect(importer.startButton).toBeDisabled();
    await importer.roleSelect('Acct').selectOption('customerId');
    await expect(importer.startButton).toBeDisabled();
    await importer.roleSelect('When').selectOption('orderDate');
    await importer.roleSelect('Paid').selectOption('amount');
    await importer.roleSelect('Ref').selectOption('orderId');
    await expect(importer.startButton).toBeEnabled();
    await importer.start();
    await importer.expectCounts(3, 0, 0);
    await page.getByRole('link', { name: 'Go to Overview' }).click();
    const overview = new OverviewPage(page);
    expect(await overview.kpiText('revenue')).toBe('35.75');
    expect(await overview.kpiText('customers')).toBe('2');
  });

  test('a file that is not text gets one clear message and changes nothing', async ({ page }) => {
    const importer = new ImportPage(page);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    await importer.choose({ name: 'chart.png', mimeType: 'image/png', buffer: png });
    await expect(page.getByRole('alert')).toContainText('This does not look like a text file');
    await expect(page.getByRole('alert')).toContainText('Nothing was changed');
    await new AppPage(page).go('Overview');
    await expect(page.getByText('No orders in this workspace yet')).toBeVisible();
  });
});
