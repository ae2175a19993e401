import { describe, expect, it } from 'vitest';
import { COHORT_HEATMAP_SIGNAL, cohortHeatmapSpec, type CohortMeasure } from '../../src/charts/cohort-heatmap';
import { pickedValue } from '../../src/charts/vega-locale';
import type { CohortRow, CohortTable } from '../../src/core/cohorts/cohort-types';
import { renderSpec } from './render-spec';

function cohort(key: string, size: number, active: number[], revenueCents: number[]): CohortRow {
  return {
    key, size, active, retention: active.map((n) => n / size), revenueCents,
    revenuePerCustomerCents: revenueCents.map((c) => Math.round(c / size)),
    cumulativePerCustomerCents: revenueCents.map((_, k) =>
      Math.round(revenueCents.slice(0, k + 1).reduce((a, b) => a + b, 0) / size)),
  };
}
const cohorts = [cohort('2024-05', 10, [10, 4, 2], [50000, 20000, 9000]), cohort('2024-06', 4, [4, 1], [8000, 1500])];
const table: CohortTable = {
  period: 'month',
  periods: ['2024-05', '2024-06', '2024-07'],
  cohorts,
  totals: {
    ...cohort('', 14, [14, 5, 2], [58000, 21500, 9000]),
    retention: [1, 5 / 14, 2 / 10],
    totalRevenueCents: 88500,
  },
};
const names: Record<CohortMeasure, string> = {
  retention: 'retained', active: 'active', revenue: 'revenue', revenuePerCustomer: 'per customer',
  cumulativePerCustomer: 'so far per customer',
};
const labels = {
  description: 'Cohorts', cohort: 'Cohort', offset: 'Months after first purchase', all: 'All cohorts', value: 'Value',
  sentence: (row: { key: string; size: number }, offset: number, measure: CohortMeasure) =>
    `${row.key || 'All'} (${row.size}), month ${offset}: ${names[measure]}`,
};
const months: Record<string, string> = { '2024-05': 'May 2024', '2024-06': 'Jun 2024', '2024-Q2': 'Q2 2024' };
const format = {
  locale: 'en-US',
  money: (cents: number) => `$${(cents / 100).toFixed(2)}`,
  count: (n: number) => n.toLocaleString('en-US'),
  percent: (s: number) => `${Math.round(s * 100)}%`,
  period: (key: string) => months[key] ?? key,
};

describe('cohortHeatmapSpec', () => {
  it('explores', async () => {
    const drawn = await renderSpec(cohortHeatmapSpec(table, 'retention', null, labels, format), 'rect');
    console.log(drawn.warnings, drawn.marks, drawn.svg.slice(0, 6000));
    console.log(JSON.stringify(drawn.view.data('data_0')));
    expect(1).toBe(1);
  });
});
