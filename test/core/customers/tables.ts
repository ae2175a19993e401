import type { CodedStrings, OrderTable } from '../../../src/core/types';
import type { CustomerProfiles, CustomerTable } from '../../../src/core/customer-types';
import { isoToDay } from '../../../src/core/dates';

/** One order as tests write it: ISO date, amount in currency units (absent = no amount), text roles by name. */
export interface TestOrder {
  customer: string;
  date: string;
  amount?: number;
  quantity?: number;
  time?: number;
  text?: Record<string, string>;
}

/** One customers-file row as tests write it. */
export interface TestCustomer {
  id: string;
  signup?: string;
  birthday?: string;
  age?: number;
  text?: Record<string, string>;
}

function coded(cells: (string | undefined)[]): CodedStrings {
  const values: string[] = [];
  const codes = Int32Array.from(cells, (cell) => {
    if (cell === undefined) return -1;
    const at = values.indexOf(cell);
    return at >= 0 ? at : values.push(cell) - 1;
  });
  return { codes, values };
}

function textOf(rows: { text?: Record<string, string> }[]): Record<string, CodedStrings> {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.text ?? {})))];
  return Object.fromEntries(names.map((name) => [name, coded(rows.map((r) => r.text?.[name]))]));
}

/** An OrderTable as the importer builds it: dictionaries in first-seen order, text roles only when present. */
export function orderTable(orders: TestOrder[]): OrderTable {
  return {
    length: orders.length,
    customer: coded(orders.map((o) => o.customer)),
    day: Int32Array.from(orders, (o) => isoToDay(o.date)),
    time: Int32Array.from(orders, (o) => o.time ?? -1),
    amountCents: Float64Array.from(orders, (o) => (o.amount === undefined ? NaN : Math.round(o.amount * 100))),
    quantity: Float64Array.from(orders, (o) => o.quantity ?? NaN),
    line: Int32Array.from(orders, (_, i) => i + 2),
    text: textOf(orders),
  };
}

/** A CustomerTable as the importer builds it. */
export function customerTable(rows: TestCustomer[]): CustomerTable {
  const day = (iso: string | undefined) => (iso === undefined ? NaN : isoToDay(iso));
  return {
    length: rows.length,
    customer: coded(rows.map((r) => r.id)),
    signupDay: Float64Array.from(rows, (r) => day(r.signup)),
    birthday: Float64Array.from(rows, (r) => day(r.birthday)),
    age: Float64Array.from(rows, (r) => r.age ?? NaN),
    line: Int32Array.from(rows, (_, i) => i + 2),
    text: textOf(rows),
  };
}

/** Every per-customer typed column of a profile set, as one plain object per customer keyed by id. */
export function profileRows(p: CustomerProfiles): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  p.ids.forEach((id, i) => {
    const row: Record<string, number> = {};
    for (const [key, value] of Object.entries(p)) {
      if (ArrayBuffer.isView(value)) row[key] = (value as unknown as ArrayLike<number>)[i]!;
    }
    out[id] = row;
  });
  return out;
}

/** An attribute column decoded to one string (or null) per customer id. */
export function decoded(p: CustomerProfiles, key: string): Record<string, string | null> {
  const column = p.attributes[key]!;
  return Object.fromEntries(p.ids.map((id, i) => [id, column.values[column.codes[i]!] ?? null]));
}
