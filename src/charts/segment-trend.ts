import type { TopLevelSpec } from 'vega-lite';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../core/customer-types';
import { vegaNumberLocale } from './vega-locale';

/** Translated texts of the stage trend; `stages` maps a lifecycle stage to its name. */
export interface SegmentTrendLabels {
  description: string;
  month: string;
  customers: string;
  stage: string;
  stages: Record<LifecycleStage, string>;
}

export interface SegmentTrendFormat {
  locale: string;
  count: (value: number) => string;
}

/** Stage colours chosen to read in light and dark: greens for growing stages, warm for slipping away. */
const STAGE_COLOURS: Record<LifecycleStage, string> = {
  prospect: '#9aa5b1',
  new: '#5fa8e8',
  repeat: '#2f7fc9',
  loyal: '#2f9e6e',
  atRisk: '#e0a32f',
  churned: '#c2415b',
};

/** The point selection a click on a bar part sets; its value names the stage. */
export const SEGMENT_TREND_SIGNAL = 'pick';

/**
 * Stacked monthly bars of lifecycle stage sizes (customers at each month's end), stages stacked in their
 * lifecycle order with a fixed colour each; months are labelled by Intl in UTC. `selected` dims other stages.
 */
export function segmentTrendSpec(
  rows: Array<{ month: string; stage: LifecycleStage; customers: number }>,
  selected: LifecycleStage | null,
  labels: SegmentTrendLabels,
  format: SegmentTrendFormat,
): TopLevelSpec {
  const formatMonth = new Intl.DateTimeFormat(format.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const formatTick = new Intl.DateTimeFormat(format.locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const values = rows.map((row) => {
    const first = new Date(`${row.month}-01T00:00:00Z`);
    const monthLabel = formatMonth.format(first);
    const name = labels.stages[row.stage];
    return {
      month: row.month,
      tick: formatTick.format(first),
      stage: row.stage,
      name,
      order: LIFECYCLE_STAGES.indexOf(row.stage),
      customers: row.customers,
      monthLabel,
      customersLabel: format.count(row.customers),
      dim: selected !== null && row.stage !== selected,
      barLabel: `${monthLabel}, ${name}: ${format.count(row.customers)}`,
    };
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: 240,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    params: [{ name: SEGMENT_TREND_SIGNAL, select: { type: 'point', fields: ['stage'], on: 'click', clear: false } }],
    mark: { type: 'bar', tooltip: true, cursor: 'pointer' },
    encoding: {
      x: {
        field: 'tick', type: 'ordinal', sort: null, title: null,
        axis: { labelOverlap: 'greedy', labelSeparation: 8, labelAngle: 0, labelPadding: 6 },
      },
      y: { field: 'customers', type: 'quantitative', stack: 'zero', title: labels.customers, axis: { format: ',~s' } },
      color: {
        field: 'name', type: 'nominal', title: labels.stage,
        scale: {
          domain: LIFECYCLE_STAGES.map((stage) => labels.stages[stage]),
          range: LIFECYCLE_STAGES.map((stage) => STAGE_COLOURS[stage]),
        },
        legend: { orient: 'bottom', direction: 'horizontal', columns: 3 },
      },
      order: { field: 'order', type: 'quantitative' },
      opacity: { condition: { test: 'datum.dim', value: 0.3 }, value: 1 },
      description: { field: 'barLabel', type: 'nominal' },
      tooltip: [
        { field: 'monthLabel', type: 'nominal', title: labels.month },
        { field: 'name', type: 'nominal', title: labels.stage },
        { field: 'customersLabel', type: 'nominal', title: labels.customers },
      ],
    },
    config: { locale: { number: vegaNumberLocale(format.locale) } },
  } as TopLevelSpec;
}
