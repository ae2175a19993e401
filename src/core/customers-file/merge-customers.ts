import type { CustomerTable } from '../customer-types';
import type { CodedStrings } from '../types';

/** The merged table and how many incoming customers were new, changed, or already known as they are. */
export interface CustomerMerge {
  table: CustomerTable;
  added: number;
  updated: number;
  unchanged: number;
}

const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * Merges a newly read customers table into the stored one by customer id. Existing customers keep their
 * position and new ones follow in file order. A known customer takes the incoming file's values where it
 * has one and keeps the stored value where the file's cell is empty (a file with fewer columns does not
 * erase what an earlier one said); it counts as updated when any value changed, else unchanged. `line`
 * is the line in the file that last changed the customer. Pure: neither input is modified.
 */
export function mergeCustomers(existing: CustomerTable | null, incoming: CustomerTable): CustomerMerge {
  if (existing === null || existing.length === 0) {
    return { table: incoming, added: incoming.length, updated: 0, unchanged: 0 };
  }
  const position = new Map<string, number>();
  const oldIds = existing.customer;
  for (let i = 0; i < existing.length; i++) position.set(oldIds.values[oldIds.codes[i]!]!, i);
  const inIds = incoming.customer;
  // Where each incoming row goes in the merged table.
  const target = new Int32Array(incoming.length);
  let length = existing.length;
  let added = 0;
  for (let j = 0; j < incoming.length; j++) {
    const at = position.get(inIds.values[inIds.codes[j]!]!);
    if (at === undefined) {
      target[j] = length++;
      added++;
    } else target[j] = at;
  }
  const ids: string[] = new Array<string>(length);
  for (let i = 0; i < existing.length; i++) ids[i] = oldIds.values[oldIds.codes[i]!]!;
  for (let j = 0; j < incoming.length; j++) ids[target[j]!] = inIds.values[inIds.codes[j]!]!;
  const changed = new Uint8Array(length);

  const numbers = (from: Float64Array, into: Float64Array): Float64Array => {
    const out = new Float64Array(length).fill(NaN);
    out.set(from);
    for (let j = 0; j < incoming.length; j++) {
      const v = into[j]!;
      const t = target[j]!;
      if (Number.isNaN(v)) continue;
      if (!same(out[t]!, v)) changed[t] = 1;
      out[t] = v;
    }
    return out;
  };
  const signupDay = numbers(existing.signupDay, incoming.signupDay);
  const birthday = numbers(existing.birthday, incoming.birthday);
  const age = numbers(existing.age, incoming.age);

  const text: Record<string, CodedStrings> = {};
  for (const key of new Set([...Object.keys(existing.text), ...Object.keys(incoming.text)])) {
    const values: string[] = [];
    const index = new Map<string, number>();
    const codeOf = (value: string) => {
      let code = index.get(value);
      if (code === undefined) {
        code = values.push(value) - 1;
        index.set(value, code);
      }
      return code;
    };
    const codes = new Int32Array(length).fill(-1);
    const old = existing.text[key];
    if (old) {
      for (let i = 0; i < existing.length; i++) {
        const c = old.codes[i]!;
        if (c >= 0) codes[i] = codeOf(old.values[c]!);
      }
    }
    const col = incoming.text[key];
    if (col) {
      for (let j = 0; j < incoming.length; j++) {
        const c = col.codes[j]!;
        if (c < 0) continue;
        const t = target[j]!;
        const code = codeOf(col.values[c]!);
        if (codes[t] !== code) changed[t] = 1;
        codes[t] = code;
      }
    }
    text[key] = { codes, values };
  }

  const line = new Int32Array(length);
  line.set(existing.line);
  let updated = 0;
  for (let j = 0; j < incoming.length; j++) {
    const t = target[j]!;
    if (t < existing.length && changed[t] === 1) {
      updated++;
      line[t] = incoming.line[j]!;
    } else if (t >= existing.length) line[t] = incoming.line[j]!;
  }
  const customer: CodedStrings = { codes: Int32Array.from({ length }, (_, i) => i), values: ids };
  return {
    table: { length, customer, signupDay, birthday, age, line, text },
    added,
    updated,
    unchanged: incoming.length - added - updated,
  };
}
