import { describe, expect, it } from 'vitest';
import { NO_PURCHASE, firstPurchaseDays } from '../../../src/core/cohorts/first-purchase-days';
import { isoToDay } from '../../../src/core/dates';
import { rowKinds } from '../../../src/core/orders/row-kinds';
import { orderTable } from '../metrics/order-table';

describe('firstPurchaseDays', () => {
  it('takes the earliest purchase per customer in any row order, up to the as-of day', () => {
    const table = orderTable([
      { customer: 'A', date: '2024-03-01', amount: 10 },
      { customer: 'A', date: '2024-01-15', amount: 10 },
      { customer: 'B', date: '2024-01-01', amount: 10, status: 'cancelled' }, // void
      { customer: 'B', date: '2024-01-02', amount: -10 }, // a refund is not a purchase
      { customer: 'B', date: '2024-02-20', amount: 5 },
      { customer: 'C', date: '2024-01-03', amount: 0 }, // nothing bought
      { customer: 'D', date: '2024-04-01', amount: 7 }, // after the as-of day
    ]);
    const kinds = rowKinds(table);
    expect([...firstPurchaseDays(table, kinds)]).toEqual([
      isoToDay('2024-01-15'),
      isoToDay('2024-02-20'),
      NO_PURCHASE,
      isoToDay('2024-04-01'),
    ]);
    expect([...firstPurchaseDays(table, kinds, isoToDay('2024-03-31'))]).toEqual([
      isoToDay('2024-01-15'),
      isoToDay('2024-02-20'),
      NO_PURCHASE,
      NO_PURCHASE,
    ]);
  });
});
