import { describe, expect, it } from 'vitest';
import { kpisByGroup } from '../../../src/core/kpis/kpis-by-group';
import { periodKpis } from '../../../src/core/kpis/period-kpis';
import { isoToDay } from '../../../src/core/dates';
import { overviewOf } from '../../../src/core/metrics/overview';
import type { PeriodKpiRow } from '../../../src/core/kpis/kpi-types';
import { randomShop } from './random-shop';
import { orderTable, type TestOrder } from '../metrics/order-table';

// Customer codes in first-seen order: E 0, A 1, B 2, C 3, D 4.
const shop: TestOrder[] = [
  { customer: 'E', date: '2023-12-15', amount: 10, status: 'completed' },
  { customer: 'A', date: '2024-01-05', amount: 100, status: 'completed' },
  { customer: 'A', date: '2024-01-05', amount: 50, status: 'completed' },
  { customer: 'B', date: '2024-01-20', amount: 30, status: 'completed' },
  { customer: 'B', date: '2024-01-25', amount: 20, status: 'completed' },
  { customer: 'C', date: '2024-01-28', amount: 80, status: 'Cancelled' },
  { customer: 'E', date: '2024-01-10', amount: 10, status: 'completed' },
  { customer: 'A', date: '2024-03-02', amount: 20, status: 'completed' },
  { customer: 'B', date: '2024-03-20', amount: -10, status: 'refunded' },
  { customer: 'C', date: '2024-03-15', amount: 40, status: 'completed' },
  { customer: 'A', date: '2024-04-10', amount: 60, status: 'completed' },
  { customer: 'D', date: '2024-04-30', amount: 25, status: 'completed' },
  { customer: 'C', date: '2024-04-02', amount: 0, status: 'completed' },
];
const from2024 = isoToDay('2024-01-01');
// gold: A and C; silver: B and D; E in no group.
const groupOf = Int16Array.from([-1, 0, 1, 0, 1]);

describe('kpisByGroup on a hand-computed shop', () => {
  it('gives each group its KPIs over the range, retention from the last two months', () => {
    expect(kpisByGroup(orderTable(shop), groupOf, ['gold', 'silver'], { period: 'month', fromDay: from2024 }))
      .toEqual([
        {
          group: 'gold',
          activeCustomers: 2, newCustomers: 2, retentionRate: 0.5, churnRate: 0.5, repeatRate: 0.5,
          revenueCents: 27000, orders: 5, aovCents: 5400, arpaCents: 13500,
        },
        {
          // Silver bought nothing in March (B's refund is not a purchase): no retention into April.
          group: 'silver',
          activeCustomers: 2, newCustomers: 2, retentionRate: null, churnRate: null, repeatRate: 0.5,
          revenueCents: 6500, orders: 3, aovCents: 2500, arpaCents: 3250,
        },
      ]);
  });

  it('adds per-period rows equal to periodKpis restricted to the group', () => {
    const table = orderTable(shop);
    const [gold, silver] = kpisByGroup(table, groupOf, ['gold', 'silver'], {
      period: 'month',
      fromDay: from2024,
      perPeriod: true,
    });
    const goldOnly = Uint8Array.from([0, 1, 0, 1, 0]);
    const silverOnly = Uint8Array.from([0, 0, 1, 0, 1]);
    const month = { period: 'month', fromDay: from2024 } as const;
    expect(gold?.periods).toEqual(periodKpis(table, { ...month, only: goldOnly }));
    expect(silver?.periods).toEqual(periodKpis(table, { ...month, only: silverOnly }));
    expect(silver?.periods?.map((row) => row.revenueCents)).toEqual([5000, 0, -1000, 2500]);
  });

  it('has a null retention with a single period', () => {
    const [gold] = kpisByGroup(orderTable(shop), groupOf, ['gold', 'silver'], {
      period: 'year',
      fromDay: from2024,
    });
    expect(gold).toEqual({
      group: 'gold',
      activeCustomers: 2, newCustomers: 2, retentionRate: null, churnRate: null, repeatRate: 0.5,
      revenueCents: 27000, orders: 5, aovCents: 5400, arpaCents: 13500,
    });
  });

  it('gives every group zeros, and no periods, when the range holds no data', () => {
    const empty = {
      activeCustomers: 0, newCustomers: 0, retentionRate: null, churnRate: null, repeatRate: 0,
      revenueCents: 0, orders: 0, aovCents: 0, arpaCents: 0,
    };
    expect(
      kpisByGroup(orderTable(shop), groupOf, ['gold', 'silver'], {
        period: 'month',
        fromDay: isoToDay('2030-01-01'),
        perPeriod: true,
      }),
    ).toEqual([
      { group: 'gold', ...empty, periods: [] },
      { group: 'silver', ...empty, periods: [] },
    ]);
  });

  it('leaves out customers whose code has no group entry', () => {
    const [gold] = kpisByGroup(orderTable(shop), Int32Array.from([-1, 0]), ['gold'], {
      period: 'month',
      fromDay: from2024,
    });
    expect(gold).toEqual({
      group: 'gold',
      activeCustomers: 1, newCustomers: 1, retentionRate: 1, churnRate: 0, repeatRate: 1,
      revenueCents: 23000, orders: 4, aovCents: 5750, arpaCents: 23000,
    });
  });
});

describe('kpisByGroup with every customer in one group', () => {
  it.each([
    [1, 'month'],
    [2, 'quarter'],
    [3, 'year'],
    [4, 'month'],
  ] as const)('equals periodKpis and overviewOf (seed %i, by %s)', (seed, period) => {
    const table = orderTable(randomShop(seed, 400, 40));
    const everyone = new Int32Array(table.customer.values.length);
    const [all] = kpisByGroup(table, everyone, ['all'], { period, fromDay: from2024, perPeriod: true });
    const rows = periodKpis(table, { period, fromDay: from2024 });
    const sum = (pick: (row: PeriodKpiRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
    const last = rows.at(-1)!;
    const { kpis } = overviewOf(table, { from: '2024-01-01', to: null });
    expect(all).toEqual({
      group: 'all',
      activeCustomers: kpis.customers,
      newCustomers: sum((row) => row.newCustomers),
      retentionRate: last.retentionRate,
      churnRate: last.churnRate,
      repeatRate: kpis.repeatRate,
      revenueCents: sum((row) => row.revenueCents),
      orders: sum((row) => row.orders),
      aovCents: kpis.aovCents,
      arpaCents: kpis.arpaCents,
      periods: rows,
    });
    expect([all?.revenueCents, all?.orders]).toEqual([kpis.revenueCents, kpis.orders]);
  });
});
