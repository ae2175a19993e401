import type { TopLevelSpec } from 'vega-lite';
import type { HoldoutCheck } from '../core/prediction-types';
import { vegaNumberLocale } from './vega-locale';

/** Translated texts of the cumulative holdout chart. */
export interface CumulativeLabels {
  description: string;
  day: string;
  value: string;
  actual: string;
  bgnbd: string;
  paretoNbd: string;
  /** Label of the rule at the calibration end. */
  calibrationEnd: string;
}

/**
 * Cumulative repeat purchases of the calibration cohort by unit end: the actual line and both models'
 * expectations, with a vertical rule at the calibration end (ISO day). Same input, same spec.
 */
export function holdoutCumulativeSpec(
  rows: HoldoutCheck['cumulative'], calibrationEnd: string, labels: CumulativeLabels, locale: string,
): TopLevelSpec {
  // Tooltips name the day in the person's language (Vega's own date formatting knows only English).
  const dayFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const values = rows.flatMap((row) =>
    (['actual', 'bgnbd', 'paretoNbd'] as const)
      .filter((series) => Number.isFinite(row[series]))
      .map((series) => ({
        day: row.day, dayLabel: dayFormat.format(new Date(`${row.day}T00:00:00Z`)), series: labels[series],
        value: row[series],
      })));
  const series = [labels.actual, labels.bgnbd, labels.paretoNbd];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: 220,
    autosize: { type: 'fit-x', contains: 'padding' },
    layer: [
      {
        data: { values },
        mark: { type: 'line', tooltip: true, interpolate: 'monotone' },
        encoding: {
          x: { field: 'day', type: 'temporal', title: labels.day, axis: { format: '%Y-%m', labelOverlap: true } },
          y: { field: 'value', type: 'quantitative', title: labels.value },
          color: { field: 'series', type: 'nominal', sort: series, title: null, legend: { orient: 'bottom' } },
          strokeDash: {
            field: 'series', type: 'nominal', sort: series, title: null,
            scale: { domain: series, range: [[1, 0], [6, 3], [2, 2]] },
          },
          tooltip: [
            { field: 'dayLabel', type: 'nominal', title: labels.day },
            { field: 'series', type: 'nominal', title: ' ' },
            { field: 'value', type: 'quantitative', title: labels.value, format: ',.0f' },
          ],
        },
      },
      {
        data: { values: [{ day: calibrationEnd, label: labels.calibrationEnd }] },
        mark: { type: 'rule', strokeDash: [4, 4], opacity: 0.6 },
        encoding: {
          x: { field: 'day', type: 'temporal' },
          tooltip: [{ field: 'label', type: 'nominal', title: ' ' }],
        },
      },
    ],
    config: { locale: { number: vegaNumberLocale(locale) } },
  } as TopLevelSpec;
}
