import type { ChooseKResult, KCurvePoint } from './cluster-types';
import { kMeans } from './k-means';
import { sampleDistances } from './sample-distances';
import { sampleRows } from './sample-rows';
import { silhouetteFromDistances } from './silhouette-from-distances';

/** Options of chooseK. */
export interface ChooseKOptions {
  /** Smallest and largest k tried (defaults 2 and 10; kMax is capped at rows − 1). */
  kMin?: number;
  kMax?: number;
  /** Seed of k-means++ and of the silhouette sample. */
  seed: number;
  /** Rows the silhouette is computed on (default 2,000; all rows when fewer). */
  sampleSize?: number;
  /** k-means restarts and iteration cap per k during the search (defaults 2 and 50; fit the chosen k again with more). */
  restarts?: number;
  maxIterations?: number;
}

/**
 * The k in kMin…kMax with the best mean silhouette (ties → the smaller k) of a k-means fit on all rows, with
 * the silhouette and inertia of every k tried (for the curve) and the silhouette sample's size (rows).
 */
export function chooseK(
  matrix: Float64Array,
  rows: number,
  dims: number,
  { kMin = 2, kMax = 10, seed, sampleSize = 2000, restarts = 2, maxIterations = 50 }: ChooseKOptions,
): ChooseKResult {
  const sample = sampleRows(rows, sampleSize, seed);
  // The distances do not depend on k: compute them once for the whole search.
  const distances = sampleDistances(matrix, dims, sample);
  const labels = new Int32Array(sample.length);
  const curve: KCurvePoint[] = [];
  let bestK = kMin;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = kMin; k <= Math.min(kMax, rows - 1); k++) {
    const fit = kMeans(matrix, rows, dims, k, { seed, restarts, maxIterations });
    for (let i = 0; i < sample.length; i++) labels[i] = fit.assignment[sample[i]!]!;
    const silhouette = silhouetteFromDistances(distances, labels, k);
    curve.push({ k, silhouette, inertia: fit.inertia });
    // A strictly better score is needed, with a margin for rounding, so equal scores keep the smaller k.
    if (silhouette > bestScore + 1e-12) {
      bestScore = silhouette;
      bestK = k;
    }
  }
  return { k: bestK, curve, sampleSize: sample.length };
}
