import { describe, expect, it } from 'vitest';
import { clusterProfileSpec, CLUSTER_PROFILE_SIGNAL } from '../../src/charts/cluster-profile';
import { pickedValue } from '../../src/charts/vega-locale';
import type { ClusterInfo } from '../../src/api/trends-clusters';
import type { ClusterFeature } from '../../src/core/clustering/cluster-types';
import { markItems, renderSpec } from './render-spec';

function cluster(group: string, means: ClusterInfo['means'], profile: ClusterInfo['profile']): ClusterInfo {
  const size = { share: 0.5, revenueCents: 1000, revenueShare: 0.5 };
  const summary = { group, customers: 10, ...size, avgRevenueCents: 100, avgOrders: 1, avgDaysSinceLast: 20 };
  return { group, size: 10, ...size, traits: [], means, profile, summary };
}
const clusters = [
  cluster(
    'c1', { recency: 12.4, monetary: 150000, interval: 30 }, { recency: -1.5, monetary: 2.8, interval: 0.1 },
  ),
  // interval: every customer of c2 bought once, so neither a mean nor a centroid value
  cluster('c2', { recency: 300, monetary: 2500, interval: Number.NaN }, { recency: 1.1, monetary: -0.4 }),
];
const features: ClusterFeature[] = ['recency', 'monetary', 'interval'];
const featureNames: Record<ClusterFeature, string> = {
  recency: 'Days since last', frequency: 'Purchases', monetary: 'Revenue', aov: 'Order value',
  tenure: 'Tenure', interval: 'Days between', breadth: 'Categories',
};
const labels = {
  description: 'Cluster profiles', cluster: 'Cluster', feature: 'Feature', features: featureNames,
  clusters: { c1: 'Cluster 1', c2: 'Cluster 2' }, zLegend: 'vs average (standard deviations)',
  sentence: (c: ClusterInfo, f: ClusterFeature) => `${c.group} ${f}: ${c.profile[f] ?? 'none'}`,
};
const format = {
  locale: 'en-US',
  value: (f: ClusterFeature, raw: number) =>
    (f === 'monetary' ? `$${(raw / 100).toFixed(0)}` : `${Math.round(raw)} d`),
};

const FIT_Y = 'Dropping "fit-y" because spec has discrete height.';

describe('clusterProfileSpec', () => {
  it('draws a cell per cluster and feature in order, coloured by z, labelled with the mean', async () => {
    const spec = clusterProfileSpec(clusters, features, null, labels, format);
    expect(spec).toMatchObject({
      description: 'Cluster profiles',
      height: { step: 30 },
      encoding: {
        y: { field: 'name', title: 'Cluster', scale: { domain: ['Cluster 1', 'Cluster 2'] } },
        x: {
          field: 'featureName', title: 'Feature',
          scale: { domain: ['Days since last', 'Revenue', 'Days between'] },
        },
      },
      layer: [{ encoding: { color: { scale: { domain: [-2, 2], domainMid: 0, clamp: true } } } }, {}],
    });
    const drawn = await renderSpec(spec, 'rect mark');
    // Vega-Lite says so whenever a container width meets a height per row; the width still fits
    expect(drawn.warnings).toEqual([FIT_Y]);
    expect(drawn.marks).toEqual([
      'c1 recency: -1.5', 'c1 monetary: 2.8', 'c1 interval: 0.1', 'c2 recency: 1.1', 'c2 monetary: -0.4',
      'c2 interval: none',
    ]);
    const cells = markItems(drawn.view, 'rect');
    expect(cells.map((c) => c.tooltip)).toEqual(drawn.marks);
    const colour = drawn.view.scale('color') as (z: number) => string;
    // beyond ±2 the colour is clamped; a cluster without a centroid value is grey, not "average"
    expect(cells.map((c) => c.fill)).toEqual([
      colour(-1.5), colour(2), colour(0.1), colour(1.1), colour(-0.4), 'rgba(128, 128, 128, 0.25)',
    ]);
    expect(colour(0)).not.toBe(colour(-2));
    expect(markItems(drawn.view, 'text').map((t) => [t.text, t.fill])).toEqual([
      ['12 d', '#ffffff'], ['$1500', '#ffffff'], ['30 d', '#1f2933'],
      ['300 d', '#1f2933'], ['$25', '#1f2933'], ['', '#1f2933'],
    ]);
    expect(drawn.svg).toContain('<tspan>Days</tspan><tspan x="0" dy="12">since</tspan>'); // names wrap
    expect(drawn.svg).toContain('>+2</text>');
    drawn.view.finalize();
  });

  it('dims the rows of the clusters not selected', async () => {
    const drawn = await renderSpec(clusterProfileSpec(clusters, features, 'c2', labels, format), 'rect mark');
    expect(markItems(drawn.view, 'rect').map((c) => c.opacity)).toEqual([0.3, 0.3, 0.3, 1, 1, 1]);
    expect(markItems(drawn.view, 'text').map((c) => c.opacity)).toEqual([0.3, 0.3, 0.3, 1, 1, 1]);
    drawn.view.finalize();
  });

  it('reports the clicked cluster through its selection signal', async () => {
    const drawn = await renderSpec(clusterProfileSpec(clusters, features, null, labels, format), 'rect mark');
    const seen: Array<string | null> = [];
    drawn.view.addSignalListener(CLUSTER_PROFILE_SIGNAL, (_name, value) => {
      seen.push(pickedValue(value, 'group'));
    });
    drawn.view.data(`${CLUSTER_PROFILE_SIGNAL}_store`, [
      { unit: 'layer_0', fields: [{ type: 'E', field: 'group' }], values: ['c2'] },
    ]);
    await drawn.view.runAsync();
    expect(seen).toEqual(['c2']);
    drawn.view.finalize();
  });

  it('draws no clusters as an empty grid', async () => {
    const drawn = await renderSpec(clusterProfileSpec([], features, null, labels, format), 'rect mark');
    expect([drawn.warnings, drawn.marks, drawn.description]).toEqual([[FIT_Y], [], 'Cluster profiles']);
    drawn.view.finalize();
  });
});
