import { describe, expect, it } from 'vitest';
import { kMeans } from '../../../src/core/clustering/k-means';
import { blobs, canonical, FIVE, THREE } from './blobs';

describe('kMeans', () => {
  it.each([
    ['3 blobs', THREE],
    ['5 blobs', FIVE],
  ])('recovers %s in 4 dimensions: every blob is exactly one cluster', (_, centres) => {
    const { matrix, rows, dims, truth } = blobs(centres, 80, 0.8, 7);
    const fit = kMeans(matrix, rows, dims, centres.length, { seed: 42 });
    // Same partition as the truth up to cluster numbering (blobs come in order, so canonical truth is truth).
    expect(canonical(fit.assignment)).toEqual(Array.from(truth));
    // Each centroid sits close to its blob's centre.
    const blobOfCluster = new Map(Array.from(truth, (b, r) => [fit.assignment[r]!, b]));
    for (let c = 0; c < centres.length; c++) {
      const centre = centres[blobOfCluster.get(c)!]!;
      const centroid = Array.from(fit.centroids.subarray(c * dims, (c + 1) * dims));
      centroid.forEach((x, j) => expect(Math.abs(x - centre[j]!)).toBeLessThan(0.3));
    }
    expect(fit.iterations).toBeLessThan(100);
  });

  it('is deterministic for a seed; another seed gives the same partition of separable blobs', () => {
    const { matrix, rows, dims } = blobs(FIVE, 50, 0.8, 3);
    const a = kMeans(matrix, rows, dims, 5, { seed: 1 });
    const b = kMeans(matrix, rows, dims, 5, { seed: 1 });
    expect(b).toEqual(a);
    const c = kMeans(matrix, rows, dims, 5, { seed: 99 });
    expect(canonical(c.assignment)).toEqual(canonical(a.assignment));
    expect(c.inertia).toBeCloseTo(a.inertia, 9);
  });

  it('fits hand-computed centroids and inertia on a tiny 1-D set', () => {
    const matrix = Float64Array.from([0, 1, 2, 10, 12]);
    const fit = kMeans(matrix, 5, 1, 2, { seed: 5 });
    const low = fit.assignment[0]!;
    expect(canonical(fit.assignment)).toEqual([0, 0, 0, 1, 1]);
    expect(fit.centroids[low]).toBe(1);
    expect(fit.centroids[1 - low]).toBe(11);
    // (1 + 0 + 1) + (1 + 1)
    expect(fit.inertia).toBe(4);
  });

  it('handles k = rows and duplicate points without empty clusters', () => {
    const matrix = Float64Array.from([3, 3, 3, 8]);
    const fit = kMeans(matrix, 4, 1, 2, { seed: 2 });
    expect(canonical(fit.assignment)).toEqual([0, 0, 0, 1]);
    expect(fit.inertia).toBe(0);
    expect(() => kMeans(matrix, 4, 1, 5, { seed: 2 })).toThrow(RangeError);
  });
});
