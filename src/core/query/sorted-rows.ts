import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { fullOrder } from './full-order';
import { matchingRows } from './matching-rows';

/**
 * The profile rows of the customer list, in display order: those selected by `mask` (null = all) whose id,
 * name or email contains `search` (case ignored), sorted by `column` ascending or descending. Customers
 * without a value come last in both directions; ties are broken by id ascending in both directions. Numbers
 * sort numerically, text ignoring case, groups in the grouping's display order. Each column's full order is
 * sorted once per frame and direction, so later calls only filter it.
 */
export function sortedRows(
  frame: CustomerFrame,
  mask: Uint8Array | null,
  column: CustomerColumn,
  direction: 'asc' | 'desc',
  search: string,
): Int32Array {
  const order = fullOrder(frame, column, direction);
  const selected = matchingRows(frame.profiles, mask, search);
  if (selected === null) return order.slice();
  const out = new Int32Array(order.length);
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    if (selected[row] === 1) out[count++] = row;
  }
  return out.slice(0, count);
}
