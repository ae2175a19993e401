import type { CustomerTable } from '../core/customer-types';
import type { CodedStrings } from '../core/types';
import type { Dict } from './db';
import type { CustomerChunk, CustomersDataset } from './encode-customers';

/** Rebuilds the customers table of `dataset` from its chunk and dictionary records (any order). */
export function decodeCustomers(dataset: CustomersDataset, chunks: CustomerChunk[], dicts: Dict[]): CustomerTable {
  const n = dataset.rows;
  const sorted = [...chunks].sort((a, b) => a.index - b.index);
  const values = new Map(dicts.map((d) => [d.column, d.values]));
  const column = <T extends Int32Array | Float64Array>(
    make: (n: number) => T, pick: (c: CustomerChunk) => T | undefined, fill: number,
  ): T => {
    const only = sorted.length === 1 ? pick(sorted[0]!) : undefined;
    if (only && only.length === n) return only;
    const out = make(n);
    if (fill !== 0) out.fill(fill);
    for (const chunk of sorted) {
      const src = pick(chunk);
      if (src) out.set(src, chunk.start);
    }
    return out;
  };
  const coded = (name: string, pick: (c: CustomerChunk) => Int32Array | undefined): CodedStrings => ({
    codes: column((k) => new Int32Array(k), pick, -1),
    values: values.get(name) ?? [],
  });
  const text: Record<string, CodedStrings> = {};
  for (const name of dataset.textColumns) text[name] = coded(`text:${name}`, (c) => c.text[name]);
  return {
    length: n,
    customer: coded('customer', (c) => c.customer),
    signupDay: column((k) => new Float64Array(k), (c) => c.signupDay, NaN),
    birthday: column((k) => new Float64Array(k), (c) => c.birthday, NaN),
    age: column((k) => new Float64Array(k), (c) => c.age, NaN),
    line: column((k) => new Int32Array(k), (c) => c.line, 0),
    text,
  };
}
