import type { TopLevelSpec } from 'vega-lite';
import type { PeriodKpiRow } from '../core/kpis/kpi-types';
import { vegaNumberLocale } from './vega-locale';

export const KPI_METRICS = [
  'activeCustomers', 'newCustomers', 'retentionRate', 'churnRate', 'repeatRate', 'revenueCents', 'orders',
  'aovCents', 'arpaCents', 'historicCltvCents', 'predictedCltvCents',
] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

/** One period's KPIs, with the customer lifetime values (cents) where the view has them. */
export type KpiTrendRow = PeriodKpiRow & {
  historicCltvCents?: number | null;
  predictedCltvCents?: number | null;
};

/** Translated texts of a KPI trend: `value` names the metric (the y axis). */
export interface KpiTrendLabels {
  description: string;
  period: string;
  value: string;
}

/** How values are written: `money` formats cents, `percent` a 0–1 share, `period` a key ('2024-Q2'). */
export interface KpiTrendFormat {
  locale: string;
  money: (cents: number) => string;
  count: (value: number) => string;
  percent: (share: number) => string;
  period: (key: string) => string;
}

/** The interval selection a drag across the chart sets; read its value with brushedRange. */
export const KPI_TREND_BRUSH = 'brush';

/** What a metric measures: a count of customers or orders, a 0–1 share, or money in cents. */
export function kpiKind(metric: KpiMetric): 'count' | 'share' | 'money' {
  if (metric === 'retentionRate' || metric === 'churnRate' || metric === 'repeatRate') return 'share';
  return metric.endsWith('Cents') ? 'money' : 'count';
}

/** A KPI row as the KPI charts draw it: x at the period's first counted day (UTC ms), money in units. */
export interface KpiPoint {
  period: string;
  from: string;
  time: number;
  value: number | null;
  periodLabel: string;
  valueLabel: string;
  pointLabel: string;
}

const DAY_MS = 86_400_000;
const utcTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The points of one metric (also for kpi-multiples), in row order; a null or missing value stays null. */
export function kpiPoints(rows: KpiTrendRow[], metric: KpiMetric, format: KpiTrendFormat): KpiPoint[] {
  const kind = kpiKind(metric);
  const write = kind === 'share' ? format.percent : kind === 'count' ? format.count : format.money;
  return rows.map((row) => {
    const raw = row[metric];
    const known = typeof raw === 'number' && Number.isFinite(raw);
    const periodLabel = format.period(row.period);
    const valueLabel = known ? write(raw) : '';
    return {
      period: row.period, from: row.from, time: utcTime(row.from),
      value: known ? (kind === 'money' ? raw / 100 : raw) : null, periodLabel, valueLabel,
      pointLabel: `${periodLabel}: ${valueLabel}`,
    };
  });
}

/**
 * The shared time axis of the KPI charts: a tick at each period's first day, named by `format.period`
 * (Vega's own dates know only English), dropping labels that would overlap.
 */
export function kpiTimeAxis(points: KpiPoint[], title: string | null) {
  const names = Object.fromEntries(points.map((point) => [point.time, point.periodLabel]));
  return {
    field: 'time', type: 'temporal', title, scale: { type: 'utc' },
    axis: {
      values: [...new Set(points.map((point) => point.time))],
      labelExpr: `${JSON.stringify(names)}[+datum.value] || ''`,
      labelOverlap: 'greedy', labelSeparation: 8, labelAngle: 0, grid: false,
    },
  } as const;
}

/** The y axis of one metric: shares as percentages, counts and money (currency units) abbreviated. */
export function kpiValueAxis(metric: KpiMetric, title: string) {
  const share = kpiKind(metric) === 'share';
  return {
    field: 'value', type: 'quantitative', title,
    axis: { format: share ? '.0%' : ',~s', tickCount: 5 },
  } as const;
}

/**
 * Line and points of one KPI per period (x at each period's first counted day, UTC; money in currency units,
 * shares 0–1); a null value breaks the line. Dragging across sets KPI_TREND_BRUSH; `range` (ISO days) is
 * drawn as a shaded band, and the points outside it are dimmed. Same input, same spec.
 */
export function kpiTrendSpec(
  rows: KpiTrendRow[],
  metric: KpiMetric,
  range: { from: string; to: string } | null,
  labels: KpiTrendLabels,
  format: KpiTrendFormat,
): TopLevelSpec {
  const points = kpiPoints(rows, metric, format).map((point) => ({
    ...point, dim: range !== null && (point.from < range.from || point.from > range.to),
  }));
  const x = kpiTimeAxis(points, labels.period);
  const y = kpiValueAxis(metric, labels.value);
  const tooltip = [
    { field: 'periodLabel', type: 'nominal', title: labels.period },
    { field: 'valueLabel', type: 'nominal', title: labels.value },
  ] as const;
  // The band is kept inside the drawn periods, so a range wider than the data does not stretch the axis.
  const times = points.map((point) => point.time);
  const start = range && Math.max(utcTime(range.from), Math.min(...times));
  const end = range && Math.min(utcTime(range.to) + DAY_MS, Math.max(...times));
  const band = start === null || end === null || !(start < end) ? [] : [{
    data: { values: [{ start, end }] },
    // the theme's mark colour, faint, so the band reads on a light and a dark page alike
    mark: { type: 'rect', opacity: 0.12, aria: false },
    encoding: { x: { field: 'start', type: 'temporal' }, x2: { field: 'end' } },
  }];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: 240,
    autosize: { type: 'fit-x', contains: 'padding' },
    layer: [
      ...band,
      {
        data: { values: points },
        encoding: { x, y },
        layer: [
          { mark: { type: 'line', interpolate: 'monotone', aria: false } },
          {
            params: [{ name: KPI_TREND_BRUSH, select: { type: 'interval', encodings: ['x'] } }],
            mark: { type: 'point', filled: true, size: 40, tooltip: true },
            encoding: {
              opacity: { condition: { test: 'datum.dim', value: 0.3 }, value: 1 },
              description: { field: 'pointLabel', type: 'nominal' },
              tooltip: [...tooltip],
            },
          },
        ],
      },
    ],
    config: { locale: { number: vegaNumberLocale(format.locale) } },
  } as TopLevelSpec;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The ISO days (UTC) a KPI_TREND_BRUSH value spans, earlier day first; null when the brush is empty. Vega
 * gives the brushed times as `{ time: [startMs, endMs] }`, in drag order.
 */
export function brushedRange(value: unknown): { from: string; to: string } | null {
  if (!value || typeof value !== 'object') return null;
  const extent = (value as Record<string, unknown>).time;
  if (!Array.isArray(extent) || extent.length !== 2) return null;
  const times = extent.map((end: unknown) => (end instanceof Date ? end.getTime() : Number(end)));
  if (!times.every(Number.isFinite)) return null;
  const [start, end] = [Math.min(...times), Math.max(...times)];
  return { from: isoDay(start), to: isoDay(end) };
}
