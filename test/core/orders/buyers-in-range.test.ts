import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/core/dates';
import { buyersInRange } from '../../../src/core/orders/buyers-in-range';
import { rowKinds } from '../../../src/core/orders/row-kinds';
import { orderTable } from '../metrics/order-table';

describe('buyersInRange', () => {
  const table = orderTable([
    { customer: 'A', date: '2024-01-31', amount: 10, status: 'paid' }, // the day before the range
    { customer: 'B', date: '2024-02-01', amount: 10, status: 'paid' }, // its first day
    { customer: 'C', date: '2024-02-29', amount: 10, status: 'paid' }, // its last day
    { customer: 'D', date: '2024-02-10', amount: -10, status: 'refunded' }, // a refund is no purchase
    { customer: 'E', date: '2024-02-10', amount: 10, status: 'cancelled' }, // nor is a void order
    { customer: 'A', date: '2024-03-01', amount: 10, status: 'paid' }, // the day after
  ]);
  const kinds = rowKinds(table);

  it('flags the customers with a purchase on a day of the range, both ends included', () => {
    const flags = buyersInRange(table, kinds, isoToDay('2024-02-01'), isoToDay('2024-02-29'));
    expect(table.customer.values.filter((_, code) => flags[code] === 1)).toEqual(['B', 'C']);
  });

  it('takes open ends as no bound', () => {
    const flags = buyersInRange(table, kinds, -Infinity, isoToDay('2024-01-31'));
    expect(table.customer.values.filter((_, code) => flags[code] === 1)).toEqual(['A']);
    const all = buyersInRange(table, kinds, -Infinity, Infinity);
    expect(table.customer.values.filter((_, code) => all[code] === 1)).toEqual(['A', 'B', 'C']);
  });
});
