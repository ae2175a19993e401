import type { ClusterGrouping } from './cluster-types';

/**
 * Clusters as a grouping of all `profileCount` profile rows: groups 'c1'…'ck' by cluster size, largest first
 * (equal sizes keep k-means order), code −1 for profile rows not in the matrix (customers without a purchase).
 */
export function clusterGrouping(
  assignment: Int32Array,
  k: number,
  rowIndex: Int32Array,
  profileCount: number,
): ClusterGrouping {
  const sizes = new Int32Array(k);
  for (let r = 0; r < rowIndex.length; r++) sizes[assignment[r]!]!++;
  const clusterOfGroup = Array.from({ length: k }, (_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const groupOfCluster = new Int16Array(k);
  clusterOfGroup.forEach((cluster, group) => (groupOfCluster[cluster] = group));
  const codes = new Int16Array(profileCount).fill(-1);
  for (let r = 0; r < rowIndex.length; r++) codes[rowIndex[r]!] = groupOfCluster[assignment[r]!]!;
  return { key: 'cluster', groups: clusterOfGroup.map((_, g) => `c${g + 1}`), codes, clusterOfGroup };
}
