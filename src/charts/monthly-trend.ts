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
 * Same input, same spec; months are read as UTC so no time zone moves a bar into the wrong month.
 */
export function monthlyTrendSpec(
  rows: MonthlyRow[],
  metric: TrendMetric,
  labels: TrendLabels,
  format: TrendFormat,
): TopLevelSpec {
  const formatValue = valueFormatter(metric, format);
  const monthOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const;
  const formatMonth = new Intl.DateTimeFormat(format.locale, monthOptions);
  const values = rows.map((row) => {
    const monthLabel = formatMonth.format(new Date(`${row.month}-01T00:00:00Z`));
    const valueLabel = formatValue(row[metric]);
    const barLabel = `${monthLabel}: ${valueLabel}`;
    return { month: `${row.month}-01`, [metric]: row[metric], monthLabel, valueLabel, barLabel };
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
      x: {
        field: 'month',
        type: 'temporal',
        timeUnit: 'utcyearmonth',
        title: null,
        axis: { format: '%Y-%m', labelOverlap: true, labelAngle: 0 },
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
