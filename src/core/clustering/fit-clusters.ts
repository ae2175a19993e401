import type { KMeansResult } from './cluster-types';
import { kMeans } from './k-means';
import { pickRows } from './pick-rows';
import { sampleRows } from './sample-rows';

/** Options of fitClusters. */
export interface FitClustersOptions {
  seed: number;
  /** k-means++ restarts, run on the fit sample (default 5). */
  restarts?: number;
  /** Rows the restarts run on (default 20,000; all rows when fewer). */
  fitSize?: number;
  /** Lloyd iterations per run at most (default 100). */
  maxIterations?: number;
}

/**
 * The final k-means fit of all `rows × dims` row-major points for a chosen k: the best of `restarts` k-means++
 * runs on a seeded sample of `fitSize` rows, then Lloyd iterations on all rows from those centroids, so large
 * data pays for one full run instead of `restarts` (100k × 6 at k = 10: about 0.6 s instead of 2.6 s).
 * Deterministic for a seed; with rows ≤ fitSize it is kMeans itself.
 */
export function fitClusters(
  matrix: Float64Array,
  rows: number,
  dims: number,
  k: number,
  { seed, restarts = 5, fitSize = 20000, maxIterations = 100 }: FitClustersOptions,
): KMeansResult {
  if (rows <= fitSize) return kMeans(matrix, rows, dims, k, { seed, restarts, maxIterations });
  const sample = sampleRows(rows, fitSize, seed);
  const picked = pickRows(matrix, dims, sample);
  const start = kMeans(picked, sample.length, dims, k, { seed, restarts, maxIterations });
  return kMeans(matrix, rows, dims, k, { seed, maxIterations, initial: start.centroids });
}
