/** Rows sorted by customer id, and each row's position in that order. */
export interface IdOrder {
  /** `rows[k]` is the row with the k-th smallest id. */
  rows: Int32Array;
  /** `rank[row]` is that row's position in `rows`: unique, so it breaks every tie. */
  rank: Int32Array;
}

// Sorting 100k strings costs more than a whole query; the ids of a frame never change, so sort them once.
const cache = new WeakMap<readonly string[], IdOrder>();

/** Rows ordered by id (UTF-16 code units, equal ids by row), computed once per ids array. */
export function idOrder(ids: readonly string[]): IdOrder {
  let order = cache.get(ids);
  if (order === undefined) {
    const rows = new Int32Array(ids.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    rows.sort((a, b) => {
      const x = ids[a]!;
      const y = ids[b]!;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const rank = new Int32Array(ids.length);
    for (let k = 0; k < rows.length; k++) rank[rows[k]!] = k;
    order = { rows, rank };
    cache.set(ids, order);
  }
  return order;
}
