import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { TREND_METRICS, monthlyTrendSpec, type TrendMetric } from '../../src/charts/monthly-trend';
import type { MonthlyRow } from '../../src/core/types';

const rows: MonthlyRow[] = [
  { month: '2024-12', revenueCents: 123456789, orders: 1234, activeCustomers: 1000 },
  { month: '2025-01', revenueCents: 50, orders: 1, activeCustomers: 1 },
  { month: '2025-02', revenueCents: -2000, orders: 0, activeCustomers: 0 },
];
const labels = {
  title: 'Revenue by month', description: 'Bars of revenue per month', month: 'Month', value: 'Revenue',
};

/** Compiles with vega-lite (collecting warnings), renders to SVG with vega, returns what a reader meets. */
async function render(spec: TopLevelSpec) {
  const warnings: string[] = [];
  const logger = {
    level: () => logger, error: (...m: unknown[]) => void warnings.push(m.join(' ')),
    warn: (...m: unknown[]) => void warnings.push(m.join(' ')), info: () => logger, debug: () => logger,
  };
  const compiled = compile(spec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  await view.runAsync();
  const svg = await view.toSVG();
  view.finalize();
  const barLabels = [...svg.matchAll(/<[^>]*aria-roledescription="bar"[^>]*>/g)]
    .map((m) => /aria-label="([^"]*)"/.exec(m[0])?.[1]);
  const heights = (view.data('data_0') as { value: number }[]).map((d) => d.value);
  return { warnings, svg, barLabels, heights, description: compiled.description };
}

describe('monthlyTrendSpec', () => {
  it('draws revenue in currency units with localised labels (zh-CN, CNY)', async () => {
    const spec = monthlyTrendSpec(rows, 'revenueCents', labels, { currency: 'cny', locale: 'zh-CN' });
    expect(spec).toMatchObject({
      title: 'Revenue by month',
      description: 'Bars of revenue per month',
      width: 'container',
      mark: { type: 'bar' },
      transform: [{ calculate: 'datum.revenueCents / 100', as: 'value' }],
      encoding: {
        x: { field: 'tick', type: 'ordinal', sort: null },
        y: { field: 'value', type: 'quantitative', title: 'Revenue' },
        tooltip: [{ field: 'monthLabel', title: 'Month' }, { field: 'valueLabel', title: 'Revenue' }],
      },
    });
    const drawn = await render(spec);
    expect(drawn.warnings).toEqual([]);
    expect(drawn.description).toBe('Bars of revenue per month');
    expect(drawn.heights).toEqual([1234567.89, 0.5, -20]);
    expect(drawn.barLabels).toEqual(['2024年12月: ¥1,234,567.89', '2025年1月: ¥0.50', '2025年2月: -¥20.00']);
    expect(drawn.svg).toContain('>2024年12月</text>');
  });

  it.each([
    ['orders', 'en-US', ['December 2024: 1,234', 'January 2025: 1', 'February 2025: 0'], [1234, 1, 0]],
    ['activeCustomers', 'de-DE', ['Dezember 2024: 1.000', 'Januar 2025: 1', 'Februar 2025: 0'], [1000, 1, 0]],
  ] as const)('draws %s as counts in %s', async (metric, locale, barLabels, heights) => {
    const drawn = await render(monthlyTrendSpec(rows, metric, labels, { currency: 'USD', locale }));
    expect(drawn.warnings).toEqual([]);
    expect(drawn.barLabels).toEqual(barLabels);
    expect(drawn.heights).toEqual(heights);
  });

  it('writes revenue as a plain number when the currency is unknown', async () => {
    const spec = monthlyTrendSpec(rows, 'revenueCents', labels, { currency: null, locale: 'en-US' });
    expect((await render(spec)).barLabels)
      .toEqual(['December 2024: 1,234,567.89', 'January 2025: 0.50', 'February 2025: -20.00']);
  });

  it.each(TREND_METRICS.map((metric): [TrendMetric] => [metric]))('draws an empty chart of %s', async (metric) => {
    const drawn = await render(monthlyTrendSpec([], metric, labels, { currency: 'EUR', locale: 'fr-FR' }));
    expect([drawn.warnings, drawn.barLabels, drawn.description]).toEqual([[], [], 'Bars of revenue per month']);
  });

  it('labels each bar with its own month in any time zone, as months are written in UTC', () => {
    const spec = monthlyTrendSpec(rows, 'orders', labels, { currency: null, locale: 'en-US' });
    expect(spec).toMatchObject({
      data: {
        values: [
          { month: '2024-12', tick: 'Dec 2024' }, { month: '2025-01', tick: 'Jan 2025' },
          { month: '2025-02', tick: 'Feb 2025' },
        ],
      },
    });
  });
});
