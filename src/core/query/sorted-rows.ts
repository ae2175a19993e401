import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { idOrder } from './id-order';
import { matchingRows } from './matching-rows';
import { sortValues } from './sort-values';

/**
 * The profile rows of the customer list, in display order: those selected by `mask` (null = all) whose id,
 * name or email contains `search` (case ignored), sorted by `column` ascending or descending. Customers
 * without a value come last in both directions; ties are broken by id ascending in both directions. Numbers
 * sort numerically, text ignoring case, groups in the grouping's display order.
 */
export function sortedRows(
  frame: CustomerFrame,
  mask: Uint8Array | null,
  column: CustomerColumn,
  direction: 'asc' | 'desc',
  search: string,
): Int32Array {
  const rows = matchingRows(frame.profiles, mask, search);
  const values = sortValues(frame, column, rows);
  // Replace each value by its dense rank among the distinct values (native numeric sort, then binary search),
  // so that rank × n + idRank is one exact, unique number per row and a native Float64Array sort orders them.
  const distinct = distinctSorted(values);
  const d = distinct.length;
  const ids = idOrder(frame.profiles.ids);
  const n = Math.max(frame.profiles.length, 1);
  const keys = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const value = values[k]!;
    let rank = d; // no value: after every value
    if (value === value) {
      rank = lowerBound(distinct, value);
      if (direction === 'desc') rank = d - 1 - rank;
    }
    keys[k] = rank * n + ids.rank[rows[k]!]!;
  }
  keys.sort();
  const out = new Int32Array(rows.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    out[k] = ids.rows[key - Math.floor(key / n) * n]!;
  }
  return out;
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
