import type { OrderTable } from '../types';
import { ROW_KIND, rowKinds } from '../orders/row-kinds';

/**
 * The purchases of an order table up to `toDay` (inclusive), oldest first, as parallel columns of customer
 * code and day; only customer `onlyCustomer` when it is 0 or more. Purchases are the rows rowKinds calls
 * so; rows without a customer are left out.
 */
export function purchasesByDay(
  orders: OrderTable,
  toDay: number,
  onlyCustomer = -1,
): { customer: Int32Array; day: Int32Array } {
  const n = orders.length;
  const { day } = orders;
  const customerCodes = orders.customer.codes;
  const kinds = rowKinds(orders);

  const keep = new Uint8Array(n);
  let count = 0;
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const c = customerCodes[i]!;
    const d = day[i]!;
    if (c < 0 || d > toDay || (onlyCustomer >= 0 && c !== onlyCustomer)) continue;
    if (kinds[i] !== ROW_KIND.purchase) continue;
    keep[i] = 1;
    count++;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const outCustomer = new Int32Array(count);
  const outDay = new Int32Array(count);
  if (count === 0) return { customer: outCustomer, day: outDay };

  // Counting sort by day: one pass to size each day's slot, one to place the rows.
  const span = maxDay - minDay + 1;
  const start = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) if (keep[i] === 1) start[day[i]! - minDay + 1]!++;
  for (let d = 0; d < span; d++) start[d + 1]! += start[d]!;
  for (let i = 0; i < n; i++) {
    if (keep[i] !== 1) continue;
    const at = start[day[i]! - minDay]!++;
    outCustomer[at] = customerCodes[i]!;
    outDay[at] = day[i]!;
  }
  return { customer: outCustomer, day: outDay };
}
