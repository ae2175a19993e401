import type { CohortMeasure } from '../charts/cohort-heatmap';
import { kpiKind, type KpiMetric } from '../charts/kpi-trend';
import type { CohortCells, CohortTable } from '../core/cohorts/cohort-types';
import type { TableCell } from './table-csv';

const CELLS: Record<CohortMeasure, keyof CohortCells> = {
  retention: 'retention', active: 'active', revenue: 'revenueCents',
  revenuePerCustomer: 'revenuePerCustomerCents', cumulativePerCustomer: 'cumulativePerCustomerCents',
};

/** A value as a spreadsheet should get it: money in currency units (2 decimals), shares 0–1 (4), counts. */
function exported(kind: 'count' | 'share' | 'money', value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (kind === 'money') return Math.round(value) / 100;
  return kind === 'share' ? Math.round(value * 10_000) / 10_000 : value;
}

/**
 * The cohort heatmap as a table to download: one row per cohort (its period named by `period`, its size),
 * one column per period offset holding the measure; offsets past the data empty.
 */
export function cohortCsvTable(
  table: CohortTable, measure: CohortMeasure,
  labels: { cohort: string; size: string; period: (key: string) => string },
): { header: string[]; rows: TableCell[][] } {
  const kind = measure === 'retention' ? 'share' : measure === 'active' ? 'count' : 'money';
  const offsets = table.totals.active.length;
  const header = [labels.cohort, labels.size, ...Array.from({ length: offsets }, (_, k) => String(k))];
  const rows = table.cohorts.map((cohort) => [
    labels.period(cohort.key), cohort.size,
    ...Array.from({ length: offsets }, (_, k) => exported(kind, cohort[CELLS[measure]][k])),
  ]);
  return { header, rows };
}

/**
 * KPI rows (by period or by group) as a table to download: a first column named by `first`, then one column
 * per metric titled by `title`, in the spreadsheet units of exported values.
 */
export function kpiCsvTable<Row>(
  rows: readonly Row[], metrics: readonly KpiMetric[],
  labels: { first: string; name: (row: Row) => string; title: (metric: KpiMetric) => string },
): { header: string[]; rows: TableCell[][] } {
  return {
    header: [labels.first, ...metrics.map(labels.title)],
    rows: rows.map((row) => [
      labels.name(row),
      ...metrics.map((m) => exported(kpiKind(m), (row as Record<string, unknown>)[m] as number | null)),
    ]),
  };
}
