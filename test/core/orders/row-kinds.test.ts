import { describe, expect, it } from 'vitest';
import { ROW_KIND, rowKinds } from '../../../src/core/orders/row-kinds';
import { tableOf, type Row } from './orders-fixture';

const { skip, purchase, refund, zero } = ROW_KIND;
const row = (amountCents: number | undefined, status?: string, orderId?: string): Row => ({
  customer: 'ann', day: 100, amountCents,
  text: { ...(status ? { status } : {}), ...(orderId ? { orderId } : {}) },
});

describe('rowKinds', () => {
  it('sorts rows into purchases, refunds, orders of no value and rows that do not count', () => {
    const table = tableOf([
      row(1000, 'paid'), row(-250, 'refunded'), row(0, 'paid'), row(500, 'cancelled'), row(500, '已取消'),
      row(NaN, 'paid'), row(700, '已完成'), row(-100, 'cancelled'),
    ]);
    expect([...rowKinds(table)]).toEqual([purchase, refund, zero, skip, skip, skip, purchase, refund]);
  });

  it('keeps a sale marked refunded when its refund is a row of its own (WooCommerce), so it is not subtracted twice', () => {
    const table = tableOf([
      row(4000, 'refunded', '#1001'), row(-4000, 'refunded', '#1001'), // sale + its refund row: nets to 0
      row(3000, 'refunded', '#1002'), // refunded, and no refund row: the sale does not count
      row(2000, 'completed', '#1003'),
    ]);
    expect([...rowKinds(table)]).toEqual([purchase, refund, skip, purchase]);
  });

  it('counts every order that is not void as a purchase when the file has no amounts', () => {
    const table = tableOf([row(undefined, 'paid'), row(undefined, 'cancelled'), row(undefined)]);
    expect([...rowKinds(table)]).toEqual([purchase, skip, purchase]);
  });
});
