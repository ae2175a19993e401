import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { columnSource } from './column-source';
import { idOrder } from './id-order';
import { sortValues } from './sort-values';

// Paging and filtering re-ask for the same sort many times; the data of a frame never changes in place, so
// every row's order per column array and direction is computed once (the ids array must match too).
const cache = new WeakMap<object, { ids: readonly string[]; asc?: Int32Array; desc?: Int32Array }>();

/**
 * Every profile row sorted by `column` (see sortedRows: no value last, ties by id ascending), computed once per
 * column array and direction. The result is shared: do not change it.
 */
export function fullOrder(frame: CustomerFrame, column: CustomerColumn, direction: 'asc' | 'desc'): Int32Array {
  const ids = frame.profiles.ids;
  const source = columnSource(frame, column);
  // A column the frame lacks has no values: everyone ties, so the order is by id.
  if (source === null) return idOrder(ids).rows;
  let entry = cache.get(source);
  if (entry === undefined || entry.ids !== ids) cache.set(source, (entry = { ids }));
  return (entry[direction] ??= sortAll(frame, column, direction));
}

function sortAll(frame: CustomerFrame, column: CustomerColumn, direction: 'asc' | 'desc'): Int32Array {
  const n = frame.profiles.length;
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const values = sortValues(frame, column, rows);
  // Replace each value by its dense rank among the distinct values (native numeric sort, then binary search),
  // so that rank × n + idRank is one exact, unique number per row and a native Float64Array sort orders them.
  const distinct = distinctSorted(values);
  const d = distinct.length;
  const ids = idOrder(frame.profiles.ids);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    let rank = d; // no value: after every value
    if (value === value) {
      rank = lowerBound(distinct, value);
      if (direction === 'desc') rank = d - 1 - rank;
    }
    keys[i] = rank * n + ids.rank[i]!;
  }
  keys.sort();
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    rows[k] = ids.rows[key - Math.floor(key / n) * n]!;
  }
  return rows;
}

function distinctSorted(values: Float64Array): Float64Array {
  const sorted = values.slice().sort(); // NaN sorts last
  let d = 0;
  for (let k = 0; k < sorted.length; k++) {
    const value = sorted[k]!;
    if (value !== value) break;
    if (d === 0 || sorted[d - 1] !== value) sorted[d++] = value;
  }
  return sorted.subarray(0, d);
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
