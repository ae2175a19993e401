import type { OrderTable } from '../types';
import type { KpiRangeOptions, PeriodKpiRow } from './kpi-types';
import { accumulateKpis } from './accumulate-kpis';
import { periodRows } from './period-rows';

/** Options of periodKpis: the range and period length, and optionally a segment. */
export interface PeriodKpiOptions extends KpiRangeOptions {
  /** One flag per orders customer code (1: in the segment); null or absent: every row, even customerless. */
  only?: Uint8Array | null;
}

/**
 * Active and new customers, retention and churn, repeat rate, net revenue, purchases, AOV and ARPA (money in
 * cents) of every calendar month, quarter or year (UTC) of a range clipped to the data's span, oldest first,
 * empty periods as zeros; empty when the range holds no day of data.
 *
 * Rows count as rowKinds says (orders/row-kinds.ts): revenue is purchases plus refunds, orders are purchases,
 * AOV is gross purchase amount over purchases and ARPA revenue over active customers, as in overviewOf. A
 * customer is active in a period with a purchase in it, new there when its first purchase ever (over all
 * history) falls in that calendar period, and a repeat buyer when it bought on two or more distinct days of
 * it. Retention (DESIGN.md) is the share of the previous period's active customers active again; it and churn
 * are null for the first period and after a period with nobody active.
 */
export function periodKpis(orders: OrderTable, options: PeriodKpiOptions): PeriodKpiRow[] {
  const { only } = options;
  const groupOf = only ? Int8Array.from(only, (flag) => (flag ? 0 : -1)) : null;
  const sums = accumulateKpis(orders, groupOf, 1, options);
  return sums ? periodRows(sums, 0) : [];
}
