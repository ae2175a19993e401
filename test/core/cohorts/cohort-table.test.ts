import { describe, expect, it } from 'vitest';
import { cohortTable } from '../../../src/core/cohorts/cohort-table';
import { isoToDay } from '../../../src/core/dates';
import { mulberry32 } from '../../../src/core/sample/mulberry32';
import { orderTable, type TestOrder } from '../metrics/order-table';

// January to April 2024; February has no counted row at all (only a cancelled one).
const shop: TestOrder[] = [
  { customer: 'A', date: '2024-01-05', amount: 100, status: 'completed' },
  { customer: 'B', date: '2024-01-10', amount: 40, status: 'completed' },
  { customer: 'A', date: '2024-01-20', amount: 50, status: 'completed' }, // second purchase, same month
  { customer: 'D', date: '2024-02-10', amount: 500, status: 'cancelled' }, // void: not D's first purchase
  { customer: 'C', date: '2024-03-01', amount: 60, status: 'completed' },
  { customer: 'E', date: '2024-03-03', amount: -5, status: 'refunded' }, // never bought: in no cohort
  { customer: 'C', date: '2024-03-05', amount: 999, status: 'Cancelled' },
  { customer: 'A', date: '2024-03-10', amount: 30, status: 'completed' },
  { customer: 'A', date: '2024-03-15', amount: -10, status: 'refunded' },
  { customer: 'B', date: '2024-04-02', amount: 20, status: 'completed' },
  { customer: 'C', date: '2024-04-10', amount: -15, status: 'refunded' }, // a refund alone is not activity
  { customer: 'D', date: '2024-04-30', amount: 25, status: 'completed' }, // first purchase in the last month
];

