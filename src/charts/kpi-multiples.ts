import type { TopLevelSpec } from 'vega-lite';
import type { GroupKpis } from '../core/kpis/kpi-types';
import { kpiPoints, kpiTimeAxis, kpiValueAxis, type KpiMetric, type KpiTrendFormat } from './kpi-trend';
import { vegaNumberLocale } from './vega-locale';

/** The metrics every group's period rows carry (lifetime values are not cut by group). */
export type KpiMultiplesMetric = Exclude<KpiMetric, 'historicCltvCents' | 'predictedCltvCents'>;

/** Translated texts of the small multiples; `groups` maps a group key to its name. */
export interface KpiMultiplesLabels {
  description: string;
  period: string;
  value: string;
  groups: Record<string, string>;
}

/** The grid of panels: panels side by side (default 3) and each panel's plot width (px, default 220). */
export interface KpiMultiplesLayout {
  columns: number;
  width: number;
}

/** The point selection a click in a panel sets; its value names the panel's group. */
export const KPI_MULTIPLES_SIGNAL = 'pickGroup';

/**
 * One small line chart of a KPI per group (groups without period rows are left out), in the given order and
 * titled with the group's name, all on one y scale so panels compare; money in currency units. A click in a
 * panel picks the group of its nearest point; `selected` dims the other panels. Same input, same spec.
 */
export function kpiMultiplesSpec(
  groups: GroupKpis[],
  metric: KpiMultiplesMetric,
  selected: string | null,
  labels: KpiMultiplesLabels,
  format: KpiTrendFormat,
  { columns = 3, width = 220 }: Partial<KpiMultiplesLayout> = {},
): TopLevelSpec {
  const drawn = groups.filter((group) => group.periods !== undefined && group.periods.length > 0);
  const names = drawn.map((group) => labels.groups[group.group] ?? group.group);
  const values = drawn.flatMap((group, i) => kpiPoints(group.periods ?? [], metric, format).map((point) => ({
    ...point,
    group: group.group,
    name: names[i]!,
    dim: selected !== null && group.group !== selected,
    pointLabel: `${names[i]!}, ${point.pointLabel}`,
  })));
  const dim = { condition: { test: 'datum.dim', value: 0.25 }, value: 1 } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    data: { values },
    columns: Math.max(1, columns),
    facet: {
      field: 'name', type: 'nominal', sort: names, title: null,
      header: { labelFontSize: 12, labelFontWeight: 'bold', labelAnchor: 'start', labelLimit: width },
    },
    spec: {
      width,
      height: 120,
      // the panel's header names the group and the section the metric: an axis title would crowd both
      encoding: { x: kpiTimeAxis(values, null), y: { ...kpiValueAxis(metric, labels.value), title: null } },
      layer: [
        {
          mark: { type: 'line', interpolate: 'monotone', aria: false, cursor: 'pointer' },
          encoding: { opacity: dim },
        },
        {
          // nearest: a click anywhere in a panel lands on one of its own points, so on its group
          params: [{
            name: KPI_MULTIPLES_SIGNAL,
            select: { type: 'point', fields: ['group'], on: 'click', clear: false, nearest: true },
          }],
          mark: { type: 'point', filled: true, size: 30, tooltip: true, cursor: 'pointer' },
          encoding: {
            opacity: dim,
            description: { field: 'pointLabel', type: 'nominal' },
            tooltip: [
              // vega-tooltip shows an entry titled 'title' as the tooltip's heading
              { field: 'name', type: 'nominal', title: 'title' },
              { field: 'periodLabel', type: 'nominal', title: labels.period },
              { field: 'valueLabel', type: 'nominal', title: labels.value },
            ],
          },
        },
      ],
    },
    config: { locale: { number: vegaNumberLocale(format.locale) } },
  } as TopLevelSpec;
}
