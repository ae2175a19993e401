import type { PeriodKpiRow } from './kpi-types';
import type { KpiSums } from './accumulate-kpis';
import { kpiValues } from './kpi-values';

/** The per-period KPI rows (money in cents) of one group of accumulated sums, oldest period first. */
export function periodRows(sums: KpiSums, group: number): PeriodKpiRow[] {
  const { keys, from, to } = sums.calendar;
  const periods = keys.length;
  const rows: PeriodKpiRow[] = [];
  for (let p = 0; p < periods; p++) {
    const cell = group * periods + p;
    rows.push({
      period: keys[p]!,
      from: from[p]!,
      to: to[p]!,
      ...kpiValues(
        sums.active[cell]!,
        sums.fresh[cell]!,
        sums.retained[cell]!,
        p > 0 ? sums.active[cell - 1]! : null,
        sums.repeaters[cell]!,
        sums.revenue[cell]!,
        sums.orders[cell]!,
        sums.gross[cell]!,
      ),
    });
  }
  return rows;
}
