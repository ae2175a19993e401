import type { CodedStrings, OrderTable } from '../core/types';
import type { Chunk, Dataset, Dict } from './db';

/** Rebuilds the order table of `dataset` from its chunk and dictionary records (any order). */
export function decodeOrders(dataset: Dataset, chunks: Chunk[], dicts: Dict[]): OrderTable {
  const n = dataset.rows;
  const sorted = [...chunks].sort((a, b) => a.index - b.index);
  const values = new Map(dicts.map((d) => [d.column, d.values]));
  const column = <T extends Int32Array | Float64Array>(
    make: (n: number) => T, pick: (c: Chunk) => T | undefined, fill: number,
  ): T => {
    // One chunk is the common case (≤ 262k rows): use its array as is.
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
  const coded = (name: string, pick: (c: Chunk) => Int32Array | undefined): CodedStrings => ({
    codes: column((k) => new Int32Array(k), pick, -1),
    values: values.get(name) ?? [],
  });
  const text: Record<string, CodedStrings> = {};
  for (const name of dataset.textColumns) text[name] = coded(`text:${name}`, (c) => c.text[name]);
  return {
    length: n,
    customer: coded('customer', (c) => c.customer),
    day: column((k) => new Int32Array(k), (c) => c.day, 0),
    time: column((k) => new Int32Array(k), (c) => c.time, -1),
    amountCents: column((k) => new Float64Array(k), (c) => c.amountCents, NaN),
    quantity: column((k) => new Float64Array(k), (c) => c.quantity, NaN),
    line: column((k) => new Int32Array(k), (c) => c.line, 0),
    text,
  };
}
