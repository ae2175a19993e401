import { expect, type Locator, type Page } from '@playwright/test';
import type { KpiKey } from '../../../src/core/types';

/** The Overview screen: KPI cards for a range and the monthly chart. */
export class OverviewPage {
  readonly page: Page;
  readonly chart: Locator;
  constructor(page: Page) {
    this.page = page;
    this.chart = page.locator('[data-chart]');
  }

  kpi(key: KpiKey): Locator {
    return this.page.locator(`[data-kpi="${key}"] [data-value]`);
  }

  /** Waits until the shown numbers are the freshly computed ones for the current range. */
  async settled() {
    await expect(this.page.locator('[data-overview-fresh]')).toBeAttached({ timeout: 60_000 });
  }

  async kpiText(key: KpiKey): Promise<string> {
    await this.settled();
    return (await this.kpi(key).innerText()).trim();
  }

  async drawn() {
    await expect(this.chart.locator('svg .mark-rect path').first()).toBeAttached({ timeout: 30_000 });
  }
}
