import type { OrderTable } from '../types';
import { ROW_KIND } from './row-kinds';

/**
 * One 0/1 flag per customer code of `orders`: 1 when the customer made a purchase (ROW_KIND.purchase in
 * `kinds`, from rowKinds) on a day from `fromDay` to `toDay` inclusive (days since 1970-01-01, UTC).
 */
export function buyersInRange(
  orders: OrderTable, kinds: Uint8Array, fromDay: number, toDay: number,
): Uint8Array {
  const flags = new Uint8Array(orders.customer.values.length);
  const { day } = orders;
  const codes = orders.customer.codes;
  for (let i = 0; i < orders.length; i++) {
    if (kinds[i] !== ROW_KIND.purchase) continue;
    const d = day[i]!;
    if (d >= fromDay && d <= toDay) flags[codes[i]!] = 1;
  }
  return flags;
}
