import { describe, expect, it } from 'vitest';
import { periodKpis } from '../../../src/core/kpis/period-kpis';
import { isoToDay } from '../../../src/core/dates';
import { overviewOf } from '../../../src/core/metrics/overview';
import type { PeriodKpiRow } from '../../../src/core/kpis/kpi-types';
import { randomShop } from './random-shop';
import { orderTable, type TestOrder } from '../metrics/order-table';

// Customer codes in first-seen order: E 0, A 1, B 2, C 3, D 4.
const shop: TestOrder[] = [
  { customer: 'E', date: '2023-12-15', amount: 10, status: 'completed' }, // E's first purchase, before 2024
  { customer: 'A', date: '2024-01-05', amount: 100, status: 'completed' },
  { customer: 'A', date: '2024-01-05', amount: 50, status: 'completed' }, // same day: one occasion
  { customer: 'B', date: '2024-01-20', amount: 30, status: 'completed' },
  { customer: 'B', date: '2024-01-25', amount: 20, status: 'completed' }, // second day: a repeat buyer
  { customer: 'C', date: '2024-01-28', amount: 80, status: 'Cancelled' }, // void: not C's first purchase
  { customer: 'E', date: '2024-01-10', amount: 10, status: 'completed' },
  // February: nobody buys.
  { customer: 'A', date: '2024-03-02', amount: 20, status: 'completed' },
  { customer: 'B', date: '2024-03-20', amount: -10, status: 'refunded' }, // money back: revenue, not a purchase
  { customer: 'C', date: '2024-03-15', amount: 40, status: 'completed' },
  { customer: 'A', date: '2024-04-10', amount: 60, status: 'completed' },
  { customer: 'D', date: '2024-04-30', amount: 25, status: 'completed' }, // first purchase in the last month
  { customer: 'C', date: '2024-04-02', amount: 0, status: 'completed' }, // no value: not a purchase
];
const from2024 = isoToDay('2024-01-01');

const monthly = [
  {
    period: '2024-01', from: '2024-01-01', to: '2024-01-31',
    activeCustomers: 3, newCustomers: 2, retentionRate: null, churnRate: null, repeatRate: 1 / 3,
    revenueCents: 21000, orders: 5, aovCents: 4200, arpaCents: 7000,
  },
  {
    period: '2024-02', from: '2024-02-01', to: '2024-02-29',
    activeCustomers: 0, newCustomers: 0, retentionRate: 0, churnRate: 1, repeatRate: 0,
    revenueCents: 0, orders: 0, aovCents: 0, arpaCents: 0,
  },
  {
    period: '2024-03', from: '2024-03-01', to: '2024-03-31',
    activeCustomers: 2, newCustomers: 1, retentionRate: null, churnRate: null, repeatRate: 0,
    revenueCents: 5000, orders: 2, aovCents: 3000, arpaCents: 2500,
  },
  {
    period: '2024-04', from: '2024-04-01', to: '2024-04-30',
    activeCustomers: 2, newCustomers: 1, retentionRate: 0.5, churnRate: 0.5, repeatRate: 0,
    revenueCents: 8500, orders: 2, aovCents: 4250, arpaCents: 4250,
  },
];

