import type { CodedStrings, OrderTable } from '../../../src/core/types';

/** A row as tests write it: days as numbers, text columns by name, absent values left out. */
export interface Row {
  customer: string;
  day: number;
  amountCents?: number;
  time?: number;
  quantity?: number;
  line?: number;
  text?: Record<string, string>;
}

/** Builds an OrderTable from rows; `textColumns` are present even when every value is missing. */
export function tableOf(rows: Row[], textColumns: string[] = []): OrderTable {
  const names = [...new Set([...textColumns, ...rows.flatMap((r) => Object.keys(r.text ?? {}))])];
  const coded = (pick: (r: Row) => string | undefined): CodedStrings => {
    const values: string[] = [];
    const codes = Int32Array.from(rows, (r) => {
      const v = pick(r);
      if (v === undefined) return -1;
      const at = values.indexOf(v);
      return at >= 0 ? at : values.push(v) - 1;
    });
    return { codes, values };
  };
  return {
    length: rows.length,
    customer: coded((r) => r.customer),
    day: Int32Array.from(rows, (r) => r.day),
    time: Int32Array.from(rows, (r) => r.time ?? -1),
    amountCents: Float64Array.from(rows, (r) => r.amountCents ?? NaN),
    quantity: Float64Array.from(rows, (r) => r.quantity ?? NaN),
    line: Int32Array.from(rows, (r, i) => r.line ?? i + 2),
    text: Object.fromEntries(names.map((name) => [name, coded((r) => r.text?.[name])])),
  };
}

/** The rows of a table back as plain objects, decoding every dictionary (the inverse of tableOf). */
export function rowsOf(table: OrderTable): Row[] {
  const label = (c: CodedStrings, i: number) => {
    const code = c.codes[i]!;
    return code < 0 ? undefined : c.values[code];
  };
  return Array.from({ length: table.length }, (_, i) => {
    const row: Row = { customer: label(table.customer, i)!, day: table.day[i]! };
    if (!Number.isNaN(table.amountCents[i])) row.amountCents = table.amountCents[i]!;
    if (table.time[i] !== -1) row.time = table.time[i]!;
    if (!Number.isNaN(table.quantity[i])) row.quantity = table.quantity[i]!;
    row.line = table.line[i]!;
    const text: Record<string, string> = {};
    for (const [name, c] of Object.entries(table.text)) {
      const v = label(c, i);
      if (v !== undefined) text[name] = v;
    }
    if (Object.keys(text).length > 0) row.text = text;
    return row;
  });
}
