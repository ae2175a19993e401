import type { CustomerProfiles } from '../customer-types';
import type { ClusterFeature, ClusterMatrix, ClusterNote } from './cluster-types';
import { LOG_SCALED_FEATURES } from './cluster-types';
import { rawFeature } from './raw-feature';

/** Options of clusterFeatures. */
export interface ClusterFeaturesOptions {
  /** Distinct categories per profile row (categoryBreadth); needed for the 'breadth' feature. */
  breadth?: Int32Array;
}

/**
 * The standardised feature matrix of the customers with a purchase (profiles.orders > 0): each feature is
 * log1p-scaled when skewed (LOG_SCALED_FEATURES; negatives, such as net revenue after refunds, count as 0),
 * then turned into z-scores (population sd). A missing value is filled with the median of the known ones, so a
 * customer with one purchase occasion (no interval) gets the median interval of repeat customers and sits at
 * the middle of that axis instead of at an extreme; a note says how many were filled. A feature with the same
 * value for everyone (or none known, e.g. breadth without a category column) is dropped with a note.
 */
export function clusterFeatures(
  profiles: CustomerProfiles,
  features: readonly ClusterFeature[],
  { breadth }: ClusterFeaturesOptions = {},
): ClusterMatrix {
  let rows = 0;
  for (let p = 0; p < profiles.length; p++) if (profiles.orders[p]! > 0) rows++;
  const rowIndex = new Int32Array(rows);
  for (let p = 0, r = 0; p < profiles.length; p++) if (profiles.orders[p]! > 0) rowIndex[r++] = p;

  const notes: ClusterNote[] = [];
  const kept: ClusterFeature[] = [];
  const dropped: ClusterFeature[] = [];
  const columns: Float64Array[] = [];
  const means: number[] = [];
  const sds: number[] = [];
  for (const feature of features) {
    const raw = rawFeature(profiles, feature, breadth);
    const log = LOG_SCALED_FEATURES.includes(feature);
    const column = new Float64Array(rows);
    const known: number[] = [];
    for (let r = 0; r < rows; r++) {
      const value = raw[rowIndex[r]!]!;
      column[r] = value;
      if (!Number.isNaN(value)) known.push(value);
    }
    if (known.length === 0) {
      dropped.push(feature);
      notes.push({ key: 'cluster.constant', params: { feature } });
      continue;
    }
    const fillValue = median(known);
    if (known.length < rows) {
      const customers = rows - known.length;
      notes.push({ key: 'cluster.imputed', params: { feature, customers, value: fillValue } });
    }
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      const value = Number.isNaN(column[r]!) ? fillValue : column[r]!;
      const scaled = log ? Math.log1p(Math.max(0, value)) : value;
      column[r] = scaled;
      sum += scaled;
    }
    const mean = sum / rows;
    let squares = 0;
    for (let r = 0; r < rows; r++) squares += (column[r]! - mean) ** 2;
    const sd = Math.sqrt(squares / rows);
    // Summing identical values can leave rounding noise, so "constant" is a tiny sd relative to the mean.
    if (!(sd > 1e-9 * Math.max(1, Math.abs(mean)))) {
      dropped.push(feature);
      notes.push({ key: 'cluster.constant', params: { feature } });
      continue;
    }
    for (let r = 0; r < rows; r++) column[r] = (column[r]! - mean) / sd;
    kept.push(feature);
    columns.push(column);
    means.push(mean);
    sds.push(sd);
  }

  const dims = kept.length;
  const matrix = new Float64Array(rows * dims);
  for (let j = 0; j < dims; j++) {
    const column = columns[j]!;
    for (let r = 0; r < rows; r++) matrix[r * dims + j] = column[r]!;
  }
  return {
    matrix, rows, dims, features: kept, rowIndex,
    means: Float64Array.from(means), sds: Float64Array.from(sds),
    logScaled: kept.map((f) => LOG_SCALED_FEATURES.includes(f)), dropped, notes,
  };
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
