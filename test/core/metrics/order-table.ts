import type { CodedStrings, OrderTable } from '../../../src/core/types';
import { isoToDay } from '../../../src/core/dates';

/** One order of a hand-written test table; amount in currency units, undefined for "no amount". */
export interface TestOrder {
  customer: string;
  date: string;
  amount?: number;
  status?: string;
  currency?: string;
  quantity?: number;
}

function coded(cells: (string | undefined)[]): CodedStrings {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(cells, (cell) => {
    if (cell === undefined) return -1;
    let code = index.get(cell);
    if (code === undefined) {
      code = values.push(cell) - 1;
      index.set(cell, code);
    }
    return code;
  });
  return { codes, values };
}

/** An OrderTable as the importer builds it: dictionaries in first-seen order, text roles only when present. */
export function orderTable(orders: TestOrder[]): OrderTable {
  const text: Record<string, CodedStrings> = {};
  if (orders.some((o) => o.status !== undefined)) text.status = coded(orders.map((o) => o.status));
  if (orders.some((o) => o.currency !== undefined)) text.currency = coded(orders.map((o) => o.currency));
  return {
    length: orders.length,
    customer: coded(orders.map((o) => o.customer)),
    day: Int32Array.from(orders, (o) => isoToDay(o.date)),
    time: new Int32Array(orders.length).fill(-1),
    amountCents: Float64Array.from(orders, (o) => (o.amount === undefined ? NaN : Math.round(o.amount * 100))),
    quantity: Float64Array.from(orders, (o) => o.quantity ?? Number.NaN),
    line: Int32Array.from(orders, (_, i) => i + 2),
    text,
  };
}
