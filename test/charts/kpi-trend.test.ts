import { describe, expect, it } from 'vitest';
import {
  brushedRange, kpiKind, kpiTrendSpec, KPI_METRICS, KPI_TREND_BRUSH, type KpiMetric,
  type KpiTrendRow,
} from '../../src/charts/kpi-trend';
import { markItems, renderSpec } from './render-spec';

function row(period: string, last: number, values: Partial<KpiTrendRow>): KpiTrendRow {
  return {
    period, from: `${period}-01`, to: `${period}-${last}`, activeCustomers: 0, newCustomers: 0,
    retentionRate: null, churnRate: null, repeatRate: 0, revenueCents: 0, orders: 0, aovCents: 0,
    arpaCents: 0, ...values,
  };
}
const rows = [
  row('2024-01', 31, { activeCustomers: 120, revenueCents: 1234500, retentionRate: null }),
  row('2024-02', 29, { activeCustomers: 80, revenueCents: 99900, retentionRate: 0.4 }),
  row('2024-03', 31, { activeCustomers: 95, revenueCents: 0, retentionRate: 0.5 }),
  row('2024-04', 30, { activeCustomers: 1500, revenueCents: -500, retentionRate: null }),
  row('2024-05', 31, { activeCustomers: 7, revenueCents: 100, retentionRate: 0.25 }),
];
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const month = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const labels = { description: 'KPI over time', period: 'Period', value: 'Revenue' };
const format = {
  locale: 'en-US',
  money: (cents: number) => usd.format(cents / 100),
  count: (n: number) => n.toLocaleString('en-US'),
  percent: (s: number) => `${Math.round(s * 100)}%`,
  period: (key: string) => month.format(new Date(`${key}-01T00:00:00Z`)),
};

const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);
const firstDays = [0, 1, 2, 3, 4].map((m) => Date.UTC(2024, m, 1));
/** The `d` of each drawn path of one Vega-Lite line mark. */
const paths = (svg: string, mark: string) => [
  ...svg.matchAll(new RegExp(`class="mark-line role-mark ${mark}"[^>]*><path d="([^"]*)"`, 'g')),
].map((m) => m[1]);

