import { describe, expect, it } from 'vitest';
import { kpiPanelDomain, kpiPanelSpec, KPI_PANEL_SIGNAL } from '../../src/charts/kpi-multiples';
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
const labels = (name: string) => ({
  description: `Revenue of ${name}`, name, period: 'Period', value: 'Revenue',
});
const format = {
  locale: 'en-US',
  money: (cents: number) => `$${(cents / 100).toFixed(2)}`,
  count: (n: number) => n.toLocaleString('en-US'),
  percent: (s: number) => `${Math.round(s * 100)}%`,
  period: (key: string) => month.format(new Date(`${key}-01T00:00:00Z`)),
};

describe('kpiPanelDomain', () => {
  it('spans every group\'s periods from 0, in the drawn unit', () => {
    expect(kpiPanelDomain(groups, 'revenueCents')).toEqual([0, 1500]); // South's 150,000 cents
    expect(kpiPanelDomain(groups, 'activeCustomers')).toEqual([0, 200]);
    const refunds = [group('x', [period('2024-01', 1, -2500)])];
    expect(kpiPanelDomain(refunds, 'revenueCents')).toEqual([-25, 1]);
    expect(kpiPanelDomain([group('east')], 'repeatRate')).toEqual([0, 0.01]);
  });
});

describe('kpiPanelSpec', () => {
  it('draws one group\'s periods on the shared y range, read out with the group\'s name', async () => {
    const domain = kpiPanelDomain(groups, 'revenueCents');
    const spec = kpiPanelSpec(groups[0]!, 'revenueCents', false, domain, labels('North'), format);
    expect(spec).toMatchObject({ description: 'Revenue of North', width: 'container' });
    const drawn = await renderSpec(spec, 'point');
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual(['North, Jan 2024: $10.00', 'North, Feb 2024: $20.00']);
    const points = markItems(drawn.view, 'symbol');
    expect(points.map((p) => [p.datum.group, p.datum.value, p.opacity]))
      .toEqual([['north', 10, 1], ['north', 20, 1]]);
    expect(points[1]!.tooltip).toEqual({ Period: 'Feb 2024', Revenue: '$20.00' });
    // the shared range (niced): North's small numbers sit low, as they do beside South's 1,500
    expect((drawn.view.scale('y') as { domain: () => number[] }).domain()).toEqual([0, 1600]);
    drawn.view.finalize();
  });

  it('pales a panel whose group is not the selected one', async () => {
    const spec = kpiPanelSpec(groups[1]!, 'activeCustomers', true, [0, 200], labels('South'), format);
    const drawn = await renderSpec(spec, 'point');
    expect(markItems(drawn.view, 'symbol').map((p) => p.opacity)).toEqual([0.3, 0.3, 0.3]);
    expect(markItems(drawn.view, 'line').every((p) => p.opacity === 0.3)).toBe(true);
    expect(drawn.marks[1]).toBe('South, Feb 2024: 200');
    drawn.view.finalize();
  });

  it('reports its group through the selection signal', async () => {
    const spec = kpiPanelSpec(groups[1]!, 'orders', false, [0, 1], labels('South'), format);
    const drawn = await renderSpec(spec, 'point');
    const seen: Array<string | null> = [];
    drawn.view.addSignalListener(KPI_PANEL_SIGNAL, (_name, value) => {
      seen.push(pickedValue(value, 'group'));
    });
    drawn.view.data(`${KPI_PANEL_SIGNAL}_store`, [
      { unit: 'layer_1', fields: [{ type: 'E', field: 'group' }], values: ['south'] },
    ]);
    await drawn.view.runAsync();
    expect(seen).toEqual(['south']);
    drawn.view.finalize();
  });

  it('names a group by what it is given, and draws a group without periods as an empty chart', async () => {
    const shanghai = group('上海', [{ ...period('2024-01', 3, 0), orders: 3 }]);
    const named = await renderSpec(
      kpiPanelSpec(shanghai, 'orders', false, [0, 3], labels('上海'), format), 'point',
    );
    expect(named.marks).toEqual(['上海, Jan 2024: 3']);
    named.view.finalize();
    const empty = await renderSpec(
      kpiPanelSpec(group('east'), 'orders', false, [0, 1], labels('East'), format), 'point',
    );
    expect([empty.warnings, empty.marks, empty.description]).toEqual([[], [], 'Revenue of East']);
    empty.view.finalize();
  });
});
