import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { CohortsPage, SelectionParts, TrendsPage } from './pages/trends-page';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/*
 * orders-cohorts.csv, hand-computed:
 *   A1 North  2024-01-10 100, 02-15 50, 03-05 30     cohort 2024-01
 *   A2 South  2024-01-20 80                          cohort 2024-01
 *   B1 North  2024-02-02 60, 03-10 40                cohort 2024-02
 *   B2 South  2024-02-20 25, 03-25 25                cohort 2024-02
 *   B3 North  2024-02-25 10                          cohort 2024-02
 *   C1 South  2024-03-15 200                         cohort 2024-03
 * Cohorts: Jan 2 customers, both in month 0 (100%), A1 in months 1 and 2 (50%); Feb 3, month 0 100%, month 1
 * B1 and B2 (66.7%); Mar 1 (100%).
 * Per month: active 2 / 4 / 4, new 2 / 3 / 1, retention — / 1 of 2 = 50% / 3 of 4 = 75%,
 * revenue 180 / 145 / 295.
 * Net revenue: C1 200, A1 180, B1 100, A2 80, B2 50, B3 10.
 */
async function importShop(page: Page): Promise<string> {
  const app = new AppPage(page);
  await app.open();
  await app.createWorkspace('Trends E2E');
  await app.go('Import');
  const importer = new ImportPage(page);
  await importer.choose(fixture('orders-cohorts.csv'));
  await expect(importer.roleSelect('Customer ID')).toHaveValue('customerId');
  await importer.start();
  await importer.expectCounts(10, 0, 0);
  return app.workspaceId();
}