describe('kpiTrendSpec', () => {
  it('draws revenue per period in currency units, a point and a sentence per period', async () => {
    const spec = kpiTrendSpec(rows, 'revenueCents', null, labels, format);
    expect(spec).toMatchObject({ description: 'KPI over time', width: 'container' });
    const drawn = await renderSpec(spec, 'point');
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual([
      'Jan 2024: $12,345.00', 'Feb 2024: $999.00', 'Mar 2024: $0.00', 'Apr 2024: -$5.00', 'May 2024: $1.00',
    ]);
    const points = markItems(drawn.view, 'symbol');
    expect(points.map((p) => p.datum.value)).toEqual([12345, 999, 0, -5, 1]);
    expect(points.map((p) => p.datum.time)).toEqual(firstDays);
    expect(points[3]!.tooltip).toEqual({ Period: 'Apr 2024', Revenue: '-$5.00' });
    expect(points.map((p) => p.opacity)).toEqual([1, 1, 1, 1, 1]);
    // ticks sit on the periods' first days and are named by format.period, not by Vega's English dates
    expect(drawn.svg).toContain('>Jan 2024</text>');
    expect(drawn.svg).toContain('>May 2024</text>');
    expect(drawn.svg).toContain('>10k</text>');
    drawn.view.finalize();
  });

  it('leaves a gap where a rate is unknown and writes shares as percentages', async () => {
    const drawn = await renderSpec(kpiTrendSpec(rows, 'retentionRate', null, labels, format), 'point');
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual(['Feb 2024: 40%', 'Mar 2024: 50%', 'May 2024: 25%']);
    const [line] = paths(drawn.svg, 'layer_0_layer_0_marks');
    expect(line?.match(/M/g)).toHaveLength(2); // Feb–Mar, then May on its own after April's gap
    expect(drawn.svg).toContain('>50%</text>');
    drawn.view.finalize();
  });

  it('skips lifetime values the rows do not carry', async () => {
    const some = rows.map((r, i) => (i < 2 ? { ...r, predictedCltvCents: 5000 * (i + 1) } : r));
    const drawn = await renderSpec(kpiTrendSpec(some, 'predictedCltvCents', null, labels, format), 'point');
    expect([drawn.warnings, drawn.marks]).toEqual([[], ['Jan 2024: $50.00', 'Feb 2024: $100.00']]);
    drawn.view.finalize();
  });

  it('shades the chosen range behind the line and dims the points outside it', async () => {
    const range = { from: '2024-02-10', to: '2024-04-30' };
    const spec = kpiTrendSpec(rows, 'activeCustomers', range, labels, format);
    const drawn = await renderSpec(spec, 'point');
    expect(drawn.warnings).toEqual([]);
    expect(markItems(drawn.view, 'symbol').map((p) => [p.datum.from, p.opacity])).toEqual([
      ['2024-01-01', 0.3], ['2024-02-01', 0.3], ['2024-03-01', 1], ['2024-04-01', 1], ['2024-05-01', 0.3],
    ]);
    const x = drawn.view.scale('x') as (time: number) => number;
    const [band] = markItems(drawn.view, 'rect').filter((item) => item.datum.start !== undefined);
    expect([band!.x, band!.x2]).toEqual([x(Date.UTC(2024, 1, 10)), x(Date.UTC(2024, 4, 1))]);
    expect(drawn.svg.indexOf('layer_0_marks')).toBeLessThan(drawn.svg.indexOf('layer_1_layer_0_marks'));
    drawn.view.finalize();
  });

  it('keeps the axis to the data when the range reaches past it', async () => {
    const spec = kpiTrendSpec(rows, 'orders', { from: '2023-01-01', to: '2025-12-31' }, labels, format);
    const drawn = await renderSpec(spec, 'point');
    expect((drawn.view.scale('x') as { domain: () => Date[] }).domain().map(Number))
      .toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 4, 1)]);
    expect(markItems(drawn.view, 'symbol').map((p) => p.opacity)).toEqual([1, 1, 1, 1, 1]);
    drawn.view.finalize();
  });

  it('reports a dragged range through the brush signal as ISO days, in either drag direction', async () => {
    const drawn = await renderSpec(kpiTrendSpec(rows, 'activeCustomers', null, labels, format), 'point');
    const x = drawn.view.scale('x') as (time: number) => number;
    const seen: unknown[] = [];
    drawn.view.addSignalListener(KPI_TREND_BRUSH, (_name, value) => void seen.push(value));
    const ranges = [];
    const drags = [
      [x(noon('2024-02-01')), x(noon('2024-04-01'))],
      [x(noon('2024-04-20')), x(noon('2024-01-15'))], // dragged right to left
      [0, 0], // what a double click leaves: the brush cleared
    ];
    for (const pixels of drags) {
      drawn.view.signal(`${KPI_TREND_BRUSH}_x`, pixels);
      await drawn.view.runAsync();
      ranges.push(brushedRange(drawn.view.signal(KPI_TREND_BRUSH)));
    }
    expect(ranges).toEqual([
      { from: '2024-02-01', to: '2024-04-01' }, { from: '2024-01-15', to: '2024-04-20' }, null,
    ]);
    expect(Object.keys(seen[0] as object)).toEqual(['time']);
    expect((seen[0] as { time: unknown[] }).time.map((t) => typeof t)).toEqual(['number', 'number']);
    drawn.view.finalize();
  });

  it('draws no rows as an empty chart', async () => {
    const spec = kpiTrendSpec([], 'aovCents', { from: '2024-01-01', to: '2024-02-01' }, labels, format);
    const drawn = await renderSpec(spec, 'point');
    expect([drawn.warnings, drawn.marks, drawn.description]).toEqual([[], [], 'KPI over time']);
    drawn.view.finalize();
  });
});

describe('kpiKind', () => {
  // a Record, so a metric added to KPI_METRICS without a kind here fails to type-check
  const kinds: Record<KpiMetric, ReturnType<typeof kpiKind>> = {
    activeCustomers: 'count', newCustomers: 'count', orders: 'count',
    retentionRate: 'share', churnRate: 'share', repeatRate: 'share',
    revenueCents: 'money', aovCents: 'money', arpaCents: 'money', historicCltvCents: 'money',
    predictedCltvCents: 'money',
  };
  it.each(KPI_METRICS.map((metric) => [metric, kinds[metric]]))('%s is a %s', (metric, kind) => {
    expect(kpiKind(metric)).toBe(kind);
  });
});

describe('brushedRange', () => {
  it.each([
    [{ time: [Date.UTC(2024, 1, 1, 3), Date.UTC(2024, 3, 1, 20)] }, { from: '2024-02-01', to: '2024-04-01' }],
    [{ time: [Date.UTC(2024, 3, 1), Date.UTC(2024, 1, 1)] }, { from: '2024-02-01', to: '2024-04-01' }],
    [
      { time: [new Date(Date.UTC(2023, 11, 31, 23)), new Date(Date.UTC(2024, 0, 1))] },
      { from: '2023-12-31', to: '2024-01-01' },
    ],
    [{}, null],
    [null, null],
    [{ time: [] }, null],
    [{ time: ['soon', 1] }, null],
  ])('%j → %j', (value, expected) => {
    expect(brushedRange(value)).toEqual(expected);
  });
});
