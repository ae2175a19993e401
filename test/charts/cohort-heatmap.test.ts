import { describe, expect, it } from 'vitest';
import {
  COHORT_HEATMAP_SIGNAL, cohortHeatmapSpec, MAX_TEXT_CELLS, type CohortMeasure,
} from '../../src/charts/cohort-heatmap';
import { pickedValue } from '../../src/charts/vega-locale';
import type { CohortRow, CohortTable } from '../../src/core/cohorts/cohort-types';
import { markItems, renderSpec, type DrawnItem } from './render-spec';

function cohort(key: string, size: number, active: number[], revenueCents: number[]): CohortRow {
  return {
    key, size, active, retention: active.map((n) => n / size), revenueCents,
    revenuePerCustomerCents: revenueCents.map((c) => Math.round(c / size)),
    cumulativePerCustomerCents: revenueCents.map((_, k) =>
      Math.round(revenueCents.slice(0, k + 1).reduce((a, b) => a + b, 0) / size)),
  };
}
const cohorts = [
  cohort('2024-05', 10, [10, 4, 2], [50000, 20000, 9000]),
  cohort('2024-06', 4, [4, 1], [8000, 1500]),
];
const table: CohortTable = {
  period: 'month',
  periods: ['2024-05', '2024-06', '2024-07'],
  cohorts,
  totals: {
    ...cohort('', 14, [14, 5, 2], [58000, 21500, 9000]),
    retention: [1, 5 / 14, 2 / 10], // over the customers of the cohorts that reach each offset
    totalRevenueCents: 88500,
  },
};
const names: Record<CohortMeasure, string> = {
  retention: 'retained', active: 'active', revenue: 'revenue', revenuePerCustomer: 'per customer',
  cumulativePerCustomer: 'so far per customer',
};
const labels = {
  description: 'Cohorts', cohort: 'Cohort', offset: 'Months after first purchase', all: 'All cohorts',
  value: 'Value',
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

const pick = (items: DrawnItem[], ...keys: string[]) => items.map((item) => keys.map((key) => item[key]));

describe('cohortHeatmapSpec', () => {
  it('draws the totals row, then each cohort oldest first, a cell per offset with retention', async () => {
    const spec = cohortHeatmapSpec(table, 'retention', null, labels, format);
    expect(spec).toMatchObject({
      description: 'Cohorts',
      height: { step: 22 },
      encoding: {
        y: { field: 'rowLabel', type: 'ordinal', sort: null, title: 'Cohort' },
        x: { field: 'offset', type: 'ordinal', title: 'Months after first purchase' },
      },
      layer: [
        // the first month is 100% for every cohort: the scale spans the later months (40% at most)
        { mark: { type: 'rect' }, encoding: { color: { scale: { scheme: 'blues', domain: [0, 0.4] } } } },
        { mark: { type: 'text' }, encoding: { text: { field: 'valueLabel' } } },
      ],
    });
    const drawn = await renderSpec(spec, 'rect mark');
    // Vega-Lite says so whenever a container width meets a height per row; the width still fits
    expect(drawn.warnings).toEqual(['Dropping "fit-y" because spec has discrete height.']);
    expect(drawn.marks).toEqual([
      'All (14), month 0: retained', 'All (14), month 1: retained', 'All (14), month 2: retained',
      '2024-05 (10), month 0: retained', '2024-05 (10), month 1: retained', '2024-05 (10), month 2: retained',
      '2024-06 (4), month 0: retained', '2024-06 (4), month 1: retained',
    ]);
    expect(pick(markItems(drawn.view, 'text'), 'text', 'fill')).toEqual([
      ['100%', '#ffffff'], ['36%', '#ffffff'], ['20%', '#1f2933'],
      ['100%', '#ffffff'], ['40%', '#ffffff'], ['20%', '#1f2933'],
      ['100%', '#ffffff'], ['25%', '#ffffff'],
    ]);
    const rows = [...drawn.svg.matchAll(/role-axis-label[^]*?<\/g>/g)].map((m) =>
      [...m[0].matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1]));
    expect(rows).toEqual([['0', '1', '2'], ['All cohorts · 14', 'May 2024 · 10', 'Jun 2024 · 4']]);
    expect(markItems(drawn.view, 'rect')[4]!.tooltip).toEqual({
      title: '2024-05 (10), month 1: retained', Cohort: 'May 2024 · 10', 'Months after first purchase': 1,
      Value: '40%',
    });
    drawn.view.finalize();
  });

  it.each([
    ['revenue', [580, 215, 90, 500, 200, 90, 80, 15], ['$580.00', '$215.00', '$90.00', '$500.00']],
    [
      'revenuePerCustomer', [41.43, 15.36, 6.43, 50, 20, 9, 20, 3.75],
      ['$41.43', '$15.36', '$6.43', '$50.00'],
    ],
    [
      'cumulativePerCustomer', [41.43, 56.79, 63.21, 50, 70, 79, 20, 23.75],
      ['$41.43', '$56.79', '$63.21', '$50.00'],
    ],
  ] as const)('colours %s in currency units on a teal scale, as money', async (measure, colour, text) => {
    const spec = cohortHeatmapSpec(table, measure, null, labels, format);
    expect(spec).toMatchObject({ layer: [{ encoding: { color: { scale: { scheme: 'teals' } } } }, {}] });
    const drawn = await renderSpec(spec, 'rect mark');
    expect(drawn.warnings).toEqual(['Dropping "fit-y" because spec has discrete height.']);
    expect(drawn.marks).toHaveLength(8);
    expect(markItems(drawn.view, 'rect').map((item) => item.datum.value)).toEqual(colour);
    expect(markItems(drawn.view, 'text').slice(0, 4).map((item) => item.text)).toEqual(text);
    drawn.view.finalize();
  });

  it('asks for one sentence per cell, the totals row with an empty key and every customer', () => {
    const asked: Array<[string, number, number, CohortMeasure]> = [];
    cohortHeatmapSpec(table, 'revenue', null, {
      ...labels, sentence: (row, offset, measure) => String(asked.push([row.key, row.size, offset, measure])),
    }, format);
    expect(asked).toEqual([
      ['', 14, 0, 'revenue'], ['', 14, 1, 'revenue'], ['', 14, 2, 'revenue'],
      ['2024-05', 10, 0, 'revenue'], ['2024-05', 10, 1, 'revenue'], ['2024-05', 10, 2, 'revenue'],
      ['2024-06', 4, 0, 'revenue'], ['2024-06', 4, 1, 'revenue'],
    ]);
  });

  it('writes active customers as counts, coloured by the cohorts, white on the darkest cells', async () => {
    const drawn = await renderSpec(cohortHeatmapSpec(table, 'active', null, labels, format), 'rect mark');
    expect(pick(markItems(drawn.view, 'text'), 'text', 'fill')).toEqual([
      ['14', '#ffffff'], ['5', '#ffffff'], ['2', '#1f2933'],
      ['10', '#ffffff'], ['4', '#ffffff'], ['2', '#1f2933'],
      ['4', '#ffffff'], ['1', '#1f2933'],
    ]);
    expect(drawn.marks[1]).toBe('All (14), month 1: active');
    // the summed totals would pale every cohort, and so would the first month in which every customer buys:
    // colours span the cohorts' later months (at most 4 customers), the rest take the darkest
    expect((drawn.view.scale('color') as { domain: () => number[] }).domain()).toEqual([0, 4]);
    const fills = markItems(drawn.view, 'rect').map((item) => item.fill);
    expect(fills[0]).toBe(fills[3]);
    drawn.view.finalize();
  });

  it('dims the other cohorts when one is selected, keeping the totals row as the reference', async () => {
    const spec = cohortHeatmapSpec(table, 'retention', '2024-06', labels, format);
    const drawn = await renderSpec(spec, 'rect mark');
    expect(markItems(drawn.view, 'rect').map((item) => item.opacity)).toEqual([1, 1, 1, 0.3, 0.3, 0.3, 1, 1]);
    expect(markItems(drawn.view, 'text').map((item) => item.opacity)).toEqual([1, 1, 1, 0.3, 0.3, 0.3, 1, 1]);
    drawn.view.finalize();
  });

  it('reports the clicked cohort through its selection signal, the totals row as an empty key', async () => {
    const drawn = await renderSpec(cohortHeatmapSpec(table, 'retention', null, labels, format), 'rect mark');
    const seen: Array<string | null> = [];
    drawn.view.addSignalListener(COHORT_HEATMAP_SIGNAL, (_name, value) => {
      seen.push(pickedValue(value, 'key'));
    });
    for (const key of ['2024-05', '']) {
      drawn.view.data(`${COHORT_HEATMAP_SIGNAL}_store`, [
        { unit: 'layer_0', fields: [{ type: 'E', field: 'key' }], values: [key] },
      ]);
      await drawn.view.runAsync();
    }
    expect(seen).toEqual(['2024-05', '']);
    drawn.view.finalize();
  });

  it('labels quarter cohorts and leaves numbers out of cells too narrow for them', async () => {
    const long = Array.from({ length: 12 }, (_, k) => 12 - k);
    const quarters: CohortTable = {
      period: 'quarter', periods: ['2024-Q2'], cohorts: [cohort('2024-Q2', 12, long, long)],
      totals: { ...cohort('', 12, long, long), totalRevenueCents: 78 },
    };
    const drawn = await renderSpec(cohortHeatmapSpec(quarters, 'active', null, labels, format), 'rect mark');
    expect(drawn.marks).toHaveLength(24);
    expect(drawn.svg).toContain('>Q2 2024 · 12</text>');
    expect(new Set(markItems(drawn.view, 'text').map((item) => item.fontSize))).toEqual(new Set([0]));
    drawn.view.finalize();
  });

  it('draws a table without cohorts as an empty chart', async () => {
    const empty: CohortTable = { ...table, cohorts: [] };
    const drawn = await renderSpec(cohortHeatmapSpec(empty, 'revenue', null, labels, format), 'rect mark');
    expect([drawn.warnings, drawn.marks, drawn.description])
      .toEqual([['Dropping "fit-y" because spec has discrete height.'], [], 'Cohorts']);
    drawn.view.finalize();
  });

  it('leaves the numbers out of the cells of a long history, drawing one mark per cell', async () => {
    // Six years of monthly cohorts: 72 rows of up to 72 offsets, 2,628 cells with the totals.
    const keys = Array.from({ length: 72 }, (_, i) =>
      `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const long = keys.map((key, i) => cohort(key, 10,
      Array.from({ length: 72 - i }, (_, k) => (k === 0 ? 10 : 1)),
      Array.from({ length: 72 - i }, () => 100)));
    const many: CohortTable = {
      period: 'month', periods: keys, cohorts: long, totals: { ...long[0]!, totalRevenueCents: 0 },
    };
    const drawn = await renderSpec(cohortHeatmapSpec(many, 'retention', null, labels, format), 'rect mark');
    const cells = 72 + long.reduce((n, c) => n + c.active.length, 0);
    expect(cells).toBeGreaterThan(MAX_TEXT_CELLS);
    expect(markItems(drawn.view, 'rect')).toHaveLength(cells);
    expect(markItems(drawn.view, 'text')).toHaveLength(0);
    expect(drawn.marks[0]).toBe('All (10), month 0: retained'); // each cell still read out
    drawn.view.finalize();
  });
});
