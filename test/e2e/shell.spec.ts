import { test, expect } from './guard';
import { AppPage } from './pages/app-page';

test.describe('the app shell', () => {
  test('every screen has its own address, and a reload stays there', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.go('Import');
    await expect(page).toHaveURL(/#\/w\/[^/]+\/import$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Import orders' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/overview$/);
  });

  test('keyboard: a skip link first, visible focus, the workspace list opens and closes with keys', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow);
    expect(outline).not.toBe('nonenone');

    await app.switcher().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: /CDNOW/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('link', { name: /CDNOW/ })).toBeHidden();
    await expect(app.switcher()).toBeFocused();

    // A KPI card shows its definition on keyboard focus, not only on hover.
    const card = page.locator('[data-kpi="arpa"]');
    await card.focus();
    await expect(card.getByRole('tooltip')).toBeVisible();
  });

  test('dark theme is switchable and remembered', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.setTheme('dark');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(luminance(await background())).toBeLessThan(0.25);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.setTheme('light');
    expect(luminance(await background())).toBeGreaterThan(0.75);
  });

  test('usable 360 px wide: no sideways scrolling on any screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const app = new AppPage(page);
    await app.open();
    await expect(page.locator('[data-kpi="revenue"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const screen of ['Segments', 'Customers', 'Cohorts', 'Trends', 'Clusters', 'Predictions', 'Import']) {
      await app.nav.getByRole('link', { name: screen }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (screen === 'Segments') await expect(page.locator('[data-segments-fresh]')).toBeAttached({ timeout: 30_000 });
      if (screen === 'Customers') await expect(page.locator('[data-customer-table] tbody tr').first()).toBeVisible();
      if (screen === 'Predictions') await expect(page.locator('[data-fits]')).toBeVisible({ timeout: 60_000 });
      if (['Cohorts', 'Trends', 'Clusters'].includes(screen)) {
        await expect(page.locator(`[data-${screen.toLowerCase()}-fresh]`)).toBeAttached({ timeout: 60_000 });
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), screen).toBeLessThanOrEqual(360);
    }
  });

  test('workspaces: create, rename, delete with a confirmation that names it', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.createWorkspace('Spring');
    await app.switcher().click();
    await page.getByRole('button', { name: 'Rename workspace' }).click();
    const rename = page.getByRole('dialog');
    await rename.getByRole('textbox').fill('Summer');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(app.switcher()).toContainText('Summer');

    await app.switcher().click();
    await page.getByRole('button', { name: 'Delete workspace' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('Summer');
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(app.switcher()).toContainText('Summer');

    await app.switcher().click();
    await page.getByRole('button', { name: 'Delete workspace' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(app.switcher()).not.toContainText('Summer');
    await page.reload();
    await app.switcher().click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Summer' })).toHaveCount(0);
  });
});
