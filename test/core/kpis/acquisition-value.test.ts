import { describe, expect, it } from 'vitest';
import { cohortTable } from '../../../src/core/cohorts/cohort-table';
import { customerProfiles } from '../../../src/core/customers/customer-profiles';
import { isoToDay } from '../../../src/core/dates';
import { acquisitionValue } from '../../../src/core/kpis/acquisition-value';
import { mulberry32 } from '../../../src/core/sample/mulberry32';
import { orderTable, type TestOrder } from '../metrics/order-table';

// As of 2024-04-30. A: first bought in January, B in January, C in March, D in April; E never bought.
const shop: TestOrder[] = [
  { customer: 'A', date: '2024-01-05', amount: 100, status: 'completed' },
  { customer: 'B', date: '2024-01-10', amount: 40, status: 'completed' },
  { customer: 'C', date: '2024-03-01', amount: 60, status: 'completed' },
  { customer: 'E', date: '2024-03-03', amount: -5, status: 'refunded' },
  { customer: 'A', date: '2024-03-10', amount: 30, status: 'completed' },
  { customer: 'A', date: '2024-03-15', amount: -10, status: 'refunded' },
  { customer: 'D', date: '2024-04-30', amount: 25, status: 'completed' },
];

describe('acquisitionValue', () => {
  const profiles = customerProfiles(orderTable(shop), null, null);
  const row = (id: string) => profiles.ids.indexOf(id);

  it('gives each first-purchase month its new customers and their net revenue per customer', () => {
    // January: A 100 + 30 − 10 = 120, B 40 → 160 / 2 = 80.00; March: C 60; April: D 25.
    expect(acquisitionValue(profiles, 'month')).toEqual([
      { period: '2024-01', customers: 2, historicCltvCents: 8000, predictedCltvCents: null },
      { period: '2024-03', customers: 1, historicCltvCents: 6000, predictedCltvCents: null },
      { period: '2024-04', customers: 1, historicCltvCents: 2500, predictedCltvCents: null },
    ]);
  });

  it('groups by quarter and year, and averages predictions over the customers that have one', () => {
    const predicted = new Float64Array(profiles.length).fill(Number.NaN);
    predicted[row('A')] = 5000;
    predicted[row('B')] = 2001;
    predicted[row('D')] = 700;
    // Q1: (120 + 40 + 60) / 3; predictions (5000 + 2001) / 2 (C has none).
    expect(acquisitionValue(profiles, 'quarter', predicted)).toEqual([
      { period: '2024-Q1', customers: 3, historicCltvCents: 7333, predictedCltvCents: 3501 },
      { period: '2024-Q2', customers: 1, historicCltvCents: 2500, predictedCltvCents: 700 },
    ]);
    expect(acquisitionValue(profiles, 'year', predicted)).toEqual([
      { period: '2024', customers: 4, historicCltvCents: 6125, predictedCltvCents: 2567 }, // 245.00 / 4
    ]);
  });

  it('keeps only the flagged customers', () => {
    const only = new Uint8Array(profiles.length);
    only[row('B')] = 1;
    only[row('E')] = 1; // no purchase: in no period
    expect(acquisitionValue(profiles, 'month', null, only)).toEqual([
      { period: '2024-01', customers: 1, historicCltvCents: 4000, predictedCltvCents: null },
    ]);
  });

  it('agrees with the cohort table: the same cohorts, sizes and cumulative revenue per customer', () => {
    const random = mulberry32(11);
    for (let round = 0; round < 10; round++) {
      const orders: TestOrder[] = [];
      for (let i = 0; i < 150; i++) {
        const day = isoToDay('2023-01-01') + Math.floor(random() * 700);
        orders.push({
          customer: `c${Math.floor(random() * 30)}`,
          date: new Date(day * 86_400_000).toISOString().slice(0, 10),
          amount: Math.round(random() * 500) + 1,
          status: random() < 0.1 ? 'cancelled' : 'paid',
        });
      }
      const table = orderTable(orders);
      const cohorts = cohortTable(table, { period: 'month' }).cohorts;
      const value = acquisitionValue(customerProfiles(table, null, null), 'month');
      expect(value.map((v) => [v.period, v.customers])).toEqual(cohorts.map((c) => [c.key, c.size]));
      value.forEach((v, i) => {
        const last = cohorts[i]!.cumulativePerCustomerCents.at(-1)!;
        expect(Math.abs(v.historicCltvCents - last)).toBeLessThanOrEqual(1);
      });
    }
  });
});
