import type { OrderTable } from '../types';
import type { GroupKpis, KpiRangeOptions } from './kpi-types';
import { accumulateKpis } from './accumulate-kpis';
import { kpiValues } from './kpi-values';
import { periodRows } from './period-rows';

/** Options of kpisByGroup: the range and period length, and whether to return each group's period rows. */
export interface GroupKpiOptions extends KpiRangeOptions {
  /** Add each group's per-period rows (as periodKpis gives them) for small multiples; default false. */
  perPeriod?: boolean;
}

/**
 * The KPIs of periodKpis (money in cents) for each group of customers over the whole range, in the order of
 * `groups`, from one pass over the rows: active customers in the range, new ones (first purchase ever in a
 * period of the range), revenue, purchases, AOV, ARPA, repeat rate (purchases on two or more distinct days of
 * the range) and retention and churn from the range's last period against the one before (null with a single
 * period). `groupOf` holds the index into `groups` of every orders customer code; −1 leaves its rows out.
 */
export function kpisByGroup(
  orders: OrderTable,
  groupOf: Int16Array | Int32Array,
  groups: string[],
  options: GroupKpiOptions,
): GroupKpis[] {
  const sums = accumulateKpis(orders, groupOf, groups.length, options);
  return groups.map((group, g) => {
    if (!sums) {
      const empty: GroupKpis = { group, ...kpiValues(0, 0, 0, null, 0, 0, 0, 0) };
      return options.perPeriod ? { ...empty, periods: [] } : empty;
    }
    const periods = sums.calendar.keys.length;
    let fresh = 0;
    let revenue = 0;
    let purchases = 0;
    let gross = 0;
    for (let cell = g * periods; cell < (g + 1) * periods; cell++) {
      fresh += sums.fresh[cell]!;
      revenue += sums.revenue[cell]!;
      purchases += sums.orders[cell]!;
      gross += sums.gross[cell]!;
    }
    const last = (g + 1) * periods - 1;
    const result: GroupKpis = {
      group,
      ...kpiValues(
        sums.totalActive[g]!,
        fresh,
        sums.retained[last]!,
        periods > 1 ? sums.active[last - 1]! : null,
        sums.totalRepeaters[g]!,
        revenue,
        purchases,
        gross,
      ),
    };
    if (options.perPeriod) result.periods = periodRows(sums, g);
    return result;
  });
}
