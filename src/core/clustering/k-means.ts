import { mulberry32 } from '../sample/mulberry32';
import type { KMeansResult } from './cluster-types';
import { kMeansPlusPlus } from './k-means-plus-plus';

/** Options of kMeans. */
export interface KMeansOptions {
  /** Seed of the mulberry32 generator for k-means++ seeding; same seed, same result. */
  seed: number;
  /** Independent seedings; the fit with the lowest inertia wins (default 5). */
  restarts?: number;
  /** Lloyd iterations per restart at most (default 100); a restart stops early when no row changes cluster. */
  maxIterations?: number;
  /**
   * A restart also stops when the centroids moved less than this, as total squared shift relative to the
   * mean variance per dimension (default 1e-4, as scikit-learn); 0 waits until no row changes cluster.
   */
  tolerance?: number;
  /** Starting centroids (`k × dims`, row-major) instead of k-means++: one run from them, restarts ignored. */
  initial?: Float64Array;
}

/**
 * k-means of `rows × dims` row-major points (squared Euclidean distance): k-means++ seeding, Lloyd iterations,
 * best of `restarts` by inertia; deterministic for a seed. Ties go to the lower cluster index; a cluster left
 * empty is restarted at the row farthest from its centroid.
 */
export function kMeans(
  matrix: Float64Array,
  rows: number,
  dims: number,
  k: number,
  { seed, restarts = 5, maxIterations = 100, tolerance = 1e-4, initial }: KMeansOptions,
): KMeansResult {
  if (!Number.isInteger(k) || k < 1 || k > rows) throw new RangeError(`k must be 1..${rows}, got ${k}`);
  const random = mulberry32(seed);
  const settled = tolerance * meanVariance(matrix, rows, dims);
  if (initial) return lloyd(matrix, rows, dims, k, initial.slice(0, k * dims), maxIterations, settled);
  let best: KMeansResult | null = null;
  for (let r = 0; r < Math.max(1, restarts); r++) {
    const seeds = kMeansPlusPlus(matrix, rows, dims, k, random);
    const fit = lloyd(matrix, rows, dims, k, seeds, maxIterations, settled);
    if (best === null || fit.inertia < best.inertia) best = fit;
  }
  return best!;
}

function lloyd(
  matrix: Float64Array,
  rows: number,
  dims: number,
  k: number,
  centroids: Float64Array,
  maxIterations: number,
  settled: number,
): KMeansResult {
  const assignment = new Int32Array(rows).fill(-1);
  const distance = new Float64Array(rows);
  const sums = new Float64Array(k * dims);
  const counts = new Int32Array(k);
  let iterations = 0;
  let inertia = 0;
  let shift = Number.POSITIVE_INFINITY;
  for (;;) {
    let changed = 0;
    inertia = 0;
    for (let i = 0; i < rows; i++) {
      const off = i * dims;
      let bestC = 0;
      let bestD = Number.POSITIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const cOff = c * dims;
        let d = 0;
        for (let j = 0; j < dims; j++) {
          const diff = matrix[off + j]! - centroids[cOff + j]!;
          d += diff * diff;
        }
        if (d < bestD) {
          bestD = d;
          bestC = c;
        }
      }
      if (assignment[i] !== bestC) {
        assignment[i] = bestC;
        changed++;
      }
      distance[i] = bestD;
      inertia += bestD;
    }
    // After a small shift the assignment just made is the last one, so centroids and assignment still agree.
    if (changed === 0 || iterations >= maxIterations || shift <= settled) break;
    iterations++;

    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < rows; i++) {
      const c = assignment[i]!;
      counts[c]!++;
      const off = i * dims;
      for (let j = 0; j < dims; j++) sums[c * dims + j]! += matrix[off + j]!;
    }
    shift = 0;
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) {
        let far = 0;
        for (let i = 1; i < rows; i++) if (distance[i]! > distance[far]!) far = i;
        distance[far] = 0;
        for (let j = 0; j < dims; j++) centroids[c * dims + j] = matrix[far * dims + j]!;
        shift = Number.POSITIVE_INFINITY;
        continue;
      }
      for (let j = 0; j < dims; j++) {
        const next = sums[c * dims + j]! / counts[c]!;
        shift += (next - centroids[c * dims + j]!) ** 2;
        centroids[c * dims + j] = next;
      }
    }
  }
  return { centroids, assignment, inertia, iterations };
}

function meanVariance(matrix: Float64Array, rows: number, dims: number): number {
  let total = 0;
  for (let j = 0; j < dims; j++) {
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < rows; i++) {
      const x = matrix[i * dims + j]!;
      sum += x;
      squares += x * x;
    }
    const mean = sum / rows;
    total += Math.max(0, squares / rows - mean * mean);
  }
  return dims > 0 ? total / dims : 0;
}