describe('cohortTable by month', () => {
  it('follows each first-purchase month through every later month, the empty February as zeros', () => {
    expect(cohortTable(orderTable(shop), { period: 'month' })).toEqual({
      period: 'month',
      periods: ['2024-01', '2024-02', '2024-03', '2024-04'],
      cohorts: [
        {
          key: '2024-01',
          size: 2,
          active: [2, 0, 1, 1],
          retention: [1, 0, 0.5, 0.5],
          revenueCents: [19000, 0, 2000, 2000],
          revenuePerCustomerCents: [9500, 0, 1000, 1000],
          cumulativePerCustomerCents: [9500, 9500, 10500, 11500],
        },
        {
          key: '2024-03',
          size: 1,
          active: [1, 0],
          retention: [1, 0],
          revenueCents: [6000, -1500],
          revenuePerCustomerCents: [6000, -1500],
          cumulativePerCustomerCents: [6000, 4500],
        },
        {
          key: '2024-04',
          size: 1,
          active: [1],
          retention: [1],
          revenueCents: [2500],
          revenuePerCustomerCents: [2500],
          cumulativePerCustomerCents: [2500],
        },
      ],
      totals: {
        size: 4,
        totalRevenueCents: 30000,
        active: [4, 0, 1, 1],
        retention: [1, 0, 0.5, 0.5],
        revenueCents: [27500, -1500, 2000, 2000],
        revenuePerCustomerCents: [6875, -500, 1000, 1000],
        cumulativePerCustomerCents: [6875, 6375, 7375, 8375],
      },
    });
  });

  it('keeps only the chosen customers, on the same periods', () => {
    const table = orderTable(shop);
    const only = Uint8Array.from(table.customer.values, (name) => (name === 'A' || name === 'C' ? 1 : 0));
    expect(cohortTable(table, { period: 'month', only })).toEqual({
      period: 'month',
      periods: ['2024-01', '2024-02', '2024-03', '2024-04'],
      cohorts: [
        {
          key: '2024-01',
          size: 1,
          active: [1, 0, 1, 0],
          retention: [1, 0, 1, 0],
          revenueCents: [15000, 0, 2000, 0],
          revenuePerCustomerCents: [15000, 0, 2000, 0],
          cumulativePerCustomerCents: [15000, 15000, 17000, 17000],
        },
        {
          key: '2024-03',
          size: 1,
          active: [1, 0],
          retention: [1, 0],
          revenueCents: [6000, -1500],
          revenuePerCustomerCents: [6000, -1500],
          cumulativePerCustomerCents: [6000, 4500],
        },
      ],
      totals: {
        size: 2,
        totalRevenueCents: 21500,
        active: [2, 0, 1, 0],
        retention: [1, 0, 1, 0],
        revenueCents: [21000, -1500, 2000, 0],
        revenuePerCustomerCents: [10500, -750, 2000, 0],
        cumulativePerCustomerCents: [10500, 9750, 11750, 11750],
      },
    });
  });

  it('stops at the as-of day: later rows and later months are absent', () => {
    const result = cohortTable(orderTable(shop), { period: 'month', toDay: isoToDay('2024-03-31') });
    expect(result.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(result.cohorts.map((c) => [c.key, c.size, c.active, c.revenueCents])).toEqual([
      ['2024-01', 2, [2, 0, 1], [19000, 0, 2000]],
      ['2024-03', 1, [1], [6000]],
    ]);
  });

  it('gives an empty table for no orders or an as-of day before the data', () => {
    const empty = {
      period: 'month',
      periods: [],
      cohorts: [],
      totals: {
        size: 0,
        totalRevenueCents: 0,
        active: [],
        retention: [],
        revenueCents: [],
        revenuePerCustomerCents: [],
        cumulativePerCustomerCents: [],
      },
    };
    expect(cohortTable(orderTable([]), { period: 'month' })).toEqual(empty);
    expect(cohortTable(orderTable(shop), { period: 'month', toDay: isoToDay('2023-12-31') })).toEqual(empty);
  });

  it('counts activity but no money when the file has no amounts', () => {
    const result = cohortTable(
      orderTable([
        { customer: 'A', date: '2024-05-31' },
        { customer: 'A', date: '2024-06-01' },
        { customer: 'B', date: '2024-06-15', status: 'failed' },
      ]),
      { period: 'month' },
    );
    expect(result.cohorts).toEqual([
      {
        key: '2024-05',
        size: 1,
        active: [1, 1],
        retention: [1, 1],
        revenueCents: [0, 0],
        revenuePerCustomerCents: [0, 0],
        cumulativePerCustomerCents: [0, 0],
      },
    ]);
  });
});

describe('cohortTable by quarter', () => {
  it('groups January to March as one quarter, a customer active in two of its months once', () => {
    expect(cohortTable(orderTable(shop), { period: 'quarter' })).toEqual({
      period: 'quarter',
      periods: ['2024-Q1', '2024-Q2'],
      cohorts: [
        {
          key: '2024-Q1',
          size: 3,
          active: [3, 1],
          retention: [1, 1 / 3],
          revenueCents: [27000, 500],
          revenuePerCustomerCents: [9000, 167],
          cumulativePerCustomerCents: [9000, 9167],
        },
        {
          key: '2024-Q2',
          size: 1,
          active: [1],
          retention: [1],
          revenueCents: [2500],
          revenuePerCustomerCents: [2500],
          cumulativePerCustomerCents: [2500],
        },
      ],
      totals: {
        size: 4,
        totalRevenueCents: 30000,
        active: [4, 1],
        retention: [1, 1 / 3],
        revenueCents: [29500, 500],
        revenuePerCustomerCents: [7375, 167],
        cumulativePerCustomerCents: [7375, 7542],
      },
    });
  });

  it('names quarters across a year end', () => {
    const result = cohortTable(
      orderTable([
        { customer: 'A', date: '2023-11-30', amount: 10 },
        { customer: 'A', date: '2024-01-01', amount: 10 },
      ]),
      { period: 'quarter' },
    );
    expect(result.periods).toEqual(['2023-Q4', '2024-Q1']);
    expect(result.cohorts.map((c) => [c.key, c.active])).toEqual([['2023-Q4', [1, 1]]]);
  });
});

describe('cohortTable on random shops', () => {
  it('puts every buying customer in exactly one cohort, active in its first period', () => {
    const random = mulberry32(6);
    for (let round = 0; round < 20; round++) {
      const orders: TestOrder[] = [];
      const rows = 1 + Math.floor(random() * 200);
      for (let i = 0; i < rows; i++) {
        const day = isoToDay('2022-01-01') + Math.floor(random() * 900);
        const r = random();
        orders.push({
          customer: `c${Math.floor(random() * 40)}`,
          date: new Date(day * 86_400_000).toISOString().slice(0, 10),
          amount: r < 0.1 ? -5 : r < 0.15 ? 0 : Math.round(random() * 1000),
          status: random() < 0.1 ? 'cancelled' : 'paid',
        });
      }
      const purchases = orders.filter((o) => o.amount! > 0 && o.status === 'paid');
      const buyers = new Set(purchases.map((o) => o.customer)).size;
      for (const period of ['month', 'quarter'] as const) {
        const result = cohortTable(orderTable(orders), { period });
        const firstActive = result.cohorts.map((c) => c.active[0]);
        expect(firstActive.reduce((a, b) => a! + b!, 0)).toBe(buyers);
        expect(firstActive).toEqual(result.cohorts.map((c) => c.size));
        expect(result.totals.size).toBe(buyers);
        // Every cohort runs to the last period.
        const starts = result.cohorts.map((c) => result.periods[result.periods.length - c.active.length]);
        expect(starts).toEqual(result.cohorts.map((c) => c.key));
      }
      // The same cells counted the slow way, from the date text.
      const month = (o: TestOrder) => o.date.slice(0, 7);
      const counted = orders.filter((o) => o.status === 'paid' || o.amount! < 0);
      const first = new Map<string, string>();
      for (const o of counted) {
        const seen = first.get(o.customer);
        if (o.amount! > 0 && (seen === undefined || month(o) < seen)) first.set(o.customer, month(o));
      }
      const periods = cohortTable(orderTable(orders), { period: 'month' }).periods;
      const expected = [...new Set(first.values())].sort().map((key) => {
        const later = periods.slice(periods.indexOf(key));
        const mine = counted.filter((o) => first.get(o.customer) === key && month(o) >= key);
        return {
          key,
          active: later.map(
            (m) => new Set(mine.filter((o) => month(o) === m && o.amount! > 0).map((o) => o.customer)).size,
          ),
          revenueCents: later.map((m) =>
            mine.filter((o) => month(o) === m).reduce((sum, o) => sum + o.amount! * 100, 0),
          ),
        };
      });
      const actual = cohortTable(orderTable(orders), { period: 'month' }).cohorts;
      expect(actual.map(({ key, active, revenueCents }) => ({ key, active, revenueCents }))).toEqual(
        expected,
      );
    }
  });
});
