import { describe, expect, it } from 'vitest';
import { groupBarsSpec } from '../../src/charts/group-bars';
import type { GroupSummary } from '../../src/core/customer-types';
import { renderSpec } from './render-spec';

function row(group: string, customers: number, share: number, revenueCents: number, revenueShare: number): GroupSummary {
  return { group, customers, share, revenueCents, revenueShare, avgRevenueCents: 0, avgOrders: 0, avgDaysSinceLast: 0 };
}
const rows = [row('high', 20, 0.2, 800000, 0.8), row('mid', 30, 0.3, 150000, 0.15), row('low', 50, 0.5, 50000, 0.05)];
const labels = {
  description: 'Value tiers', group: 'Tier', customers: 'Customers', revenue: 'Revenue',
  groups: { high: 'High value', mid: 'Mid value', low: 'Low value' },
};
const format = {
  locale: 'zh-CN',
  money: (cents: number) => `¥${(cents / 100).toFixed(0)}`,
  count: (n: number) => String(n),
  percent: (s: number) => `${(s * 100).toFixed(1)}%`,
};

describe('groupBarsSpec', () => {
  it('draws one bar per group in the given order, by customers', async () => {
    const spec = groupBarsSpec(rows, 'customers', null, labels, format);
    expect(spec).toMatchObject({
      description: 'Value tiers',
      encoding: { y: { field: 'name', sort: null }, x: { field: 'value', title: 'Customers' } },
    });
    const drawn = await renderSpec(spec);
    // Vega-Lite says so whenever a container width meets a height per bar; the width still fits
    expect(drawn.warnings).toEqual(['Dropping "fit-y" because spec has discrete height.']);
    expect(drawn.marks).toEqual(['High value: 20 (20.0%)', 'Mid value: 30 (30.0%)', 'Low value: 50 (50.0%)']);
    drawn.view.finalize();
  });

  it('draws revenue in currency units and dims the groups not selected', async () => {
    const spec = groupBarsSpec(rows, 'revenueCents', 'mid', labels, format);
    const drawn = await renderSpec(spec);
    const data = drawn.view.data('data_0') as Array<{ value: number; dim: boolean }>;
    expect(data.map((d) => [d.value, d.dim])).toEqual([[8000, true], [1500, false], [500, true]]);
    expect(drawn.marks).toEqual(['High value: ¥8000 (80.0%)', 'Mid value: ¥1500 (15.0%)', 'Low value: ¥500 (5.0%)']);
    drawn.view.finalize();
  });

  it('shows a group without a translation (an attribute value) by its own name', async () => {
    const drawn = await renderSpec(groupBarsSpec([row('上海', 1, 1, 100, 1)], 'customers', null, labels, format));
    expect(drawn.marks).toEqual(['上海: 1 (100.0%)']);
    drawn.view.finalize();
  });
});
