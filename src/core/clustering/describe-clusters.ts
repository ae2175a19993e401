import type { ClusterDescription, ClusterFeature, ClusterTrait } from './cluster-types';

/** Options of describeClusters. */
export interface DescribeOptions {
  /** Most traits per cluster (default 3). */
  top?: number;
  /** Smallest |z| that counts as different from the average (default 0.5 standard deviations). */
  minAbsZ?: number;
}

/**
 * Per cluster, the features whose centroid z-score (standard deviations from the average purchaser, on the
 * log scale where used) is furthest from 0, as { feature, direction, z } ordered by |z| descending (ties →
 * feature order); at most `top`, only those with |z| ≥ minAbsZ, so an average cluster has no traits. Note a
 * 'high' recency means long since the last purchase.
 */
export function describeClusters(
  centroids: Float64Array,
  featureNames: readonly ClusterFeature[],
  k: number,
  dims: number,
  { top = 3, minAbsZ = 0.5 }: DescribeOptions = {},
): ClusterDescription[] {
  const out: ClusterDescription[] = [];
  for (let c = 0; c < k; c++) {
    const traits: ClusterTrait[] = [];
    for (let j = 0; j < dims; j++) {
      const z = centroids[c * dims + j]!;
      if (Math.abs(z) < minAbsZ) continue;
      traits.push({ feature: featureNames[j]!, direction: z > 0 ? 'high' : 'low', z });
    }
    // Array sort is stable, so equal |z| keep feature order.
    traits.sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
    out.push({ cluster: c, traits: traits.slice(0, top) });
  }
  return out;
}
