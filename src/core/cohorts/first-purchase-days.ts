import type { OrderTable } from '../types';
import { ROW_KIND } from '../orders/row-kinds';

/** Marks a customer without a purchase in `firstPurchaseDays`. */
export const NO_PURCHASE = -0x80000000;

/**
 * The day (days since 1970-01-01, UTC) of each customer's first purchase on or before `toDay`, indexed by
 * customer code; NO_PURCHASE for a customer who has none. `kinds` comes from rowKinds(orders).
 */
export function firstPurchaseDays(orders: OrderTable, kinds: Uint8Array, toDay = Infinity): Int32Array {
  const first = new Int32Array(orders.customer.values.length).fill(NO_PURCHASE);
  const { day } = orders;
  const codes = orders.customer.codes;
  for (let i = 0; i < orders.length; i++) {
    if (kinds[i] !== ROW_KIND.purchase) continue;
    const d = day[i]!;
    const c = codes[i]!;
    if (c < 0 || d > toDay) continue;
    const seen = first[c]!;
    if (seen === NO_PURCHASE || d < seen) first[c] = d;
  }
  return first;
}
