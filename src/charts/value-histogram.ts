import type { TopLevelSpec } from 'vega-lite';
import { vegaNumberLocale } from './vega-locale';

/** Translated texts of a histogram. */
export interface HistogramLabels {
  description: string;
  bin: string;
  customers: string;
}

/**
 * Customers per bin as columns, bins in the given order and named by `label` (e.g. "0.9–1" or "≤ $50").
 * Same input, same spec.
 */
export function valueHistogramSpec(
  bins: Array<{ label: string; customers: number }>, labels: HistogramLabels, locale: string,
): TopLevelSpec {
  const count = new Intl.NumberFormat(locale);
  const values = bins.map((b) => ({ ...b, barLabel: `${b.label}: ${count.format(b.customers)}` }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: 180,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    mark: { type: 'bar', tooltip: true, cornerRadiusEnd: 2 },
    encoding: {
      x: {
        field: 'label', type: 'ordinal', sort: null, title: labels.bin, axis: { labelAngle: -40, labelLimit: 90 },
      },
      y: { field: 'customers', type: 'quantitative', title: labels.customers, axis: { format: ',~s' } },
      description: { field: 'barLabel', type: 'nominal' },
      tooltip: [
        { field: 'label', type: 'nominal', title: labels.bin },
        { field: 'customers', type: 'quantitative', title: labels.customers, format: ',' },
      ],
    },
    config: { locale: { number: vegaNumberLocale(locale) } },
  } as TopLevelSpec;
}
