import { categoryBreadth } from '../core/clustering/category-breadth';
import { chooseK } from '../core/clustering/choose-k';
import { clusterFeatures } from '../core/clustering/cluster-features';
import { clusterGrouping } from '../core/clustering/cluster-grouping';
import { clusterSummaries } from '../core/clustering/cluster-summaries';
import type {
  ClusterFeature, ClusterNote, ClusterTrait, KCurvePoint,
} from '../core/clustering/cluster-types';
import { CLUSTER_FEATURES, DEFAULT_CLUSTER_FEATURES } from '../core/clustering/cluster-types';
import { describeClusters } from '../core/clustering/describe-clusters';
import { fitClusters } from '../core/clustering/fit-clusters';
import type { CustomerProfiles, GroupSummary } from '../core/customer-types';
import { groupSummaries } from '../core/segments/group-summaries';
import type { OrderTable } from '../core/types';

/** Seed used when the person gives none, so the same data always gives the same clusters. */
export const DEFAULT_CLUSTER_SEED = 1;

/** What the person asks of the clustering. */
export interface ClusterRequest {
  /**
   * Features to cluster on (default DEFAULT_CLUSTER_FEATURES); order kept, duplicates and unknowns dropped.
   */
  features?: ClusterFeature[];
  /** A k of 2…10 to use instead of the best silhouette; null or absent: the best silhouette's k. */
  k?: number | null;
  seed?: number;
}

/** One cluster as the page shows it: group `c1`… by size (largest first). */
export interface ClusterInfo {
  group: string;
  /** Customers in it, their share of purchasers and its share of their net revenue (0–1). */
  size: number;
  share: number;
  revenueShare: number;
  /** Net revenue of the cluster (cents). */
  revenueCents: number;
  /** How it differs from the average purchaser (z-scores of the scaled features), strongest first. */
  traits: ClusterTrait[];
  /** Mean raw value per feature (days, purchases, cents, categories); NaN when none of it has one. */
  means: Partial<Record<ClusterFeature, number>>;
  /** Size, value and averages as every grouping's table shows them (customers, revenue, orders, recency). */
  summary: GroupSummary;
  /** The centroid per feature used: standard deviations from the average purchaser (the profile chart). */
  profile: Partial<Record<ClusterFeature, number>>;
}

/** The clustering of a workspace's purchasers. */
export interface ClustersResult {
  /** The k used (the chosen override or the best silhouette's); 0 when there were too few customers. */
  k: number;
  /** The k the silhouette search picked. */
  bestK: number;
  /** Silhouette and inertia per k = 2…10 for the chart. */
  curve: KCurvePoint[];
  /** Customers the silhouette was computed on. */
  sampleSize: number;
  /** Purchasers clustered (matrix rows). */
  customers: number;
  /**
   * i18n keys with params: dropped and imputed features, `cluster.tooFew` when nothing could be clustered.
   */
  notes: ClusterNote[];
  /** The features used (requested minus constant ones), in column order. */
  features: ClusterFeature[];
  clusters: ClusterInfo[];
  seed: number;
  cached: boolean;
  /** Worker milliseconds to compute it; absent when cached. */
  ms?: number;
}

/** A result with its grouping codes (per profile row, −1 = no purchase), as the results cache keeps it. */
export interface ClustersComputed {
  result: ClustersResult;
  codes: Int16Array;
  groups: string[];
}

/** The normal form of a request: known features once each in the given order, a k of 2…10 or null, a seed. */
export function normalClusterRequest(request: ClusterRequest): Required<ClusterRequest> {
  const asked = request.features ?? DEFAULT_CLUSTER_FEATURES;
  const features = asked.filter((f, i) => CLUSTER_FEATURES.includes(f) && asked.indexOf(f) === i);
  const k = typeof request.k === 'number' && Number.isFinite(request.k)
    ? Math.min(10, Math.max(2, Math.round(request.k)))
    : null;
  const seed = typeof request.seed === 'number' && Number.isFinite(request.seed)
    ? Math.round(request.seed)
    : DEFAULT_CLUSTER_SEED;
  return { features, k, seed };
}

/**
 * k-means clusters of the purchasers of `profiles` (breadth from `orders`): standardised features, the
 * silhouette search over k = 2…10 (always run, so the curve is there when k is overridden), the final fit,
 * and each cluster's size, value, traits and feature means, with the grouping codes per profile row.
 */
export function computeClusters(
  profiles: CustomerProfiles, orders: OrderTable | null, request: Required<ClusterRequest>,
): ClustersComputed {
  const t0 = performance.now();
  const breadth = orders && request.features.includes('breadth')
    ? categoryBreadth(orders, profiles)
    : undefined;
  const m = clusterFeatures(profiles, request.features, { breadth });
  const notes = [...m.notes];
  const search = m.dims > 0
    ? chooseK(m.matrix, m.rows, m.dims, { seed: request.seed })
    : { k: 0, curve: [], sampleSize: 0 };
  const base = {
    bestK: search.k, curve: search.curve, sampleSize: search.sampleSize, customers: m.rows,
    features: m.features, seed: request.seed, cached: false,
  };
  if (search.curve.length === 0) {
    notes.push({ key: 'cluster.tooFew', params: { customers: m.rows } });
    const codes = new Int16Array(profiles.length).fill(-1);
    return { result: { ...base, k: 0, notes, clusters: [], ms: performance.now() - t0 }, codes, groups: [] };
  }
  const k = Math.min(request.k ?? search.k, m.rows - 1);
  const fit = fitClusters(m.matrix, m.rows, m.dims, k, { seed: request.seed });
  const descriptions = describeClusters(fit.centroids, m.features, k, m.dims);
  const summaries = clusterSummaries(fit.assignment, k, profiles, m.rowIndex, m.features, breadth);
  const grouping = clusterGrouping(fit.assignment, k, m.rowIndex, profiles.length);
  const tables = groupSummaries(grouping, profiles);
  const clusters = grouping.groups.map((group, g): ClusterInfo => {
    const cluster = grouping.clusterOfGroup[g]!;
    const summary = summaries[cluster]!;
    const profile = Object.fromEntries(m.features.map((f, j) => [f, fit.centroids[cluster * m.dims + j]!]));
    return {
      group, size: summary.customers, share: summary.share, revenueShare: summary.revenueShare,
      revenueCents: summary.revenueCents, traits: descriptions[cluster]!.traits, means: summary.means,
      profile, summary: tables[g]!,
    };
  });
  return {
    result: { ...base, k, notes, clusters, ms: performance.now() - t0 },
    codes: grouping.codes,
    groups: grouping.groups,
  };
}