describe('periodKpis on a hand-computed shop', () => {
  it('gives every month of 2024, the empty one included, with retention as DESIGN.md defines it', () => {
    expect(periodKpis(orderTable(shop), { period: 'month', fromDay: from2024 })).toEqual(monthly);
  });

  it('does not depend on the order of the rows', () => {
    const reversed = orderTable([...shop].reverse());
    expect(periodKpis(reversed, { period: 'month', fromDay: from2024 })).toEqual(monthly);
  });

  it('cuts by quarter', () => {
    expect(periodKpis(orderTable(shop), { period: 'quarter', fromDay: from2024 })).toEqual([
      {
        period: '2024-Q1', from: '2024-01-01', to: '2024-03-31',
        activeCustomers: 4, newCustomers: 3, retentionRate: null, churnRate: null, repeatRate: 0.5,
        revenueCents: 26000, orders: 7, aovCents: 3857, arpaCents: 6500,
      },
      {
        period: '2024-Q2', from: '2024-04-01', to: '2024-04-30',
        activeCustomers: 2, newCustomers: 1, retentionRate: 0.25, churnRate: 0.75, repeatRate: 0,
        revenueCents: 8500, orders: 2, aovCents: 4250, arpaCents: 4250,
      },
    ]);
  });

  it('cuts by year over the whole data span by default', () => {
    expect(periodKpis(orderTable(shop), { period: 'year' })).toEqual([
      {
        period: '2023', from: '2023-12-15', to: '2023-12-31',
        activeCustomers: 1, newCustomers: 1, retentionRate: null, churnRate: null, repeatRate: 0,
        revenueCents: 1000, orders: 1, aovCents: 1000, arpaCents: 1000,
      },
      {
        period: '2024', from: '2024-01-01', to: '2024-04-30',
        activeCustomers: 5, newCustomers: 4, retentionRate: 1, churnRate: 0, repeatRate: 0.4,
        revenueCents: 34500, orders: 9, aovCents: 3944, arpaCents: 6900,
      },
    ]);
  });

  it('counts a customer as new in the calendar month of its first purchase, even before the range', () => {
    const rows = periodKpis(orderTable(shop), {
      period: 'month',
      fromDay: isoToDay('2024-01-08'),
      toDay: isoToDay('2024-01-31'),
    });
    // A's only January day (the 5th) is cut off; B is new, E bought first in 2023.
    expect(rows).toEqual([
      {
        period: '2024-01', from: '2024-01-08', to: '2024-01-31',
        activeCustomers: 2, newCustomers: 1, retentionRate: null, churnRate: null, repeatRate: 0.5,
        revenueCents: 6000, orders: 3, aovCents: 2000, arpaCents: 3000,
      },
    ]);
    const late = orderTable([...shop, { customer: 'A', date: '2024-01-09', amount: 5, status: 'completed' }]);
    const [january] = periodKpis(late, { period: 'month', fromDay: isoToDay('2024-01-08') });
    expect(january?.newCustomers).toBe(2);
  });

  it('restricts every number to a segment (A and C)', () => {
    const only = Uint8Array.from([0, 1, 0, 1, 0]);
    expect(periodKpis(orderTable(shop), { period: 'month', fromDay: from2024, only })).toEqual([
      {
        period: '2024-01', from: '2024-01-01', to: '2024-01-31',
        activeCustomers: 1, newCustomers: 1, retentionRate: null, churnRate: null, repeatRate: 0,
        revenueCents: 15000, orders: 2, aovCents: 7500, arpaCents: 15000,
      },
      {
        period: '2024-02', from: '2024-02-01', to: '2024-02-29',
        activeCustomers: 0, newCustomers: 0, retentionRate: 0, churnRate: 1, repeatRate: 0,
        revenueCents: 0, orders: 0, aovCents: 0, arpaCents: 0,
      },
      {
        period: '2024-03', from: '2024-03-01', to: '2024-03-31',
        activeCustomers: 2, newCustomers: 1, retentionRate: null, churnRate: null, repeatRate: 0,
        revenueCents: 6000, orders: 2, aovCents: 3000, arpaCents: 3000,
      },
      {
        period: '2024-04', from: '2024-04-01', to: '2024-04-30',
        activeCustomers: 1, newCustomers: 0, retentionRate: 0.5, churnRate: 0.5, repeatRate: 0,
        revenueCents: 6000, orders: 1, aovCents: 6000, arpaCents: 6000,
      },
    ]);
  });

  it.each([
    ['a range after the data', { fromDay: isoToDay('2025-01-01') }],
    ['a range before the data', { toDay: isoToDay('2023-01-01') }],
    ['an inverted range', { fromDay: isoToDay('2024-03-01'), toDay: isoToDay('2024-02-01') }],
    ['an unreadable end', { fromDay: Number.NaN }],
  ])('is empty for %s', (_, range) => {
    expect(periodKpis(orderTable(shop), { period: 'month', ...range })).toEqual([]);
  });

  it('is empty for a table without rows', () => {
    expect(periodKpis(orderTable([]), { period: 'quarter' })).toEqual([]);
  });
});

describe('periodKpis against overviewOf', () => {
  const ranges: [string | null, string | null][] = [
    [null, null],
    ['2023-11-15', '2024-05-10'],
    ['2024-02-01', null],
    [null, '2024-01-31'],
  ];
  it.each([1, 2, 3, 4, 5, 6])('sums monthly revenue and orders to the overview KPIs (seed %i)', (seed) => {
    const table = orderTable(randomShop(seed, 400, 40));
    for (const [from, to] of ranges) {
      const overview = overviewOf(table, { from, to });
      const rows = periodKpis(table, {
        period: 'month',
        fromDay: from === null ? undefined : isoToDay(from),
        toDay: to === null ? undefined : isoToDay(to),
      });
      const sum = (pick: (row: PeriodKpiRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
      expect({
        revenueCents: sum((row) => row.revenueCents),
        orders: sum((row) => row.orders),
        monthly: rows.map((row) => ({
          month: row.period,
          revenueCents: row.revenueCents,
          orders: row.orders,
          activeCustomers: row.activeCustomers,
        })),
      }).toEqual({
        revenueCents: overview.kpis.revenueCents,
        orders: overview.kpis.orders,
        monthly: overview.monthly,
      });
    }
  });
});
