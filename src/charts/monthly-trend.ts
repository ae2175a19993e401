import type { TopLevelSpec } from 'vega-lite';
import type { MonthlyRow } from '../core/types';

export const TREND_METRICS = ['revenueCents', 'orders', 'activeCustomers'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

/** Translated texts of the chart: `description` is what a screen reader announces for the whole chart. */
export interface TrendLabels {
  title: string;
  description: string;
  /** Tooltip title of the month. */
  month: string;
  /** Axis and tooltip title of the value. */
  value: string;
}

/** How values are written: `currency` is an ISO 4217 code or null (plain number), `locale` a BCP 47 tag. */
export interface TrendFormat {
  currency: string | null;
  locale: string;
}

function valueFormatter(metric: TrendMetric, format: TrendFormat): (value: number) => string {
  if (metric !== 'revenueCents') {
    return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 0 }).format;
  }
  const currency = format.currency?.toUpperCase() ?? '';
  const options: Intl.NumberFormatOptions = /^[A-Z]{3}$/.test(currency)
    ? { style: 'currency', currency }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  const formatter = new Intl.NumberFormat(format.locale, options);
  return (cents) => formatter.format(cents / 100);
}

// Vega's own number formatting knows no locale: give it the locale's separators so axis labels match Intl.
function numberLocale(locale: string) {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const currency: [string, string] = ['', ''];
  return { decimal: part('decimal', '.'), thousands: part('group', ','), grouping: [3], currency };
}

/**
 * Bar chart of one monthly metric (revenue drawn in currency units, not cents), with localised tooltips.
 * Same input, same spec; months are written in UTC, so no time zone moves a bar into the wrong month.
 */
export function monthlyTrendSpec(
  rows: MonthlyRow[],
  metric: TrendMetric,
  labels: TrendLabels,
  format: TrendFormat,
): TopLevelSpec {
  const formatValue = valueFormatter(metric, format);
  const formatMonth = new Intl.DateTimeFormat(format.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const formatTick = new Intl.DateTimeFormat(format.locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const values = rows.map((row) => {
    const first = new Date(`${row.month}-01T00:00:00Z`);
    const monthLabel = formatMonth.format(first);
    const valueLabel = formatValue(row[metric]);
    const barLabel = `${monthLabel}: ${valueLabel}`;
    return { month: row.month, tick: formatTick.format(first), [metric]: row[metric], monthLabel, valueLabel, barLabel };
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: labels.title,
    description: labels.description,
    width: 'container',
    height: 240,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    transform: [{ calculate: `datum.${metric}${metric === 'revenueCents' ? ' / 100' : ''}`, as: 'value' }],
    mark: { type: 'bar', tooltip: true },
    encoding: {
      // One band per month, labelled by Intl in the person's language; rows arrive in month order.
      x: {
        field: 'tick',
        type: 'ordinal',
        sort: null,
        title: null,
        axis: { labelOverlap: 'greedy', labelSeparation: 8, labelAngle: 0, labelPadding: 6 },
      },
      y: { field: 'value', type: 'quantitative', title: labels.value, axis: { format: ',~r' } },
      description: { field: 'barLabel', type: 'nominal' },
      tooltip: [
        { field: 'monthLabel', type: 'nominal', title: labels.month },
        { field: 'valueLabel', type: 'nominal', title: labels.value },
      ],
    },
    config: { locale: { number: numberLocale(format.locale) } },
  };
}
