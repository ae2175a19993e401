import { test, expect } from './guard';
import { AppPage } from './pages/app-page';
import { OverviewPage } from './pages/overview-page';

test.describe('first visit', () => {
  test('opens on the demo shop sample, with CDNOW beside it, and keeps them after a reload', async ({ page }) => {
    const app = new AppPage(page);
    const overview = new OverviewPage(page);
    await app.open();
    await expect(app.switcher()).toContainText('Demo shop');
    await expect(app.switcher()).toContainText('Sample');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    expect(await overview.kpiText('revenue')).toMatch(/^CN¥[\d,]+/);
    expect(Number((await overview.kpiText('customers')).replace(/,/g, ''))).toBeGreaterThan(1000);
    await overview.drawn();
    await expect(overview.chart).toHaveAttribute('aria-label', /.+/);

    // CDNOW: 69,659 orders of which 80 are $0.00 (not purchases), 23,502 customers with a purchase,
    // $2,500,315.63 in all (figures counted independently from the data file; see its README).
    await app.switchTo(/CDNOW/);
    await expect(page).toHaveURL(/overview/);
    await expect(app.switcher()).toContainText('CDNOW');
    expect(await overview.kpiText('orders')).toBe('69,579');
    expect(await overview.kpiText('customers')).toBe('23,502');
    expect(await overview.kpiText('revenue')).toMatch(/^\$2,500,31[56]/);

    const url = page.url();
    await page.reload();
    await expect(page).toHaveURL(url);
    expect(await overview.kpiText('customers')).toBe('23,502');
  });

  test('follows a Chinese browser on the first visit, and remembers a switch to English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new AppPage(page);
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(app.nav.getByRole('link', { name: '概览' })).toBeVisible();
    await expect(page.locator('[data-kpi="revenue"]')).toContainText('营收');
    await expect(app.switcher()).toContainText('演示商店');

    await app.setLanguage('English');
    await expect(app.nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.nav.getByRole('link', { name: 'Import' })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });
});
