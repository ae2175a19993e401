import type { ChooseKResult, KCurvePoint } from './cluster-types';
import { kMeans } from './k-means';
import { pickRows } from './pick-rows';
import { sampleDistances } from './sample-distances';
import { sampleRows } from './sample-rows';
import { silhouetteFromDistances } from './silhouette-from-distances';

/** Options of chooseK. */
export interface ChooseKOptions {
  /** Smallest and largest k tried (defaults 2 and 10; kMax is capped at rows − 1). */
  kMin?: number;
  kMax?: number;
  /** Seed of k-means++ and of the samples. */
  seed: number;
  /** Rows the silhouette is computed on (default 2,000; all rows when fewer). */
  sampleSize?: number;
  /**
   * Rows each trial k-means is fitted on (default 20,000; all rows when fewer): a uniform sample finds the same
   * centroids as all rows up to sampling noise at a fraction of the cost, and the search fits nine models.
   */
  fitSize?: number;
  /** k-means restarts and iteration cap per k in the search (defaults 2 and 50; fitClusters fits the chosen k). */
  restarts?: number;
  maxIterations?: number;
}

/**
 * The k in kMin…kMax with the best mean silhouette (ties → the smaller k), with every k's silhouette (on a
 * sample of `sampleSize` rows) and inertia (all rows to their nearest trial centroid, squared z units) for the
 * curve, and the silhouette sample's size (rows). Fit the chosen k afterwards with kMeans on all rows.
 */
export function chooseK(
  matrix: Float64Array,
  rows: number,
  dims: number,
  options: ChooseKOptions,
): ChooseKResult {
  const { kMin = 2, kMax = 10, seed, sampleSize = 2000, fitSize = 20000, restarts = 2, maxIterations = 50 } = options;
  const fitRows = sampleRows(rows, fitSize, seed);
  const fitMatrix = fitRows.length === rows ? matrix : pickRows(matrix, dims, fitRows);
  // Silhouette rows are drawn from the fitted rows (indexes into fitMatrix); distances do not depend on k.
  const sample = sampleRows(fitRows.length, sampleSize, seed + 1);
  const distances = sampleDistances(fitMatrix, dims, sample);
  const labels = new Int32Array(sample.length);
  const curve: KCurvePoint[] = [];
  let bestK = kMin;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = kMin; k <= Math.min(kMax, fitRows.length - 1); k++) {
    const fit = kMeans(fitMatrix, fitRows.length, dims, k, { seed, restarts, maxIterations });
    for (let i = 0; i < sample.length; i++) labels[i] = fit.assignment[sample[i]!]!;
    const silhouette = silhouetteFromDistances(distances, labels, k);
    const inertia = fitMatrix === matrix ? fit.inertia : nearestInertia(matrix, rows, dims, fit.centroids, k);
    curve.push({ k, silhouette, inertia });
    // A strictly better score is needed, with a margin for rounding, so equal scores keep the smaller k.
    if (silhouette > bestScore + 1e-12) {
      bestScore = silhouette;
      bestK = k;
    }
  }
  // Too few rows to try any k: the caller should not cluster, and k says how many clusters would be possible.
  if (curve.length === 0) bestK = Math.max(1, Math.min(kMin, rows));
  return { k: bestK, curve, sampleSize: sample.length };
}

function nearestInertia(
  matrix: Float64Array,
  rows: number,
  dims: number,
  centroids: Float64Array,
  k: number,
): number {
  let inertia = 0;
  for (let i = 0; i < rows; i++) {
    let best = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      let d = 0;
      for (let j = 0; j < dims; j++) {
        const diff = matrix[i * dims + j]! - centroids[c * dims + j]!;
        d += diff * diff;
      }
      if (d < best) best = d;
    }
    inertia += best;
  }
  return inertia;
}
