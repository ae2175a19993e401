import type { TopLevelSpec } from 'vega-lite';
import type { ClusterInfo } from '../api/trends-clusters';
import type { ClusterFeature } from '../core/clustering/cluster-types';
import { vegaNumberLocale } from './vega-locale';

/** Translated texts of the cluster profile; `clusters` maps a group ('c1'…) to its name. */
export interface ClusterProfileLabels {
  description: string;
  cluster: string;
  feature: string;
  features: Record<ClusterFeature, string>;
  clusters: Record<string, string>;
  /** Legend title of the colour, e.g. 'vs average (standard deviations)'. */
  zLegend: string;
  /** The sentence a cell is read out and hovered with. */
  sentence: (cluster: ClusterInfo, feature: ClusterFeature) => string;
}

/** How a cell writes a feature's mean raw value (days, purchases, cents, categories). */
export interface ClusterProfileFormat {
  locale: string;
  value: (feature: ClusterFeature, raw: number) => string;
}

/** The point selection a click on a cell sets; its value names the cell's cluster group. */
export const CLUSTER_PROFILE_SIGNAL = 'pickCluster';

/** Centroids further than this many standard deviations from the average get the darkest colour. */
const Z_LIMIT = 2;
/** A half-transparent grey reads as "no value" on a light and a dark page alike. */
const UNKNOWN = 'rgba(128, 128, 128, 0.25)';

/**
 * Grid of clusters (rows, in the given order) by features (columns, in the given order): each cell
 * coloured by the centroid's z-score on a diverging scale centred on the average (clamped to ±2) and
 * labelled with the cluster's mean raw value. `selected` dims the other clusters' rows. Same input,
 * same spec.
 */
export function clusterProfileSpec(
  clusters: ClusterInfo[],
  features: ClusterFeature[],
  selected: string | null,
  labels: ClusterProfileLabels,
  format: ClusterProfileFormat,
): TopLevelSpec {
  const values = clusters.flatMap((cluster) => features.map((feature) => {
    const z = cluster.profile[feature];
    const known = z !== undefined && Number.isFinite(z);
    const mean = cluster.means[feature];
    return {
      group: cluster.group,
      name: labels.clusters[cluster.group] ?? cluster.group,
      featureName: labels.features[feature],
      // Vega-Lite drops a rect whose colour field is null, so an unknown z is 0 and flagged instead
      z: known ? z : 0,
      known,
      valueLabel: mean !== undefined && Number.isFinite(mean) ? format.value(feature, mean) : '',
      sentence: labels.sentence(cluster, feature),
      // white text where the diverging colour is dark at either end
      dark: known && Math.abs(z) > 0.6 * Z_LIMIT,
      dim: selected !== null && cluster.group !== selected,
    };
  }));
  const columns = Math.max(1, features.length);
  const rows = clusters.map((cluster) => labels.clusters[cluster.group] ?? cluster.group);
  const dim = { condition: { test: 'datum.dim', value: 0.3 }, value: 1 } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: { step: 30 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: {
      y: {
        field: 'name', type: 'nominal', title: labels.cluster,
        scale: { domain: rows, paddingInner: 0.08 },
        axis: { labelLimit: 140, ticks: false, domain: false },
      },
      x: {
        field: 'featureName', type: 'nominal', title: labels.feature,
        // gaps between cells, rather than white strokes, work on a light and a dark page alike
        scale: { domain: features.map((feature) => labels.features[feature]), paddingInner: 0.04 },
        axis: {
          labelAngle: 0, ticks: false, domain: false,
          // a long feature name wraps at its spaces (downwards, so the axis stays below the grid)
          labelExpr: "split(datum.label, ' ')", labelLimit: { expr: `width / ${columns} - 4` },
        },
      },
    },
    layer: [
      {
        params: [{
          name: CLUSTER_PROFILE_SIGNAL,
          select: { type: 'point', fields: ['group'], on: 'click', clear: false },
        }],
        mark: { type: 'rect', tooltip: true, cursor: 'pointer' },
        encoding: {
          color: {
            // a feature the cluster has no centroid for stays grey instead of passing for average
            condition: { test: '!datum.known', value: UNKNOWN },
            field: 'z', type: 'quantitative', title: labels.zLegend,
            scale: { scheme: 'blueorange', domain: [-Z_LIMIT, Z_LIMIT], domainMid: 0, clamp: true },
            legend: {
              orient: 'bottom', gradientLength: 160, titleLimit: 400, values: [-2, -1, 0, 1, 2],
              labelExpr: "datum.value > 0 ? '+' + datum.label : datum.label",
            },
          },
          opacity: dim,
          description: { field: 'sentence', type: 'nominal' },
          tooltip: { field: 'sentence', type: 'nominal' },
        },
      },
      {
        mark: {
          type: 'text', fontSize: 11, aria: false, cursor: 'pointer',
          limit: { expr: `width / ${columns} - 4` },
        },
        encoding: {
          text: { field: 'valueLabel', type: 'nominal' },
          color: { condition: { test: 'datum.dark', value: '#ffffff' }, value: '#1f2933' },
          opacity: dim,
          tooltip: { field: 'sentence', type: 'nominal' },
        },
      },
    ],
    config: {
      locale: { number: vegaNumberLocale(format.locale) }, axis: { grid: false }, view: { stroke: null },
    },
  } as TopLevelSpec;
}
