import type { TopLevelSpec } from 'vega-lite';
import type { GroupSummary } from '../core/customer-types';
import { vegaNumberLocale } from './vega-locale';

export const GROUP_METRICS = ['customers', 'revenueCents'] as const;
export type GroupMetric = (typeof GROUP_METRICS)[number];

/** Translated texts of the group bars; `groups` maps a group key to its name. */
export interface GroupBarsLabels {
  description: string;
  group: string;
  customers: string;
  revenue: string;
  groups: Record<string, string>;
}

export interface GroupBarsFormat {
  locale: string;
  money: (cents: number) => string;
  count: (value: number) => string;
  percent: (share: number) => string;
}

/** The point selection a click on a bar sets; its value names the bar's group. */
export const GROUP_BARS_SIGNAL = 'pick';

/**
 * Horizontal bars of one grouping, one bar per group in the given order, long by customers or by revenue
 * (currency units). `selected` dims the other groups' bars. Same input, same spec.
 */
export function groupBarsSpec(
  rows: GroupSummary[],
  metric: GroupMetric,
  selected: string | null,
  labels: GroupBarsLabels,
  format: GroupBarsFormat,
): TopLevelSpec {
  const values = rows.map((row) => {
    const name = labels.groups[row.group] ?? row.group;
    const customersLabel = `${format.count(row.customers)} (${format.percent(row.share)})`;
    const revenueLabel = `${format.money(row.revenueCents)} (${format.percent(row.revenueShare)})`;
    return {
      group: row.group,
      name,
      value: metric === 'customers' ? row.customers : row.revenueCents / 100,
      customersLabel,
      revenueLabel,
      dim: selected !== null && row.group !== selected,
      barLabel: `${name}: ${metric === 'customers' ? customersLabel : revenueLabel}`,
    };
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: { step: 28 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    params: [{ name: GROUP_BARS_SIGNAL, select: { type: 'point', fields: ['group'], on: 'click', clear: false } }],
    mark: { type: 'bar', tooltip: true, cursor: 'pointer', cornerRadiusEnd: 2 },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null, title: null, axis: { labelLimit: 180 } },
      x: {
        field: 'value', type: 'quantitative', title: metric === 'customers' ? labels.customers : labels.revenue,
        axis: { format: ',~s', grid: true },
      },
      opacity: { condition: { test: 'datum.dim', value: 0.3 }, value: 1 },
      description: { field: 'barLabel', type: 'nominal' },
      tooltip: [
        { field: 'name', type: 'nominal', title: labels.group },
        { field: 'customersLabel', type: 'nominal', title: labels.customers },
        { field: 'revenueLabel', type: 'nominal', title: labels.revenue },
      ],
    },
    config: {
      locale: { number: vegaNumberLocale(format.locale) },
      axisY: { titleAngle: 0 },
      axisX: { titleAngle: 0, titleAnchor: 'end', titleAlign: 'right', titleX: { expr: 'width' } as never },
    },
  } as TopLevelSpec;
}
