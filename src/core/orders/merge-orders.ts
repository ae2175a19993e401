import type { CodedStrings, OrderTable } from '../types';
import { matchRows } from './match-rows';
import { unifyStrings } from './unify-strings';

/** What a merge did: the merged table and how many incoming orders were new, changed or already known. */
export interface MergeOutcome {
  table: OrderTable;
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges a newly imported table into the stored one without duplicates. Rows match by order id when
 * they have one, otherwise by (customer, day, amount in cents), the k-th such row matching the k-th — see matchRows.
 * A matched row whose content differs is replaced by the incoming one (`updated`); new rows are appended
 * in file order (`added`). Existing rows keep their position and are never dropped. The dictionaries of
 * both sides are unified; a column present on one side only is −1 (strings) or NaN/−1 (numbers) elsewhere.
 */
export function mergeOrders(existing: OrderTable | null, incoming: OrderTable): MergeOutcome {
  if (!existing || existing.length === 0) {
    return { table: incoming, added: incoming.length, updated: 0, unchanged: 0 };
  }
  const customer = unifyColumn(existing.customer, existing.length, incoming.customer, incoming.length);
  const names = [...new Set([...Object.keys(existing.text), ...Object.keys(incoming.text)])];
  const text = new Map(names.map((name) => [name, unifyColumn(
    existing.text[name] ?? null, existing.length, incoming.text[name] ?? null, incoming.length,
  )]));
  const order = text.get('orderId');

  const match = matchRows(
    { length: existing.length, order: order?.base ?? null, customer: customer.base, day: existing.day,
      amountCents: existing.amountCents },
    { length: incoming.length, order: order?.incoming ?? null, customer: customer.incoming, day: incoming.day,
      amountCents: incoming.amountCents },
    order?.values.length ?? 0,
  );

  const codeColumns = [customer, ...text.values()];
  const addedRows = new Int32Array(incoming.length);
  let added = 0;
  const updates: Array<[target: number, source: number]> = [];
  let unchanged = 0;
  for (let i = 0; i < incoming.length; i++) {
    const j = match[i]!;
    if (j < 0) {
      addedRows[added++] = i;
    } else if (sameRow(existing, j, incoming, i) && codeColumns.every((c) => c.base[j] === c.incoming[i])) {
      unchanged++;
    } else {
      updates.push([j, i]);
    }
  }

  const n = existing.length + added;
  const merge = <T extends Int32Array | Float64Array>(make: (n: number) => T, base: T, inc: T): T => {
    const out = make(n);
    out.set(base.subarray(0, existing.length)); // a column may have spare capacity past `length`
    for (const [j, i] of updates) out[j] = inc[i]!;
    const offset = existing.length;
    for (let k = 0; k < added; k++) out[offset + k] = inc[addedRows[k]!]!;
    return out;
  };
  const int32 = (k: number) => new Int32Array(k);
  const float64 = (k: number) => new Float64Array(k);
  const mergedText: Record<string, CodedStrings> = {};
  for (const [name, c] of text) mergedText[name] = { codes: merge(int32, c.base, c.incoming), values: c.values };
  return {
    table: {
      length: n,
      customer: { codes: merge(int32, customer.base, customer.incoming), values: customer.values },
      day: merge(int32, existing.day, incoming.day),
      time: merge(int32, existing.time, incoming.time),
      amountCents: merge(float64, existing.amountCents, incoming.amountCents),
      quantity: merge(float64, existing.quantity, incoming.quantity),
      line: merge(int32, existing.line, incoming.line),
      text: mergedText,
    },
    added,
    updated: updates.length,
    unchanged,
  };
}

/** Whether the numeric columns of existing row j and incoming row i are equal (NaN equals NaN). */
function sameRow(a: OrderTable, j: number, b: OrderTable, i: number): boolean {
  return a.day[j] === b.day[i] && a.time[j] === b.time[i]
    && Object.is(a.amountCents[j], b.amountCents[i]) && Object.is(a.quantity[j], b.quantity[i]);
}

/** Both sides' codes of one string column under one dictionary; an absent side is all −1. */
function unifyColumn(
  base: CodedStrings | null, baseLength: number, incoming: CodedStrings | null, incomingLength: number,
): { values: string[]; base: Int32Array; incoming: Int32Array } {
  const { values, recode, baseRecode } = unifyStrings(base?.values ?? [], incoming?.values ?? []);
  const recoded = new Int32Array(incomingLength).fill(-1);
  if (incoming) {
    for (let i = 0; i < incomingLength; i++) {
      const code = incoming.codes[i]!;
      if (code >= 0) recoded[i] = recode[code]!;
    }
  }
  let baseCodes = base ? base.codes.subarray(0, baseLength) : new Int32Array(baseLength).fill(-1);
  if (baseRecode) baseCodes = baseCodes.map((code) => (code >= 0 ? baseRecode[code]! : code));
  return { values, base: baseCodes, incoming: recoded };
}
