import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './guard';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';

/** The CDNOW sample (2,357 customers) as shipped with the shared data; CI lays shared/ beside the repo. */
const CDNOW_SAMPLE = fileURLToPath(
  new URL('../../../shared/data/cdnow/cdnow_sample_transactions.csv', import.meta.url),
);

test('the CDNOW sample, calibrated to 1997-09-30 in weeks, shows the published BG/NBD fit and exports predictions', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  await app.createWorkspace('CDNOW sample');
  await app.go('Import');
  const importer = new ImportPage(page);
  await importer.choose(CDNOW_SAMPLE);
  await importer.start();
  await importer.expectCounts(6919, 0, 0);

  await app.nav.getByRole('link', { name: 'Predictions' }).click();
  await page.getByRole('textbox', { name: 'Calibration end' }).fill('1997-09-30');
  await page.getByRole('combobox', { name: 'Time unit' }).selectOption('weeks');
  await page.getByRole('button', { name: 'Apply' }).click();

  // Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL −9582.4 (REFERENCE.md §4).
  const calibration = page.locator('[data-fit="bgnbd-cal"]');
  await expect(calibration).toContainText('r = 0.243', { timeout: 60_000 });
  await expect(calibration).toContainText('r = 0.243, α = 4.414, a = 0.793, b = 2.426');
  await expect(calibration).toContainText(/[-−]9,582\.4/);

  await app.nav.getByRole('link', { name: 'Customers' }).click();
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'P(alive)' }).check();
  await page.getByRole('checkbox', { name: 'Predicted CLV' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const header = lines[0]!.split(',');
  const pAlive = header.indexOf('P(alive)');
  const clv = header.indexOf('Predicted CLV');
  expect([lines.length - 1, pAlive >= 0, clv >= 0]).toEqual([2357, true, true]);
  const values = lines.slice(1).map((line) => line.split(','));
  expect(values.every((cells) => Number(cells[pAlive]) >= 0 && Number(cells[pAlive]) <= 1)).toBe(true);
  expect(values.some((cells) => Number(cells[clv]) > 0)).toBe(true);
});
