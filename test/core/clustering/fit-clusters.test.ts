import { describe, expect, it } from 'vitest';
import { fitClusters } from '../../../src/core/clustering/fit-clusters';
import { kMeans } from '../../../src/core/clustering/k-means';
import { blobs, canonical, FIVE } from './blobs';

describe('fitClusters', () => {
  const { matrix, rows, dims, truth } = blobs(FIVE, 80, 0.8, 21);

  it('restarts on a sample, then fits all rows: recovers the blobs, the same for a seed', () => {
    const fit = fitClusters(matrix, rows, dims, 5, { seed: 8, fitSize: 60 });
    expect(canonical(fit.assignment)).toEqual(Array.from(truth));
    expect(fitClusters(matrix, rows, dims, 5, { seed: 8, fitSize: 60 })).toEqual(fit);
    // Same optimum as restarts on all rows.
    expect(fit.inertia).toBeCloseTo(kMeans(matrix, rows, dims, 5, { seed: 8 }).inertia, 9);
  });

  it('is kMeans itself when the data fits the sample', () => {
    expect(fitClusters(matrix, rows, dims, 5, { seed: 3 })).toEqual(kMeans(matrix, rows, dims, 5, { seed: 3 }));
  });
});
