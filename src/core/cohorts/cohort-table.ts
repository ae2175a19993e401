import type { OrderTable } from '../types';
import { daySpan } from '../metrics/day-span';
import { ROW_KIND, rowKinds } from '../orders/row-kinds';
import type { CohortCells, CohortOptions, CohortRow, CohortTable } from './cohort-types';
import { NO_PURCHASE, firstPurchaseDays } from './first-purchase-days';
import { periodIndexOfDay } from './period-index';
import { periodKey } from './period-key';

/**
 * Cohorts by first purchase: for each month or quarter, the customers whose first purchase falls in it, and
 * per later period (offset 0, 1, 2 …) how many of them bought (active, retention share) and their net
 * revenue in cents (total, per original customer, cumulative per original customer).
 *
 * - Rows count by rowKinds: purchases make a customer active; purchases and refunds make revenue; skipped
 *   (void) rows count for nothing. Without an amount column revenue is 0.
 * - The table spans every period from the data's first day (any row) to its last day, or to `toDay` when
 *   given (rows after it are left out). Periods without activity are zeros; offsets past the end are absent.
 * - Customers without a purchase belong to no cohort, and a cohort's money before its first period (a refund
 *   dated before the first purchase) is left out. Periods gaining no customer have no cohort row.
 */
export function cohortTable(orders: OrderTable, options: CohortOptions): CohortTable {
  const { period } = options;
  const only = options.only ?? null;
  const n = orders.length;
  const span = daySpan(orders.day, n);
  const endDay = options.toDay ?? span?.last ?? Number.NaN;
  const empty: CohortTable = { period, periods: [], cohorts: [], totals: emptyTotals() };
  // NaN ends fail this test too: an empty table rather than a wrong one.
  if (!span || !(span.first <= endDay)) return empty;

  const startDay = span.first;
  const firstPeriod = periodIndexOfDay(startDay, period);
  const periodCount = periodIndexOfDay(endDay, period) - firstPeriod + 1;
  const periodOfDay = new Int32Array(endDay - startDay + 1);
  // A period lasts at least 28 days, so after a day that starts one the calendar need not be consulted for
  // the next 27 (the first day of the table may fall anywhere in its period, so it does not count).
  for (let d = startDay, p = -1, nextCheck = startDay; d <= endDay; d++) {
    if (d >= nextCheck) {
      const q = periodIndexOfDay(d, period) - firstPeriod;
      nextCheck = q !== p && p !== -1 ? d + 28 : d + 1;
      p = q;
    }
    periodOfDay[d - startDay] = p;
  }

  const kinds = rowKinds(orders);
  const customerCount = orders.customer.values.length;
  const firstDay = firstPurchaseDays(orders, kinds, endDay);
  // Each customer's cohort as a period offset from the table's first period, −1 when out of the table.
  const cohortOf = new Int32Array(customerCount);
  const sizes = new Int32Array(periodCount);
  for (let c = 0; c < customerCount; c++) {
    const d = firstDay[c]!;
    if (d === NO_PURCHASE || (only !== null && only[c] !== 1)) {
      cohortOf[c] = -1;
      continue;
    }
    const f = periodOfDay[d - startDay]!;
    cohortOf[c] = f;
    sizes[f]!++;
  }

  const { day, amountCents } = orders;
  const codes = orders.customer.codes;
  let hasAmount = false;
  for (let i = 0; i < n && !hasAmount; i++) hasAmount = !Number.isNaN(amountCents[i]!);
  // Cells are [cohort period × calendar period], both as offsets from the table's first period.
  const revenue = new Float64Array(periodCount * periodCount);
  const active = new Int32Array(periodCount * periodCount);
  // Purchase rows bucketed by period (a counting sort), so one last-seen stamp per customer counts each
  // customer once per period whatever the row order.
  const rowPeriod = new Int32Array(n).fill(-1);
  const purchasesIn = new Int32Array(periodCount + 1);
  for (let i = 0; i < n; i++) {
    const kind = kinds[i]!;
    if (kind === ROW_KIND.skip) continue;
    const c = codes[i]!;
    if (c < 0) continue;
    const f = cohortOf[c]!;
    const d = day[i]!;
    if (f < 0 || d > endDay) continue;
    const p = periodOfDay[d - startDay]!;
    if (p < f) continue;
    if (hasAmount) revenue[f * periodCount + p]! += amountCents[i]!;
    if (kind === ROW_KIND.purchase) {
      rowPeriod[i] = p;
      purchasesIn[p + 1]!++;
    }
  }
  for (let p = 0; p < periodCount; p++) purchasesIn[p + 1]! += purchasesIn[p]!;
  const next = purchasesIn.slice(0, periodCount);
  const rowsByPeriod = new Int32Array(purchasesIn[periodCount]!);
  for (let i = 0; i < n; i++) {
    const p = rowPeriod[i]!;
    if (p >= 0) rowsByPeriod[next[p]!++] = i;
  }
  const lastSeen = new Int32Array(customerCount).fill(-1);
  for (let p = 0; p < periodCount; p++) {
    for (let k = purchasesIn[p]!; k < purchasesIn[p + 1]!; k++) {
      const c = codes[rowsByPeriod[k]!]!;
      if (lastSeen[c] === p) continue;
      lastSeen[c] = p;
      active[cohortOf[c]! * periodCount + p]!++;
    }
  }

  const periods: string[] = [];
  for (let p = 0; p < periodCount; p++) periods.push(periodKey(firstPeriod + p, period));
  const cohorts: CohortRow[] = [];
  const reach = new Float64Array(periodCount);
  const totalActive = new Float64Array(periodCount);
  const totalRevenue = new Float64Array(periodCount);
  for (let f = 0; f < periodCount; f++) {
    const size = sizes[f]!;
    if (size === 0) continue;
    const row: CohortRow = { key: periods[f]!, size, ...emptyCells() };
    let cumulative = 0;
    for (let p = f; p < periodCount; p++) {
      const k = p - f;
      const cellActive = active[f * periodCount + p]!;
      const cellRevenue = revenue[f * periodCount + p]!;
      cumulative += cellRevenue;
      row.active.push(cellActive);
      row.retention.push(cellActive / size);
      row.revenueCents.push(Math.round(cellRevenue));
      row.revenuePerCustomerCents.push(Math.round(cellRevenue / size));
      row.cumulativePerCustomerCents.push(Math.round(cumulative / size));
      reach[k]! += size;
      totalActive[k]! += cellActive;
      totalRevenue[k]! += cellRevenue;
    }
    cohorts.push(row);
  }

  const totals: CohortTable['totals'] = emptyTotals();
  let cumulative = 0;
  let revenueSum = 0;
  for (let k = 0; k < periodCount && reach[k]! > 0; k++) {
    const perCustomer = totalRevenue[k]! / reach[k]!;
    cumulative += perCustomer;
    revenueSum += totalRevenue[k]!;
    totals.active.push(totalActive[k]!);
    totals.retention.push(totalActive[k]! / reach[k]!);
    totals.revenueCents.push(Math.round(totalRevenue[k]!));
    totals.revenuePerCustomerCents.push(Math.round(perCustomer));
    totals.cumulativePerCustomerCents.push(Math.round(cumulative));
  }
  totals.size = reach[0]!;
  totals.totalRevenueCents = Math.round(revenueSum);
  return { period, periods, cohorts, totals };
}

function emptyCells(): CohortCells {
  return {
    active: [],
    retention: [],
    revenueCents: [],
    revenuePerCustomerCents: [],
    cumulativePerCustomerCents: [],
  };
}

function emptyTotals(): CohortTable['totals'] {
  return { size: 0, totalRevenueCents: 0, ...emptyCells() };
}
