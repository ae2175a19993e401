import { LIFECYCLE_STAGES } from '../customer-types';
import type { CustomerSettings, LifecycleStage } from '../customer-types';
import type { OrderTable } from '../types';
import { dayToMonthIndex, monthIndexToKey } from '../dates';
import { lifecycleStageCode } from './lifecycle-stage-code';
import { monthEndDay } from './month-end-day';
import { purchasesByDay } from './purchases-by-day';

/** Customers in one lifecycle stage at the end of one month. */
export interface StageMonth {
  /** `YYYY-MM` */
  month: string;
  stage: LifecycleStage;
  customers: number;
}

/**
 * Lifecycle stage sizes at the end of every calendar month from the month of `fromDay` to the month of
 * `toDay` (day numbers), oldest first; per month one row for each stage but prospect, in LIFECYCLE_STAGES
 * order, zeros included. Each customer's stage is recomputed as of the month's last day (as of `toDay` for
 * the last month) from all their purchases up to that day, earlier than `fromDay` too, with the rules of
 * lifecycleStages; customers who had not bought by then are not counted. Purchases as in purchasesByDay.
 * With `only` (one flag per customer code of `orders`), only the flagged customers are counted.
 */
export function lifecycleHistory(
  orders: OrderTable,
  rules: CustomerSettings['rules'],
  fromDay: number,
  toDay: number,
  only: Uint8Array | null = null,
): StageMonth[] {
  const rows: StageMonth[] = [];
  if (!(fromDay <= toDay)) return rows;
  const purchases = purchasesByDay(orders, toDay);
  const customerCount = orders.customer.values.length;
  const lastDay = new Int32Array(customerCount);
  const occasions = new Int32Array(customerCount);
  // Customers in order of their first purchase, so each month counts only those who have bought.
  const buyers = new Int32Array(customerCount);
  let buyerCount = 0;
  let next = 0;
  const counts = new Int32Array(LIFECYCLE_STAGES.length);
  for (let month = dayToMonthIndex(fromDay); month <= dayToMonthIndex(toDay); month++) {
    const end = Math.min(monthEndDay(month), toDay);
    for (; next < purchases.day.length && purchases.day[next]! <= end; next++) {
      const c = purchases.customer[next]!;
      const d = purchases.day[next]!;
      if (occasions[c] === 0) buyers[buyerCount++] = c;
      else if (lastDay[c] === d) continue;
      occasions[c]!++;
      lastDay[c] = d;
    }
    counts.fill(0);
    for (let k = 0; k < buyerCount; k++) {
      const c = buyers[k]!;
      if (only && only[c] !== 1) continue;
      counts[lifecycleStageCode(end - lastDay[c]!, occasions[c]!, rules)]!++;
    }
    const key = monthIndexToKey(month);
    for (let s = 1; s < LIFECYCLE_STAGES.length; s++) {
      rows.push({ month: key, stage: LIFECYCLE_STAGES[s]!, customers: counts[s]! });
    }
  }
  return rows;
}