test.describe('cohorts, trends and clusters', () => {
  test('the cohort heatmap and the KPI chart follow one shared selection', async ({ page }) => {
    const id = await importShop(page);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Cohorts' }).click();
    const cohorts = new CohortsPage(page);
    await cohorts.ready();
    // One rect per cell: all cohorts (3 offsets) + Jan (3) + Feb (2) + Mar (1), each read out in a sentence.
    const sentences = await cohorts.cellSentences();
    expect(sentences).toHaveLength(9);
    expect(sentences).toContain(
      'Of the 3 customers who first bought in Feb 2024, 2 (66.7%) bought in month 1 after.',
    );
    expect(sentences).toContain(
      'Of the 2 customers who first bought in Jan 2024, 1 (50.0%) bought in month 2 after.',
    );
    expect(await cohorts.tableRows()).toEqual([
      ['Jan 2024', '2', '100.0%', '50.0%', '50.0%'],
      ['Feb 2024', '3', '100.0%', '66.7%', ''],
      ['Mar 2024', '1', '100.0%', '', ''],
    ]);
    // The same table as a CSV for a spreadsheet: shares as 0–1, offsets past the data empty.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('cohorts-retention-month.csv');
    expect(readFileSync((await file.path())!, 'utf8')).toBe('\uFEFFFirst-purchase month,Customers,0,1,2\r\n'
      + 'Jan 2024,2,1,0.5,0.5\r\nFeb 2024,3,1,0.6667,\r\nMar 2024,1,1,,\r\n');
    // Revenue per original customer: Feb's 95.00 / 3 in month 0, (40 + 25) / 3 in month 1.
    await cohorts.choose('Show', 'Revenue');
    await cohorts.choose('As', 'Per original customer');
    await expect.poll(() => cohorts.tableRows()).toContainEqual(['Feb 2024', '3', '31.67', '21.67', '']);

    // Choosing a cohort lists its customers and shows a removable filter.
    await cohorts.pickCohort('Feb 2024');
    await expect(cohorts.chips()).toHaveText(['Filter: first purchase in Feb 2024']);
    await cohorts.expectIds(['B1', 'B2', 'B3']);

    // The Trends screen keeps it: the KPIs of the February cohort only.
    await nav.getByRole('link', { name: 'Trends' }).click();
    const trends = new TrendsPage(page);
    await trends.ready();
    await expect(trends.chips()).toHaveText(['Filter: first purchase in Feb 2024']);
    await expect.poll(async () => (await trends.kpiRows()).map((row) => row.slice(0, 3))).toEqual([
      ['Jan 2024', '0', '0'], ['Feb 2024', '3', '3'], ['Mar 2024', '2', '0'],
    ]);
    await trends.chips().getByRole('button').click();
    await expect(trends.chips()).toHaveCount(0);
    await expect.poll(async () => (await trends.kpiRows()).map((row) => row.slice(0, 5))).toEqual([
      ['Jan 2024', '2', '2', '–', '–'],
      ['Feb 2024', '4', '3', '50.0%', '50.0%'],
      ['Mar 2024', '4', '1', '75.0%', '25.0%'],
    ]);

    // Selecting a segment (a region) filters the chart, the list and, back there, the heatmap.
    await trends.restrictTo('Region', 'North');
    await expect(trends.chips()).toHaveText(['Filter: Region · North']);
    await expect.poll(async () => (await trends.kpiRows()).map((row) => row.slice(0, 2))).toEqual([
      ['Jan 2024', '1'], ['Feb 2024', '3'], ['Mar 2024', '2'],
    ]);
    await trends.expectIds(['A1', 'B1', 'B3']);

    // A date range narrows the list to who bought in it and the side-by-side KPIs to its periods.
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2024-03-01');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2024-03-31');
    await expect(trends.chips()).toHaveText([
      'Filter: Region · North', 'Filter: bought Mar 1, 2024 – Mar 31, 2024',
    ]);
    await trends.expectIds(['A1', 'B1']);
    await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Region' });
    await expect.poll(async () => (await trends.groupRows()).map((row) => row.slice(0, 2))).toEqual([
      ['North', '2'], ['South', '2'],
    ]);
    // The North row is the selected segment: highlighted, and a second click clears it.
    await page.locator('[data-group-kpis]').getByRole('button', { name: 'North' }).click();
    await expect(trends.chips()).toHaveText(['Filter: bought Mar 1, 2024 – Mar 31, 2024']);
    await trends.expectIds(['C1', 'A1', 'B1', 'B2']);

    // The cohorts acquired in the range: March only.
    await nav.getByRole('link', { name: 'Cohorts' }).click();
    await cohorts.ready();
    await expect.poll(async () => (await cohorts.tableRows()).map((row) => row.slice(0, 2))).toEqual([
      ['Mar 2024', '1'],
    ]);
    // Two parts at once: "Clear all" removes both.
    await cohorts.pickCohort('Mar 2024');
    await expect(cohorts.chips()).toHaveText([
      'Filter: first purchase in Mar 2024', 'Filter: bought Mar 1, 2024 – Mar 31, 2024',
    ]);
    await cohorts.expectIds(['C1']);
    await page.getByRole('button', { name: 'Clear all' }).first().click();
    await expect(cohorts.chips()).toHaveCount(0);
    await expect.poll(async () => (await cohorts.tableRows()).map((row) => row.slice(0, 2))).toEqual([
      ['Jan 2024', '2'], ['Feb 2024', '3'], ['Mar 2024', '1'],
    ]);
    expect(page.url()).toContain(`/w/${id}/cohorts`);
  });

  test('dragging across the KPI chart chooses a date range for the list', async ({ page }) => {
    await importShop(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
    const trends = new TrendsPage(page);
    await trends.ready();
    const box = (await trends.chart.locator('svg').first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.98, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await expect(trends.chips()).toHaveCount(1);
    await expect(trends.chips()).toHaveText(
      /^Filter: bought [A-Z][a-z]{2} \d+, 2024 – [A-Z][a-z]{2} \d+, 2024\s*$/,
    );
    // Whoever bought in the chosen part of the history is listed, nobody else.
    const ids = await trends.customers.locator('[data-customer-table] tbody tr td:first-child')
      .allTextContents();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((customer) => ['A1', 'B1', 'B2', 'B3', 'C1'].includes(customer))).toBe(true);

    // The range is shared: the Overview shows its KPIs for it, and a preset picked there comes back.
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    const picked = [await from.inputValue(), await to.inputValue()];
    expect(picked[0]).toMatch(/^2024-0[1-3]-\d\d$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await expect(from).toHaveValue(picked[0]!);
    await expect(to).toHaveValue(picked[1]!);
    await page.getByRole('button', { name: 'Last 90 days' }).click();
    await expect(from).toHaveValue('2023-12-27'); // 90 days ending on 2024-03-25, the last order day
    await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
    await expect(trends.chips()).toHaveText(['Filter: bought Dec 27, 2023 – Mar 25, 2024']);
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'All time' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
    await expect(trends.chips()).toHaveCount(0);
  });

  test('clusters of the demo shop are described in words, usable as a grouping, in both languages', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Clusters' }).click();
    await expect(page.locator('[data-clusters-fresh]')).toBeVisible({ timeout: 60_000 });
    const summary = page.locator('[data-cluster-summary]');
    await expect(summary).toHaveText(/^\d+ clusters of 2,459 customers with a purchase$/);
    const k = Number((await summary.textContent())!.split(' ')[0]);
    const cards = page.locator('[data-cluster]');
    await expect(cards).toHaveCount(k);
    await expect(page.locator('[data-silhouette-chart] svg')).toBeVisible();
    await expect(page.locator('[data-profile-chart] svg')).toBeVisible();
    const descriptions = await page.locator('[data-cluster-description]').allTextContents();
    expect(descriptions.every((d) => /^[A-Z][a-z]/.test(d))).toBe(true);

    // The customers of a cluster: as many as its card says.
    const first = cards.first();
    const size = /^([\d,]+) customers/.exec(
      (await first.locator('.cluster-head .muted').textContent())!,
    )![1]!;
    await first.getByRole('button', { name: 'Show its customers' }).click();
    const parts = new SelectionParts(page);
    await expect(parts.chips()).toHaveText(['Filter: Clusters · Cluster 1']);
    await expect(parts.customers.getByText(new RegExp(`of ${size}$`))).toBeVisible();

    // Another k, chosen by the person.
    await page.getByRole('combobox', { name: 'Number of clusters' }).selectOption('3');
    await page.getByRole('button', { name: 'Find clusters' }).click();
    await expect(cards).toHaveCount(3);

    // Clusters are a grouping on the other screens too.
    await nav.getByRole('link', { name: 'Trends' }).click();
    await new TrendsPage(page).ready();
    await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Clusters' });
    await expect.poll(async () => (await new TrendsPage(page).groupRows()).map((row) => row[0])).toEqual([
      'Cluster 1', 'Cluster 2', 'Cluster 3',
    ]);
    await nav.getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Clusters' });
    await expect(page.locator('[data-chart] svg').first()).toBeVisible();

    // The same clusters, worded in Chinese.
    await nav.getByRole('link', { name: 'Clusters' }).click();
    await app.setLanguage('简体中文');
    await expect(page.locator('[data-cluster-summary]')).toHaveText(/^2,459 位有购买的客户分为 3 类$/);
    const zh = await page.locator('[data-cluster-description]').allTextContents();
    expect(zh).toHaveLength(3);
    expect(zh.every((d) => /[\u4e00-\u9fff]/.test(d) && !/[a-z]{3}/.test(d))).toBe(true);
  });
});
