import type { TopLevelSpec } from 'vega-lite';
import type { HoldoutCheck } from '../core/prediction-types';
import { vegaNumberLocale } from './vega-locale';

/** Translated texts of the holdout bar chart. */
export interface HoldoutLabels {
  description: string;
  /** Axis title of the calibration purchases, and the "n+" form of the last group, e.g. '{n}+'. */
  group: string;
  orMore: (n: number) => string;
  value: string;
  /** Series names: actual, BG/NBD, Pareto/NBD. */
  actual: string;
  bgnbd: string;
  paretoNbd: string;
}

/**
 * Mean holdout repeat purchases per customer by number of calibration repeat purchases: three bars per
 * group (actual, BG/NBD, Pareto/NBD), groups in the given order. Same input, same spec.
 */
export function holdoutFrequencySpec(
  rows: HoldoutCheck['byFrequency'], labels: HoldoutLabels, locale: string,
): TopLevelSpec {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const values = rows.flatMap((row) => {
    const group = row.orMore ? labels.orMore(row.x) : String(row.x);
    return ([['actual', row.actual], ['bgnbd', row.bgnbd], ['paretoNbd', row.paretoNbd]] as const)
      .filter(([, v]) => Number.isFinite(v))
      .map(([series, value]) => ({
        group, series: labels[series], value,
        barLabel: `${labels.group} ${group}, ${labels[series]}: ${number.format(value)}`,
      }));
  });
  const series = [labels.actual, labels.bgnbd, labels.paretoNbd];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: 220,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'group', type: 'ordinal', sort: null, title: labels.group, axis: { labelAngle: 0 } },
      xOffset: { field: 'series', sort: series },
      y: { field: 'value', type: 'quantitative', title: labels.value },
      color: { field: 'series', type: 'nominal', sort: series, title: null, legend: { orient: 'bottom' } },
      description: { field: 'barLabel', type: 'nominal' },
      tooltip: [
        { field: 'group', type: 'nominal', title: labels.group },
        { field: 'series', type: 'nominal', title: ' ' },
        { field: 'value', type: 'quantitative', title: labels.value, format: ',.2f' },
      ],
    },
    config: { locale: { number: vegaNumberLocale(locale) } },
  } as TopLevelSpec;
}
