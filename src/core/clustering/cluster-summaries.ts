import type { CustomerProfiles } from '../customer-types';
import type { ClusterFeature, ClusterSummary } from './cluster-types';
import { rawFeature } from './raw-feature';

/**
 * Size, share of purchasers (0–1), net revenue (cents) and revenue share (0–1) of each of the k clusters, with
 * each feature's mean raw value (days, purchases, cents, categories) over the cluster's customers that have
 * one; `assignment[r]` is the cluster of matrix row r, which is profile row `rowIndex[r]`.
 */
export function clusterSummaries(
  assignment: Int32Array,
  k: number,
  profiles: CustomerProfiles,
  rowIndex: Int32Array,
  features: readonly ClusterFeature[],
  breadth?: Int32Array,
): ClusterSummary[] {
  const rows = rowIndex.length;
  const customers = new Int32Array(k);
  const revenue = new Float64Array(k);
  let totalRevenue = 0;
  for (let r = 0; r < rows; r++) {
    const c = assignment[r]!;
    const money = profiles.revenueCents[rowIndex[r]!]!;
    customers[c]!++;
    revenue[c]! += money;
    totalRevenue += money;
  }
  const means = Array.from({ length: k }, () => ({}) as Partial<Record<ClusterFeature, number>>);
  for (const feature of features) {
    const raw = rawFeature(profiles, feature, breadth);
    const sums = new Float64Array(k);
    const counts = new Int32Array(k);
    for (let r = 0; r < rows; r++) {
      const value = raw[rowIndex[r]!]!;
      if (Number.isNaN(value)) continue;
      sums[assignment[r]!]! += value;
      counts[assignment[r]!]!++;
    }
    for (let c = 0; c < k; c++) means[c]![feature] = counts[c]! > 0 ? sums[c]! / counts[c]! : Number.NaN;
  }
  return Array.from({ length: k }, (_, c) => ({
    cluster: c,
    customers: customers[c]!,
    share: rows > 0 ? customers[c]! / rows : 0,
    revenueCents: revenue[c]!,
    revenueShare: totalRevenue !== 0 ? revenue[c]! / totalRevenue : 0,
    means: means[c]!,
  }));
}
