import { test, expect } from './guard';
import { AppPage } from './pages/app-page';
import { OverviewPage } from './pages/overview-page';

test('when another tab upgrades the database, this tab says so and reloads cleanly', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const revenue = await new OverviewPage(page).kpiText('revenue');

  // A newer version of the app in another tab opens the database at a higher version: any connection of
  // the origin other than the worker's does the same, so the page's own main thread plays that tab.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('account-atlas');
    request.onsuccess = () => {
      const next = request.result.version + 10;
      request.result.close();
      const upgrade = indexedDB.open('account-atlas', next);
      upgrade.onupgradeneeded = () => undefined; // a newer schema would add stores here
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve();
      };
      upgrade.onerror = () => reject(upgrade.error);
    };
    request.onerror = () => reject(request.error);
  }));

  const banner = page.getByRole('alert').filter({ hasText: 'upgraded in another tab' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Reload' }).click();
  // After the reload this tab opens the database at its new version: the data is all there.
  expect(await new OverviewPage(page).kpiText('revenue')).toBe(revenue);
});
