import type { DateRange, MonthlyRow, OrderTable, OverviewResult } from '../types';
import { dayToIso, dayToMonthIndex, isoToDay, monthIndexToKey } from '../dates';
import { daySpan } from './day-span';
import { dominantCurrency } from './dominant-currency';
import { ROW_KIND, rowKinds } from '../orders/row-kinds';

/** The part of an Overview computed from the orders alone. */
export type Overview = Pick<OverviewResult, 'kpis' | 'monthly' | 'dataFrom' | 'dataTo' | 'currency'>;

const NOT_SEEN = -0x80000000;

/**
 * KPIs (money in cents) and the monthly series of the orders in an inclusive range of ISO days.
 *
 * - A row is left out when its status is void (cancelled, failed, fully refunded …) and its amount is not
 *   negative; a negative row is money paid back, so it always counts, whatever its status says.
 * - A purchase is a counted row with a positive amount. When the file had no amount at all, every counted
 *   row is a purchase worth 0. A row without an amount in a file that has amounts is neither.
 * - revenueCents: net sum of counted rows (refunds subtract). orders: purchases. customers: distinct
 *   customers with a purchase. aovCents: gross purchase amount / purchases. repeatRate: share of those
 *   customers with purchases on two or more distinct days. arpaCents: revenueCents / customers.
 *   Averages are rounded to whole cents; 0 when there is nothing to divide by.
 * - The range is clipped to the data's first and last day; monthly has every calendar month of the
 *   clipped range, empty ones as zeros, and is empty when the range holds no day of data.
 * - dataFrom/dataTo span all rows, whatever their status or the range; currency is the most common code.
 */
export function overviewOf(table: OrderTable, range: DateRange): Overview {
  const n = table.length;
  const span = daySpan(table.day, n);
  const result: Overview = {
    kpis: { revenueCents: 0, orders: 0, customers: 0, aovCents: 0, repeatRate: 0, arpaCents: 0 },
    monthly: [],
    dataFrom: span ? dayToIso(span.first) : null,
    dataTo: span ? dayToIso(span.last) : null,
    currency: dominantCurrency(table.text.currency),
  };
  if (!span) return result;
  // An unreadable end makes NaN, which fails the test below: an empty result rather than a wrong one.
  const fromDay = Math.max(range.from === null ? span.first : isoToDay(range.from), span.first);
  const toDay = Math.min(range.to === null ? span.last : isoToDay(range.to), span.last);
  if (!(fromDay <= toDay)) return result;

  const firstMonth = dayToMonthIndex(fromDay);
  const monthCount = dayToMonthIndex(toDay) - firstMonth + 1;
  const monthOfDay = new Int32Array(toDay - fromDay + 1);
  for (let d = fromDay; d <= toDay; d++) monthOfDay[d - fromDay] = dayToMonthIndex(d) - firstMonth;

  const { day, amountCents } = table;
  const customerCodes = table.customer.codes;
  const kinds = rowKinds(table);
  const hasAmount = amountCents.subarray(0, n).some((a) => !Number.isNaN(a));

  const monthRevenue = new Float64Array(monthCount);
  const monthOrders = new Int32Array(monthCount);
  // Month of each purchase row (−1 for other rows), then a counting sort by month, so distinct customers per
  // month are counted with one last-seen stamp per customer whatever the row order.
  const rowMonth = new Int32Array(n).fill(-1);
  const firstDayOf = new Int32Array(table.customer.values.length).fill(NOT_SEEN);
  const repeats = new Uint8Array(table.customer.values.length);
  let revenue = 0;
  let grossPurchases = 0;
  let purchases = 0;
  let customers = 0;
  let repeaters = 0;

  for (let i = 0; i < n; i++) {
    const d = day[i]!;
    if (d < fromDay || d > toDay) continue;
    const kind = kinds[i]!;
    if (kind === ROW_KIND.skip) continue;
    const amount = hasAmount ? amountCents[i]! : 0;
    const m = monthOfDay[d - fromDay]!;
    revenue += amount;
    monthRevenue[m]! += amount;
    if (kind !== ROW_KIND.purchase) continue;
    purchases++;
    grossPurchases += amount;
    monthOrders[m]!++;
    rowMonth[i] = m;
    const c = customerCodes[i]!;
    if (c < 0) continue;
    const seen = firstDayOf[c]!;
    if (seen === NOT_SEEN) {
      firstDayOf[c] = d;
      customers++;
    } else if (seen !== d && repeats[c] === 0) {
      repeats[c] = 1;
      repeaters++;
    }
  }

  const monthActive = activePerMonth(rowMonth, monthOrders, customerCodes, table.customer.values.length);
  const monthly: MonthlyRow[] = [];
  for (let m = 0; m < monthCount; m++) {
    monthly.push({
      month: monthIndexToKey(firstMonth + m),
      revenueCents: Math.round(monthRevenue[m]!),
      orders: monthOrders[m]!,
      activeCustomers: monthActive[m]!,
    });
  }
  result.monthly = monthly;
  result.kpis = {
    revenueCents: Math.round(revenue),
    orders: purchases,
    customers,
    aovCents: purchases > 0 ? Math.round(grossPurchases / purchases) : 0,
    repeatRate: customers > 0 ? repeaters / customers : 0,
    arpaCents: customers > 0 ? Math.round(revenue / customers) : 0,
  };
  return result;
}

function activePerMonth(
  rowMonth: Int32Array,
  monthOrders: Int32Array,
  customerCodes: Int32Array,
  customerCount: number,
): Int32Array {
  const monthCount = monthOrders.length;
  const start = new Int32Array(monthCount + 1);
  for (let m = 0; m < monthCount; m++) start[m + 1] = start[m]! + monthOrders[m]!;
  const next = start.slice(0, monthCount);
  const rowsByMonth = new Int32Array(start[monthCount]!);
  for (let i = 0; i < rowMonth.length; i++) {
    const m = rowMonth[i]!;
    if (m >= 0) rowsByMonth[next[m]!++] = i;
  }
  const lastMonth = new Int32Array(customerCount).fill(-1);
  const active = new Int32Array(monthCount);
  for (let m = 0; m < monthCount; m++) {
    for (let k = start[m]!; k < start[m + 1]!; k++) {
      const c = customerCodes[rowsByMonth[k]!]!;
      if (c >= 0 && lastMonth[c] !== m) {
        lastMonth[c] = m;
        active[m]!++;
      }
    }
  }
  return active;
}
