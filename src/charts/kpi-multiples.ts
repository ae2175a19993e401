import type { TopLevelSpec } from 'vega-lite';
import type { GroupKpis } from '../core/kpis/kpi-types';
import {
  kpiKind, kpiPoints, kpiTimeAxis, kpiValueAxis, type KpiMetric, type KpiTrendFormat,
} from './kpi-trend';
import { vegaNumberLocale } from './vega-locale';

/** The metrics every group's period rows carry (lifetime values are not cut by group). */
export type KpiMultiplesMetric = Exclude<KpiMetric, 'historicCltvCents' | 'predictedCltvCents'>;

/** Translated texts of one group's panel: its name, the chart's description, the axis and tooltip titles. */
export interface KpiPanelLabels {
  description: string;
  name: string;
  period: string;
  value: string;
}

/** The point selection a click in a panel sets; its value names the panel's group. */
export const KPI_PANEL_SIGNAL = 'pickGroup';

/**
 * The y range every panel of one metric shares, so panels compare at a glance: from 0 (or the lowest value,
 * when below 0) to the highest value over all groups' periods, in the drawn unit
 * (currency units, 0–1 shares).
 */
export function kpiPanelDomain(groups: GroupKpis[], metric: KpiMultiplesMetric): [number, number] {
  const scale = kpiKind(metric) === 'money' ? 100 : 1;
  let [low, high] = [0, kpiKind(metric) === 'share' ? 0.01 : 1];
  for (const group of groups) {
    for (const row of group.periods ?? []) {
      const value = row[metric] as number | null;
      if (value === null || !Number.isFinite(value)) continue;
      low = Math.min(low, value / scale);
      high = Math.max(high, value / scale);
    }
  }
  return [low, high];
}

/**
 * One group's small line chart of a KPI per period (money in currency units), on the y range shared by all
 * panels (`domain`, from kpiPanelDomain), the width of its container; a click anywhere in it picks the
 * group, and `dim` pales it when another group is selected. Drawn apart, each panel is a small task for the
 * browser. Same input, same spec.
 */
export function kpiPanelSpec(
  group: GroupKpis,
  metric: KpiMultiplesMetric,
  dim: boolean,
  domain: [number, number],
  labels: KpiPanelLabels,
  format: KpiTrendFormat,
): TopLevelSpec {
  const values = kpiPoints(group.periods ?? [], metric, format).map((point) => ({
    ...point, group: group.group, pointLabel: `${labels.name}, ${point.pointLabel}`,
  }));
  const opacity = dim ? 0.3 : 1;
  const y = kpiValueAxis(metric, labels.value);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    data: { values },
    width: 'container',
    height: 110,
    autosize: { type: 'fit-x', contains: 'padding' },
    // the panel's heading names the group and the section the metric: an axis title would crowd both
    encoding: {
      x: kpiTimeAxis(values, null),
      y: { ...y, title: null, scale: { domain, nice: true }, axis: { ...y.axis, tickCount: 3 } },
    },
    layer: [
      { mark: { type: 'line', interpolate: 'monotone', aria: false, cursor: 'pointer', opacity } },
      {
        // nearest: a click anywhere in the panel lands on one of its points, so on its group
        params: [{
          name: KPI_PANEL_SIGNAL,
          select: { type: 'point', fields: ['group'], on: 'click', clear: false, nearest: true },
        }],
        mark: { type: 'point', filled: true, size: 24, tooltip: true, cursor: 'pointer', opacity },
        encoding: {
          description: { field: 'pointLabel', type: 'nominal' },
          tooltip: [
            { field: 'periodLabel', type: 'nominal', title: labels.period },
            { field: 'valueLabel', type: 'nominal', title: labels.value },
          ],
        },
      },
    ],
    config: { locale: { number: vegaNumberLocale(format.locale) } },
  } as TopLevelSpec;
}
