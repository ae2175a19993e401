import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './guard';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
// @ts-expect-error: a plain .mjs script without types, shared with the benchmark
import { makeOrders } from '../../bench/make-orders.mjs';

const BIG = join(tmpdir(), 'atlas-e2e-orders-600k.csv');

test.beforeAll(async () => {
  if (!existsSync(BIG)) await makeOrders(BIG, 600_000);
});

test('cancelling an import leaves the workspace as it was, also after a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createWorkspace('Cancel me');
  await app.go('Import');
  const importer = new ImportPage(page);
  await importer.choose(BIG);
  await importer.start();
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Import cancelled' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText('Nothing was changed in the workspace.');

  await app.go('Overview');
  await expect(page.getByText('No orders in this workspace yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No orders in this workspace yet')).toBeVisible();
  await app.switcher().click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Cancel me' })).toContainText('0 orders');
});

test('closing the tab in the middle of an import leaves the workspace as it was', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createWorkspace('Closed midway');
  await app.go('Import');
  const importer = new ImportPage(page);
  await importer.choose(BIG);
  await importer.start();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  const reopened = new AppPage(again);
  await reopened.open();
  await reopened.switcher().click();
  await expect(again.getByRole('listitem').filter({ hasText: 'Closed midway' })).toContainText(/\b0 orders/);
});
