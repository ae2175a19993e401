import { describe, expect, it } from 'vitest';
import { cohortTable } from '../../../src/core/cohorts/cohort-table';
import { periodKpis } from '../../../src/core/kpis/period-kpis';
import { orderTable, type TestOrder } from '../metrics/order-table';

// An export without an amount column (a CRM's order log): every order is a purchase, there is no money.
const log: TestOrder[] = [
  { customer: 'A', date: '2024-01-05', status: 'completed' },
  { customer: 'B', date: '2024-01-20', status: 'completed' },
  { customer: 'A', date: '2024-02-03', status: 'completed' },
  { customer: 'B', date: '2024-02-10', status: 'cancelled' },
];

describe('cohorts and KPIs of orders without amounts', () => {
  it('count customers and orders, and give money as 0, not NaN', () => {
    const kpis = periodKpis(orderTable(log), { period: 'month' });
    expect(kpis.map((r) => [
      r.period, r.activeCustomers, r.orders, r.retentionRate, r.revenueCents, r.aovCents,
    ])).toEqual([['2024-01', 2, 2, null, 0, 0], ['2024-02', 1, 1, 0.5, 0, 0]]);
    const cohorts = cohortTable(orderTable(log), { period: 'month' });
    expect(cohorts.cohorts.map((c) => [c.key, c.size, c.active, c.revenueCents])).toEqual([
      ['2024-01', 2, [2, 1], [0, 0]],
    ]);
  });
});
