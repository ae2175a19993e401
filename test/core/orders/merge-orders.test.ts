import { describe, expect, it } from 'vitest';
import { mergeOrders } from '../../../src/core/orders/merge-orders';
import { rowsOf, tableOf, type Row } from './orders-fixture';

const order = (id: string, customer: string, day: number, amountCents: number, status = 'paid'): Row =>
  ({ customer, day, amountCents, text: { orderId: id, status } });

describe('mergeOrders', () => {
  it('takes the first import whole', () => {
    const a = tableOf([order('1', 'ann', 100, 1000), order('2', 'bob', 101, 500)]);
    const { table, ...counts } = mergeOrders(null, a);
    expect(counts).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(rowsOf(table)).toEqual(rowsOf(a));
  });

  it('merges a newer export by order id: 2 new, 1 changed, 3 already known', () => {
    const a = tableOf([
      order('1', 'ann', 100, 1000), order('2', 'bob', 101, 500),
      order('3', 'ann', 102, 250), order('4', 'cy', 103, 700),
    ]);
    const b = tableOf([
      { ...order('4', 'cy', 103, 700, 'refunded'), line: 2 },
      { ...order('1', 'ann', 100, 1000), line: 3 },
      { ...order('5', 'dee', 110, 900), line: 4 },
      { ...order('2', 'bob', 101, 500), line: 5 },
      { ...order('3', 'ann', 102, 250), line: 6 },
      { ...order('6', 'ann', 111, 120), line: 7 },
    ]);
    const { table, ...counts } = mergeOrders(tableOf([]), a);
    expect(counts).toEqual({ added: 4, updated: 0, unchanged: 0 });
    const merged = mergeOrders(table, b);
    expect({ added: merged.added, updated: merged.updated, unchanged: merged.unchanged })
      .toEqual({ added: 2, updated: 1, unchanged: 3 });
    expect(rowsOf(merged.table)).toEqual([
      { ...order('1', 'ann', 100, 1000), line: 2 },
      { ...order('2', 'bob', 101, 500), line: 3 },
      { ...order('3', 'ann', 102, 250), line: 4 },
      { ...order('4', 'cy', 103, 700, 'refunded'), line: 2 }, // incoming wins, in place
      { ...order('5', 'dee', 110, 900), line: 4 },
      { ...order('6', 'ann', 111, 120), line: 7 },
    ]);
    // one dictionary, old codes kept, the new customer appended
    expect(merged.table.customer.values).toEqual(['ann', 'bob', 'cy', 'dee']);
    expect(merged.table.text.status!.values).toEqual(['paid', 'refunded']);
  });

  it('an order id that changed its amount or date is one updated order, not a new one', () => {
    const a = tableOf([order('9', 'ann', 100, 1000)]);
    const b = tableOf([order('9', 'ann', 105, 1500)]);
    const merged = mergeOrders(a, b);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([0, 1, 0]);
    expect(rowsOf(merged.table)).toEqual([{ ...order('9', 'ann', 105, 1500), line: 2 }]);
  });

  it('merges rows without order id by customer, day and amount', () => {
    const a = tableOf([
      { customer: 'ann', day: 100, amountCents: 1000, quantity: 1 },
      { customer: 'bob', day: 100, amountCents: 500, quantity: 2 },
    ]);
    const b = tableOf([
      { customer: 'bob', day: 100, amountCents: 500, quantity: 3 }, // same key, other quantity
      { customer: 'ann', day: 100, amountCents: 1000, quantity: 1 },
      { customer: 'ann', day: 100, amountCents: 999, quantity: 1 }, // other amount: another order
      { customer: 'cy', day: 100, amountCents: 1000, quantity: 1 },
    ]);
    const merged = mergeOrders(a, b);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([2, 1, 1]);
    expect(rowsOf(merged.table)).toEqual([
      { customer: 'ann', day: 100, amountCents: 1000, quantity: 1, line: 2 },
      { customer: 'bob', day: 100, amountCents: 500, quantity: 3, line: 2 },
      { customer: 'ann', day: 100, amountCents: 999, quantity: 1, line: 4 },
      { customer: 'cy', day: 100, amountCents: 1000, quantity: 1, line: 5 },
    ]);
  });

  it('keeps identical rows of one file apart, and re-importing that file adds nothing', () => {
    const twice = [
      { customer: 'ann', day: 100, amountCents: 1000 },
      { customer: 'ann', day: 100, amountCents: 1000 },
    ];
    const first = mergeOrders(null, tableOf(twice));
    expect(first.table.length).toBe(2);
    const again = mergeOrders(first.table, tableOf(twice));
    expect([again.added, again.updated, again.unchanged, again.table.length]).toEqual([0, 0, 2, 2]);
    const thrice = mergeOrders(again.table, tableOf([...twice, twice[0]!]));
    expect([thrice.added, thrice.updated, thrice.unchanged, thrice.table.length]).toEqual([1, 0, 2, 3]);
  });

  it('keeps rows with a repeated order id apart as well', () => {
    const rows = [order('7', 'ann', 100, 1000), order('7', 'ann', 100, 1000)];
    const again = mergeOrders(tableOf(rows), tableOf(rows));
    expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, 2]);
  });

  it('matches order ids whose dictionary holds the same string twice (near-unique columns are not de-duplicated)', () => {
    // As the parser writes a near-unique column: "A" stored under two codes.
    const stored = tableOf([order('A', 'ann', 100, 1000), order('B', 'bob', 101, 500), order('C', 'cy', 102, 700)]);
    stored.text.orderId = { codes: Int32Array.from([0, 1, 2]), values: ['A', 'B', 'A'] }; // row 3: a second "A"
    const again = tableOf([order('A', 'ann', 100, 1000), order('A', 'cy', 102, 700), order('D', 'dee', 103, 1)]);
    again.text.orderId = { codes: Int32Array.from([0, 1, 2]), values: ['A', 'A', 'D'] };
    const merged = mergeOrders(stored, again);
    expect({ added: merged.added, updated: merged.updated, unchanged: merged.unchanged })
      .toEqual({ added: 1, updated: 0, unchanged: 2 });
    expect(rowsOf(merged.table).map((r) => r.text?.orderId)).toEqual(['A', 'B', 'A', 'D']);
  });

  it('fills a column present on one side only with missing values', () => {
    const a = tableOf([{ customer: 'ann', day: 100, amountCents: 1000, text: { orderId: '1', category: 'tea' } }]);
    const b = tableOf([{ customer: 'bob', day: 101, amountCents: 300, time: 3600, text: { channel: 'web' } }]);
    const merged = mergeOrders(a, b);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([1, 0, 0]);
    expect(Object.keys(merged.table.text)).toEqual(['orderId', 'category', 'channel']);
    expect(Array.from(merged.table.text.channel!.codes)).toEqual([-1, 0]);
    expect(Array.from(merged.table.text.category!.codes)).toEqual([0, -1]);
    expect(rowsOf(merged.table)).toEqual([
      { customer: 'ann', day: 100, amountCents: 1000, line: 2, text: { orderId: '1', category: 'tea' } },
      { customer: 'bob', day: 101, amountCents: 300, time: 3600, line: 2, text: { channel: 'web' } },
    ]);
  });
});
