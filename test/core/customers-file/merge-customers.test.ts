import { describe, expect, it } from 'vitest';
import { mergeCustomers } from '../../../src/core/customers-file/merge-customers';
import type { CustomerTable } from '../../../src/core/customer-types';
import { customerRows } from './helpers';

interface Row {
  id: string;
  signup?: number;
  age?: number;
  line: number;
  text?: Record<string, string>;
}

function tableOf(rows: Row[], keys: string[]): CustomerTable {
  const text: CustomerTable['text'] = {};
  for (const key of keys) {
    const values: string[] = [];
    text[key] = {
      values,
      codes: Int32Array.from(rows, (r) => (r.text?.[key] === undefined ? -1 : values.push(r.text[key]) - 1)),
    };
  }
  return {
    length: rows.length,
    customer: { codes: Int32Array.from(rows, (_, i) => i), values: rows.map((r) => r.id) },
    signupDay: Float64Array.from(rows, (r) => r.signup ?? NaN),
    birthday: new Float64Array(rows.length).fill(NaN),
    age: Float64Array.from(rows, (r) => r.age ?? NaN),
    line: Int32Array.from(rows, (r) => r.line),
    text,
  };
}

describe('mergeCustomers', () => {
  it('takes the whole incoming table when nothing is stored', () => {
    const incoming = tableOf([{ id: 'a', line: 2 }, { id: 'b', line: 3 }], []);
    const merged = mergeCustomers(null, incoming);
    expect([merged.added, merged.updated, merged.unchanged, merged.table]).toEqual([2, 0, 0, incoming]);
  });

  it('adds new ids after the stored ones, updates changed ones, keeps stored values the file leaves empty', () => {
    const existing = tableOf([
      { id: 'a', signup: 19000, line: 2, text: { name: 'Ann', city: 'Oslo' } },
      { id: 'b', age: 30, line: 3, text: { name: 'Bo' } },
      { id: 'c', line: 4, text: { name: 'Cy' } },
    ], ['name', 'city']);
    const incoming = tableOf([
      { id: 'c', line: 2, text: { name: 'Cy' } }, // the same: unchanged
      { id: 'd', signup: 19100, line: 3, text: { name: 'Di', 'keep:Tier': 'gold' } }, // new
      { id: 'a', line: 4, text: { city: 'Bergen' } }, // city changes, name and signup stay
      { id: 'b', age: 31, line: 5 }, // age changes
    ], ['name', 'city', 'keep:Tier']);
    const merged = mergeCustomers(existing, incoming);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([1, 2, 1]);
    expect(customerRows(merged.table)).toEqual([
      { id: 'a', signup: '2022-01-08', birthday: null, age: null, line: 4, name: 'Ann', city: 'Bergen' },
      { id: 'b', signup: null, birthday: null, age: 31, line: 5, name: 'Bo' },
      { id: 'c', signup: null, birthday: null, age: null, line: 4, name: 'Cy' },
      { id: 'd', signup: '2022-04-18', birthday: null, age: null, line: 3, name: 'Di', 'keep:Tier': 'gold' },
    ]);
    // Inputs are left as they were.
    expect(customerRows(existing).map((r) => r.city ?? null)).toEqual(['Oslo', null, null]);
  });

  it('counts a second import of the same file as all unchanged', () => {
    const table = tableOf([{ id: 'a', signup: 1, line: 2, text: { name: 'A' } }, { id: 'b', line: 3 }], ['name']);
    const merged = mergeCustomers(table, table);
    expect([merged.added, merged.updated, merged.unchanged]).toEqual([0, 0, 2]);
    expect(customerRows(merged.table)).toEqual(customerRows(table));
  });
});
