/**
 * Result types of the clustering core (issue 6). Rows of a feature matrix are customers with a purchase; a
 * matrix is row-major (`matrix[row * dims + j]`). Feature values inside a matrix are z-scores of the
 * (log-scaled where skewed) behavioural features, so a centroid coordinate is how many standard deviations the
 * cluster sits from the average customer.
 */

/**
 * The behavioural features the person can cluster on, with the profile field each reads:
 * recency = daysSinceLast (days), frequency = orders (purchases), monetary = revenueCents (cents),
 * aov = aovCents (cents), tenure = tenureDays (days), interval = meanGapDays (days),
 * breadth = distinct categories bought (count, from categoryBreadth).
 */
export const CLUSTER_FEATURES = [
  'recency', 'frequency', 'monetary', 'aov', 'tenure', 'interval', 'breadth',
] as const;
export type ClusterFeature = (typeof CLUSTER_FEATURES)[number];

/** The features clustered on when the person chooses none (issue 6's list). */
export const DEFAULT_CLUSTER_FEATURES: readonly ClusterFeature[] = [
  'recency', 'frequency', 'monetary', 'tenure', 'interval', 'breadth',
];

/** The features that are log1p-scaled before standardising, because they are right-skewed. */
export const LOG_SCALED_FEATURES: readonly ClusterFeature[] = [
  'recency', 'frequency', 'monetary', 'aov', 'tenure', 'interval',
];

/** A note for the person, as an i18n key with parameters (like RfmSummary.notes). */
export interface ClusterNote {
  key: string;
  params?: Record<string, string | number>;
}

/** The standardised feature matrix of the customers with a purchase, and how it was made. */
export interface ClusterMatrix {
  /** Row-major z-scores, `rows × dims`. */
  matrix: Float64Array;
  rows: number;
  dims: number;
  /** The features kept, in column order (requested order minus dropped ones). */
  features: ClusterFeature[];
  /** Matrix row → profile row. */
  rowIndex: Int32Array;
  /** Per kept feature: mean and population standard deviation on the scale used (log1p or raw units). */
  means: Float64Array;
  sds: Float64Array;
  /** Per kept feature: true when log1p-scaled. */
  logScaled: boolean[];
  /** Requested features left out because every customer has the same value (or no value). */
  dropped: ClusterFeature[];
  /** `cluster.constant` { feature } for a dropped feature; `cluster.imputed` { feature, customers, value }. */
  notes: ClusterNote[];
}

/** A k-means fit: centroids (`k × dims`, row-major, z-scores), each row's cluster, and the fit's size. */
export interface KMeansResult {
  centroids: Float64Array;
  assignment: Int32Array;
  /** Sum of squared distances of rows to their centroid (squared z units). */
  inertia: number;
  /** Lloyd iterations of the best restart. */
  iterations: number;
}

/** One point of the k search. */
export interface KCurvePoint {
  k: number;
  /** Mean silhouette on the sample, −1..1. */
  silhouette: number;
  /** k-means inertia on all rows (squared z units). */
  inertia: number;
}

/** The k with the best silhouette, the whole curve (for the chart) and how many rows the silhouette used. */
export interface ChooseKResult {
  k: number;
  curve: KCurvePoint[];
  sampleSize: number;
}

/** One feature that sets a cluster apart: its centroid z-score and whether that is above or below average. */
export interface ClusterTrait {
  feature: ClusterFeature;
  direction: 'high' | 'low';
  z: number;
}

/** How one cluster (by k-means index) differs from the average; empty traits = an average group. */
export interface ClusterDescription {
  cluster: number;
  traits: ClusterTrait[];
}

/** Size and value of one cluster (by k-means index), with the mean raw value of each feature. */
export interface ClusterSummary {
  cluster: number;
  customers: number;
  /** Share of customers with a purchase (0–1). */
  share: number;
  /** Net revenue of the cluster (cents) and its share of all purchasers' net revenue (0–1). */
  revenueCents: number;
  revenueShare: number;
  /**
   * Mean raw value per feature in its own units (days, purchases, cents, categories); customers without a
   * value (interval of one-occasion customers) are left out of that mean; NaN when none has one.
   */
  means: Partial<Record<ClusterFeature, number>>;
}

/**
 * Clusters as a grouping over profile rows: groups 'c1'…'ck' ordered by size (largest first), −1 for customers
 * without a purchase. Same shape as Grouping (customer-types.ts) with key 'cluster'.
 */
export interface ClusterGrouping {
  key: 'cluster';
  groups: string[];
  codes: Int16Array;
  /** Group index → k-means cluster index, to join descriptions and summaries. */
  clusterOfGroup: number[];
}
