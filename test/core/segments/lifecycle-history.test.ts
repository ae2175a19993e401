import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/core/dates';
import { customerStageHistory } from '../../../src/core/segments/customer-stage-history';
import { lifecycleHistory } from '../../../src/core/segments/lifecycle-history';
import { orderTable } from '../metrics/order-table';

// Churned after 60 days without a purchase, at risk after 30, loyal from 3 occasions.
const RULES = { churnDays: 60, atRiskDays: 30, loyalOccasions: 3 };

const orders = orderTable([
  { customer: 'a', date: '2024-01-05', amount: 10 },
  { customer: 'a', date: '2024-01-05', amount: 20 }, // same day: one occasion
  { customer: 'b', date: '2024-01-20', amount: 10 },
  { customer: 'd', date: '2023-12-01', amount: 10 }, // before the range, still counts
  { customer: 'a', date: '2024-02-10', amount: 30 },
  { customer: 'c', date: '2024-02-15', amount: 50 },
  { customer: 'b', date: '2024-02-25', amount: 10, status: 'cancelled' }, // not a purchase
  { customer: 'a', date: '2024-03-01', amount: 5 },
  { customer: 'c', date: '2024-03-10', amount: -50 }, // a refund is not a purchase
  { customer: 'e', date: '2024-03-25', amount: 10 }, // after the range's end
]);

const STAGES = ['new', 'repeat', 'loyal', 'atRisk', 'churned'] as const;
const row = (month: string, counts: [number, number, number, number, number]) =>
  STAGES.map((stage, i) => ({ month, stage, customers: counts[i]! }));

describe('lifecycleHistory', () => {
  it('counts stages at each month end (the last month as of the end day) from purchases up to then', () => {
    // Jan 31: a new (1 occasion, 26 days), b new (11 days), d churned (61 days).
    // Feb 29: a repeat (2 occasions, 19 days), b at risk (40 days), c new, d churned.
    // Mar 20: a loyal (3 occasions), b at risk (60 days, not more), c at risk (34 days), d churned.
    expect(lifecycleHistory(orders, RULES, isoToDay('2024-01-01'), isoToDay('2024-03-20'))).toEqual([
      ...row('2024-01', [2, 0, 0, 0, 1]),
      ...row('2024-02', [1, 1, 0, 1, 1]),
      ...row('2024-03', [0, 0, 1, 2, 1]),
    ]);
  });

  it('starts and ends at the months of the days given, and is empty for a reversed range', () => {
    expect(lifecycleHistory(orders, RULES, isoToDay('2024-02-29'), isoToDay('2024-02-29'))).toEqual(
      row('2024-02', [1, 1, 0, 1, 1]),
    );
    expect(lifecycleHistory(orders, RULES, isoToDay('2023-11-15'), isoToDay('2023-11-30'))).toEqual(
      row('2023-11', [0, 0, 0, 0, 0]),
    );
    expect(lifecycleHistory(orders, RULES, isoToDay('2024-03-01'), isoToDay('2024-02-01'))).toEqual([]);
  });

  it('treats every row as a purchase when the file has no amounts, void statuses still excluded', () => {
    const noAmounts = orderTable([
      { customer: 'a', date: '2024-01-05' },
      { customer: 'a', date: '2024-01-06', status: 'paid' },
      { customer: 'a', date: '2024-01-07', status: '已取消' },
    ]);
    expect(lifecycleHistory(noAmounts, RULES, isoToDay('2024-01-01'), isoToDay('2024-01-31'))).toEqual(
      row('2024-01', [0, 1, 0, 0, 0]),
    );
  });
});

describe('customerStageHistory', () => {
  it('lists one customer\'s stage per month from their first purchase on', () => {
    const expected = [
      { month: '2024-01', stage: 'new' },
      { month: '2024-02', stage: 'repeat' },
      { month: '2024-03', stage: 'loyal' },
      { month: '2024-04', stage: 'atRisk' },
      { month: '2024-05', stage: 'churned' },
    ];
    const from = isoToDay('2023-11-01');
    const to = isoToDay('2024-05-31');
    expect(customerStageHistory(orders, RULES, 'a', from, to)).toEqual(expected);
    const code = orders.customer.values.indexOf('a');
    expect(customerStageHistory(orders, RULES, code, from, to)).toEqual(expected);
    // The last month as of its end day, 2024-01-15: 45 days after 2023-12-01, at risk (churned by Jan 31).
    expect(customerStageHistory(orders, RULES, 'd', from, isoToDay('2024-01-15'))).toEqual([
      { month: '2023-12', stage: 'new' },
      { month: '2024-01', stage: 'atRisk' },
    ]);
  });

  it('is empty for an unknown customer or one who never bought', () => {
    const withVoid = orderTable([{ customer: 'x', date: '2024-01-05', amount: 10, status: 'failed' }]);
    const [from, to] = [isoToDay('2024-01-01'), isoToDay('2024-03-31')];
    expect(customerStageHistory(withVoid, RULES, 'x', from, to)).toEqual([]);
    expect(customerStageHistory(orders, RULES, 'nobody', from, to)).toEqual([]);
  });

  it('agrees with the month totals of lifecycleHistory', () => {
    const from = isoToDay('2023-12-01');
    const to = isoToDay('2024-06-30');
    const totals = new Map<string, number>();
    for (const id of orders.customer.values) {
      for (const { month, stage } of customerStageHistory(orders, RULES, id, from, to)) {
        totals.set(`${month} ${stage}`, (totals.get(`${month} ${stage}`) ?? 0) + 1);
      }
    }
    const history = lifecycleHistory(orders, RULES, from, to);
    expect(history.length).toBe(7 * 5);
    for (const { month, stage, customers } of history) {
      expect(totals.get(`${month} ${stage}`) ?? 0, `${month} ${stage}`).toBe(customers);
    }
  });
});
