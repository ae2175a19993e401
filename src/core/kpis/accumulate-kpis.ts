import type { OrderTable } from '../types';
import type { KpiRangeOptions } from './kpi-types';
import { periodCalendar, type PeriodCalendar } from './period-calendar';
import { daySpan } from '../metrics/day-span';
import { ROW_KIND, rowKinds } from '../orders/row-kinds';

/** Raw sums per group and period (cell g × periods + p) and per group over the whole range; money in cents. */
export interface KpiSums {
  calendar: PeriodCalendar;
  groupCount: number;
  active: Int32Array;
  fresh: Int32Array;
  /** Customers of the cell who were also active in the period before (same group). */
  retained: Int32Array;
  repeaters: Int32Array;
  revenue: Float64Array;
  orders: Int32Array;
  gross: Float64Array;
  /** Per group over the whole range: distinct active customers and those buying on two or more days. */
  totalActive: Int32Array;
  totalRepeaters: Int32Array;
}

const NEVER = 0x7fffffff;

/**
 * Sums for the KPIs of every period of a range (days since 1970-01-01, UTC, clipped to the data's span) and
 * every group, in one pass over the rows and one over the purchases sorted by period. `groupOf` gives the
 * group of each customer code (−1 or missing: none, rows left out); null puts every row, even one without a
 * customer, in group 0. Null when the range holds no day of data.
 */
export function accumulateKpis(
  table: OrderTable,
  groupOf: Int8Array | Int16Array | Int32Array | null,
  groupCount: number,
  options: KpiRangeOptions,
): KpiSums | null {
  const n = table.length;
  const span = daySpan(table.day, n);
  if (!span) return null;
  const fromDay = Math.max(options.fromDay ?? span.first, span.first);
  const toDay = Math.min(options.toDay ?? span.last, span.last);
  if (!(fromDay <= toDay)) return null;
  const calendar = periodCalendar(options.period, fromDay, toDay);
  const { periodOfDay } = calendar;
  const periods = calendar.keys.length;
  const cells = groupCount * periods;

  const { day, amountCents } = table;
  const codes = table.customer.codes;
  const customerCount = table.customer.values.length;
  const kinds = rowKinds(table);
  const hasAmount = amountCents.subarray(0, n).some((a) => !Number.isNaN(a));

  const sums: KpiSums = {
    calendar,
    groupCount,
    active: new Int32Array(cells),
    fresh: new Int32Array(cells),
    retained: new Int32Array(cells),
    repeaters: new Int32Array(cells),
    revenue: new Float64Array(cells),
    orders: new Int32Array(cells),
    gross: new Float64Array(cells),
    totalActive: new Int32Array(groupCount),
    totalRepeaters: new Int32Array(groupCount),
  };
  const { active, fresh, retained, repeaters, revenue, orders, gross, totalActive, totalRepeaters } = sums;

  // Pass 1: money and purchase counts per cell, each customer's first purchase ever, and the period of every
  // purchase with a customer, so pass 2 can visit them period by period whatever the row order.
  const firstDay = new Int32Array(customerCount).fill(NEVER);
  const rowPeriod = new Int32Array(n);
  const perPeriod = new Int32Array(periods + 1);
  for (let i = 0; i < n; i++) {
    const kind = kinds[i]!;
    if (kind === ROW_KIND.skip) continue;
    const c = codes[i]!;
    const g = groupOf === null ? 0 : c >= 0 ? (groupOf[c] ?? -1) : -1;
    if (g < 0) continue;
    const d = day[i]!;
    const purchase = kind === ROW_KIND.purchase;
    if (purchase && c >= 0 && d < firstDay[c]!) firstDay[c] = d;
    if (d < fromDay || d > toDay) continue;
    const p = periodOfDay[d - fromDay]!;
    const cell = g * periods + p;
    const amount = hasAmount ? amountCents[i]! : 0;
    revenue[cell]! += amount;
    if (!purchase) continue;
    orders[cell]!++;
    gross[cell]! += amount;
    if (c >= 0) {
      rowPeriod[i] = p + 1;
      perPeriod[p + 1]!++;
    }
  }

  // The period (index into the calendar) of each customer's first purchase; −1 when before the range's first
  // calendar period or never. A first purchase before fromDay in the first period still makes that period new.
  const firstPeriod = new Int32Array(customerCount);
  for (let c = 0; c < customerCount; c++) {
    const d = firstDay[c]!;
    firstPeriod[c] = d < calendar.firstStartDay || d > toDay ? -1 : d < fromDay ? 0 : periodOfDay[d - fromDay]!;
  }

  const start = new Int32Array(periods + 1);
  for (let p = 0; p < periods; p++) start[p + 1] = start[p]! + perPeriod[p + 1]!;
  const next = start.slice(0, periods);
  const sorted = new Int32Array(start[periods]!);
  for (let i = 0; i < n; i++) {
    const p1 = rowPeriod[i]!;
    if (p1 > 0) sorted[next[p1 - 1]!++] = i;
  }

  // Pass 2, in period order: a stamp per customer of the last period it was active in tells new activity in a
  // period, and whether it was active in the one before; the first day seen tells a second purchase occasion.
  const lastPeriod = new Int32Array(customerCount).fill(-1);
  const dayInPeriod = new Int32Array(customerCount);
  const repeatedIn = new Int32Array(customerCount).fill(-1);
  const firstDayInRange = new Int32Array(customerCount);
  const repeatedInRange = new Uint8Array(customerCount);
  for (let p = 0; p < periods; p++) {
    const end = start[p + 1]!;
    for (let k = start[p]!; k < end; k++) {
      const i = sorted[k]!;
      const c = codes[i]!;
      const d = day[i]!;
      const g = groupOf === null ? 0 : groupOf[c]!;
      const lp = lastPeriod[c]!;
      if (lp !== p) {
        const cell = g * periods + p;
        active[cell]!++;
        if (lp >= 0 && lp === p - 1) retained[cell]!++;
        if (firstPeriod[c] === p) fresh[cell]!++;
        lastPeriod[c] = p;
        dayInPeriod[c] = d;
        if (lp < 0) {
          totalActive[g]!++;
          firstDayInRange[c] = d;
          continue;
        }
      } else if (repeatedIn[c] !== p && dayInPeriod[c] !== d) {
        repeatedIn[c] = p;
        repeaters[g * periods + p]!++;
      }
      if (repeatedInRange[c] === 0 && firstDayInRange[c] !== d) {
        repeatedInRange[c] = 1;
        totalRepeaters[g]!++;
      }
    }
  }
  return sums;
}
