import { describe, expect, it } from 'vitest';
import { kpiMultiplesSpec, KPI_MULTIPLES_SIGNAL } from '../../src/charts/kpi-multiples';
import { pickedValue } from '../../src/charts/vega-locale';
import type { GroupKpis, PeriodKpiRow } from '../../src/core/kpis/kpi-types';
import { markItems, renderSpec } from './render-spec';

function period(key: string, activeCustomers: number, revenueCents: number): PeriodKpiRow {
  return {
    period: key, from: `${key}-01`, to: `${key}-28`, activeCustomers, newCustomers: 0, retentionRate: null,
    churnRate: null, repeatRate: 0, revenueCents, orders: 0, aovCents: 0, arpaCents: 0,
  };
}
function group(key: string, periods?: PeriodKpiRow[]): GroupKpis {
  return { ...period('', 0, 0), group: key, periods } as GroupKpis;
}
const groups = [
  group('north', [period('2024-01', 10, 1000), period('2024-02', 20, 2000)]),
  group('south', [period('2024-01', 5, 500), period('2024-02', 200, 150000), period('2024-03', 50, 0)]),
  group('east'),
  group('west', []),
];
const month = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const labels = {
  description: 'Revenue by region', period: 'Period', value: 'Revenue',
  groups: { north: 'North', south: 'South', east: 'East' },
};
const format = {
  locale: 'en-US',
  money: (cents: number) => `$${(cents / 100).toFixed(2)}`,
  count: (n: number) => n.toLocaleString('en-US'),
  percent: (s: number) => `${Math.round(s * 100)}%`,
  period: (key: string) => month.format(new Date(`${key}-01T00:00:00Z`)),
};

/** Where each item's panel sits: the x and y of the facet cell that holds it. */
const panels = (items: unknown[]) => items.map((item) => {
  const { x, y } = (item as { mark: { group: { x: number; y: number } } }).mark.group;
  return [x, y];
});

describe('kpiMultiplesSpec', () => {
  it('draws one titled panel per group with periods, in the given order, on one shared y scale', async () => {
    const spec = kpiMultiplesSpec(groups, 'revenueCents', null, labels, format);
    expect(spec).toMatchObject({
      description: 'Revenue by region', columns: 3, facet: { field: 'name', sort: ['North', 'South'] },
      spec: { width: 220 },
    });
    const drawn = await renderSpec(spec, 'point');
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual([
      'North, Jan 2024: $10.00', 'North, Feb 2024: $20.00',
      'South, Jan 2024: $5.00', 'South, Feb 2024: $1500.00', 'South, Mar 2024: $0.00',
    ]);
    const points = markItems(drawn.view, 'symbol');
    expect(points.map((p) => [p.datum.group, p.datum.value, p.opacity])).toEqual([
      ['north', 10, 1], ['north', 20, 1], ['south', 5, 1], ['south', 1500, 1], ['south', 0, 1],
    ]);
    expect(points[3]!.tooltip).toEqual({ title: 'South', Period: 'Feb 2024', Revenue: '$1500.00' });
    // side by side, and one y scale: the same revenue sits at the same height in both panels
    expect(panels(points).map(([, y]) => y)).toEqual([0, 0, 0, 0, 0]);
    expect(new Set(panels(points).map(([x]) => x)).size).toBe(2);
    const y = drawn.view.scale('y') as (value: number) => number;
    expect(points.map((p) => p.y)).toEqual([10, 20, 5, 1500, 0].map(y));
    const titles = [...drawn.svg.matchAll(/role-title-text[^>]*><text[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(titles).toEqual(['North', 'South']);
    drawn.view.finalize();
  });

  it('dims the panels of the groups not selected', async () => {
    const spec = kpiMultiplesSpec(groups, 'activeCustomers', 'north', labels, format);
    const drawn = await renderSpec(spec, 'point');
    expect(markItems(drawn.view, 'symbol').map((p) => p.opacity)).toEqual([1, 1, 0.25, 0.25, 0.25]);
    expect(markItems(drawn.view, 'line').map((p) => p.opacity)).toEqual([1, 1, 0.25, 0.25, 0.25]);
    expect(drawn.marks[3]).toBe('South, Feb 2024: 200');
    drawn.view.finalize();
  });

  it('reports the picked group through its selection signal', async () => {
    const drawn = await renderSpec(kpiMultiplesSpec(groups, 'orders', null, labels, format), 'point');
    const seen: Array<string | null> = [];
    drawn.view.addSignalListener(KPI_MULTIPLES_SIGNAL, (_name, value) => {
      seen.push(pickedValue(value, 'group'));
    });
    drawn.view.data(`${KPI_MULTIPLES_SIGNAL}_store`, [
      { unit: 'child_layer_1', fields: [{ type: 'E', field: 'group' }], values: ['south'] },
    ]);
    await drawn.view.runAsync();
    expect(seen).toEqual(['south']);
    drawn.view.finalize();
  });

  it('stacks narrower panels in one column when asked', async () => {
    const spec = kpiMultiplesSpec(groups, 'revenueCents', null, labels, format, { columns: 1, width: 160 });
    expect(spec).toMatchObject({ columns: 1, spec: { width: 160 } });
    const drawn = await renderSpec(spec, 'point');
    expect(drawn.warnings).toEqual([]);
    const placed = panels(markItems(drawn.view, 'symbol'));
    expect(new Set(placed.map(([x]) => x)).size).toBe(1);
    expect(new Set(placed.map(([, y]) => y)).size).toBe(2);
    expect(Math.max(...markItems(drawn.view, 'symbol').map((p) => p.x as number))).toBe(160);
    drawn.view.finalize();
  });

  it('names a group without a translation by its key, and draws no groups as an empty chart', async () => {
    const shanghai = [group('上海', [{ ...period('2024-01', 3, 0), orders: 3 }])];
    const named = await renderSpec(kpiMultiplesSpec(shanghai, 'orders', null, labels, format), 'point');
    expect(named.marks).toEqual(['上海, Jan 2024: 3']);
    named.view.finalize();
    const none = kpiMultiplesSpec([group('east'), group('west', [])], 'orders', null, labels, format);
    const empty = await renderSpec(none, 'point');
    expect([empty.warnings, empty.marks, empty.description]).toEqual([[], [], 'Revenue by region']);
    empty.view.finalize();
  });
});
