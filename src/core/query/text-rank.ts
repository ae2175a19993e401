// Dictionaries of names can be as long as the customer list; rank each one once.
const cache = new WeakMap<readonly string[], Int32Array>();

/**
 * The sort rank of each dictionary value: ignoring case first, then by UTF-16 code units (so Chinese sorts
 * by code point, not pinyin), equal strings sharing a rank. Computed once per values array.
 */
export function textRank(values: readonly string[]): Int32Array {
  let rank = cache.get(values);
  if (rank === undefined) {
    const lower = values.map((value) => value.toLowerCase());
    const order = new Int32Array(values.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const compare = (a: number, b: number): number => {
      const x = lower[a]!;
      const y = lower[b]!;
      if (x !== y) return x < y ? -1 : 1;
      const u = values[a]!;
      const v = values[b]!;
      return u < v ? -1 : u > v ? 1 : 0;
    };
    order.sort(compare);
    rank = new Int32Array(values.length);
    let current = 0;
    for (let k = 0; k < order.length; k++) {
      if (k > 0 && compare(order[k - 1]!, order[k]!) !== 0) current = k;
      rank[order[k]!] = current;
    }
    cache.set(values, rank);
  }
  return rank;
}
