import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a folded "show as a table" and waits for its rows (they are drawn when it opens). */
async function openTable(details: Locator) {
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  await expect(details.locator('tbody tr').first()).toBeAttached();
}

/** What the Cohorts, Trends and Clusters screens share: the shared selection and the customers it lists. */
export class SelectionParts {
  readonly page: Page;
  readonly customers: Locator;
  constructor(page: Page) {
    this.page = page;
    this.customers = page.locator('[data-selected-customers]');
  }

  /** The removable filter chips of the customer list below the charts. */
  chips(): Locator {
    return this.customers.locator('[data-filter-chip]');
  }

  /**
   * Waits until exactly these customers are listed, in this order (the list sorts by revenue, largest first).
   */
  async expectIds(ids: string[]) {
    await expect(this.customers.locator('[data-customer-table] tbody tr td:first-child')).toHaveText(ids);
  }

  /** Chooses an option of a segmented switch by its label, as a pointer does. */
  async choose(group: string, option: string) {
    await this.page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
    await expect(this.page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }))
      .toBeChecked();
  }

  async restrictTo(grouping: string, group: string) {
    await this.page.getByRole('combobox', { name: /^(Restrict to|限定为)$/ }).selectOption({ label: grouping });
    await this.page.getByRole('combobox', { name: /^(Group|分组)$/ }).selectOption({ label: group });
  }
}

/** The Cohorts screen: the heatmap, its table and the period and measure switches. */
export class CohortsPage extends SelectionParts {
  readonly heatmap: Locator;
  constructor(page: Page) {
    super(page);
    this.heatmap = page.locator('[data-cohort-heatmap]');
  }

  async ready() {
    await expect(this.page.locator('[data-cohorts-fresh]')).toBeVisible();
    await expect(this.heatmap.locator('svg [aria-roledescription="rect mark"]').first()).toBeAttached();
  }

  /** The sentences of the heatmap's cells, as a screen reader meets them. */
  cellSentences(): Promise<string[]> {
    return this.heatmap.locator('svg [aria-roledescription="rect mark"]').evaluateAll((cells) =>
      cells.map((cell) => cell.getAttribute('aria-label') ?? ''));
  }

  /** The table under "Show as a table": each row's cells as text. */
  async tableRows(): Promise<string[][]> {
    const details = this.page.locator('details.as-table');
    await openTable(details);
    return details.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
  }

  async pickCohort(name: string) {
    const details = this.page.locator('details.as-table');
    await openTable(details);
    await details.getByRole('button', { name }).click();
  }
}

/** The Trends screen: the KPI chart, its table, the KPIs side by side and the small multiples. */
export class TrendsPage extends SelectionParts {
  readonly chart: Locator;
  constructor(page: Page) {
    super(page);
    this.chart = page.locator('[data-kpi-chart]');
  }

  async ready() {
    await expect(this.page.locator('[data-trends-fresh]')).toBeVisible();
    await expect(this.chart.locator('svg .mark-line path').first()).toBeAttached();
  }

  /** Rows of the KPI table by period: [period, active, new, retention, churn, repeat, revenue, …]. */
  async kpiRows(): Promise<string[][]> {
    await expect(this.page.locator('[data-trends-fresh]')).toBeVisible();
    const details = this.page.locator('details.as-table');
    await openTable(details);
    const table = this.page.locator('[data-kpi-table]');
    return table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
  }

  async groupRows(): Promise<string[][]> {
    await expect(this.page.locator('[data-trends-fresh]')).toBeVisible();
    return this.page.locator('[data-group-kpis] tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
  }
}
