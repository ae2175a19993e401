import { LIFECYCLE_STAGES } from '../customer-types';
import type { CustomerSettings, LifecycleStage } from '../customer-types';
import type { OrderTable } from '../types';
import { dayToMonthIndex, monthIndexToKey } from '../dates';
import { lifecycleStageCode } from './lifecycle-stage-code';
import { monthEndDay } from './month-end-day';
import { purchasesByDay } from './purchases-by-day';

/**
 * One customer's lifecycle stage at the end of every calendar month from the month of `fromDay` to the month
 * of `toDay` (day numbers), oldest first, by the rules and month ends of lifecycleHistory. Months before the
 * customer's first purchase are left out, so the list is empty for a customer who never bought (or who is
 * not in the table). `customer` is a code into `orders.customer.values` or the customer id itself.
 */
export function customerStageHistory(
  orders: OrderTable,
  rules: CustomerSettings['rules'],
  customer: number | string,
  fromDay: number,
  toDay: number,
): Array<{ month: string; stage: LifecycleStage }> {
  const rows: Array<{ month: string; stage: LifecycleStage }> = [];
  const code = typeof customer === 'number' ? customer : orders.customer.values.indexOf(customer);
  if (!(code >= 0) || !(fromDay <= toDay)) return rows;
  const { day } = purchasesByDay(orders, toDay, code);
  let next = 0;
  let occasions = 0;
  let lastDay = 0;
  for (let month = dayToMonthIndex(fromDay); month <= dayToMonthIndex(toDay); month++) {
    const end = Math.min(monthEndDay(month), toDay);
    for (; next < day.length && day[next]! <= end; next++) {
      if (occasions > 0 && day[next] === lastDay) continue;
      occasions++;
      lastDay = day[next]!;
    }
    if (occasions === 0) continue;
    const stage = LIFECYCLE_STAGES[lifecycleStageCode(end - lastDay, occasions, rules)]!;
    rows.push({ month: monthIndexToKey(month), stage });
  }
  return rows;
}
