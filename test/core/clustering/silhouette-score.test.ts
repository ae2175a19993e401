import { describe, expect, it } from 'vitest';
import { chooseK } from '../../../src/core/clustering/choose-k';
import { sampleRows } from '../../../src/core/clustering/sample-rows';
import { silhouetteScore } from '../../../src/core/clustering/silhouette-score';
import { blobs, FIVE, THREE } from './blobs';

describe('silhouetteScore', () => {
  it('matches a hand computation on two 1-D pairs', () => {
    // 0 and 11: a = 1, b = 10.5; 1 and 10: a = 1, b = 9.5.
    const score = silhouetteScore(Float64Array.from([0, 1, 10, 11]), 4, 1, Int32Array.from([0, 0, 1, 1]), 2);
    expect(score).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
  });

  it('scores a row alone in its cluster 0', () => {
    // 0: a = 1, b = 5 → 0.8; 1: a = 1, b = 4 → 0.75; 5: alone → 0.
    const score = silhouetteScore(Float64Array.from([0, 1, 5]), 3, 1, Int32Array.from([0, 0, 1]), 2);
    expect(score).toBeCloseTo(1.55 / 3, 12);
  });

  it('uses only the given sample rows', () => {
    const matrix = Float64Array.from([0, 1, 10, 11, 500]);
    const labels = Int32Array.from([0, 0, 1, 1, 0]);
    const score = silhouetteScore(matrix, 5, 1, labels, 2, Int32Array.from([0, 1, 2, 3]));
    expect(score).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
  });
});

describe('sampleRows', () => {
  it('draws distinct ascending rows, the same for a seed, all rows when few', () => {
    const a = sampleRows(1000, 50, 9);
    expect(a.length).toBe(50);
    expect(new Set(a).size).toBe(50);
    expect(Array.from(a)).toEqual(Array.from(a).sort((x, y) => x - y));
    expect(a.every((r) => r >= 0 && r < 1000)).toBe(true);
    expect(sampleRows(1000, 50, 9)).toEqual(a);
    expect(Array.from(sampleRows(4, 50, 9))).toEqual([0, 1, 2, 3]);
  });
});

describe('chooseK', () => {
  it.each([
    [3, THREE],
    [5, FIVE],
  ])('picks the true k = %i from k = 2…10', (k, centres) => {
    const { matrix, rows, dims } = blobs(centres, 80, 0.8, 11);
    const result = chooseK(matrix, rows, dims, { seed: 4 });
    expect(result.k).toBe(k);
    expect(result.curve.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.sampleSize).toBe(rows);
    const best = result.curve.find((p) => p.k === k)!;
    expect(best.silhouette).toBeGreaterThan(0.7);
    for (const p of result.curve) if (p.k !== k) expect(p.silhouette).toBeLessThan(best.silhouette);
    // Inertia falls as k grows up to the true k.
    for (let i = 1; i < k - 1; i++) expect(result.curve[i]!.inertia).toBeLessThan(result.curve[i - 1]!.inertia);
  });

  it('computes the silhouette on a sample of the given size', () => {
    const { matrix, rows, dims } = blobs(THREE, 80, 0.8, 11);
    const result = chooseK(matrix, rows, dims, { seed: 4, sampleSize: 100, kMax: 4 });
    expect(result.sampleSize).toBe(100);
    expect(result.k).toBe(3);
    expect(result.curve.map((p) => p.k)).toEqual([2, 3, 4]);
  });

  it('keeps the smaller k on equal scores: identical points score 0 for every k', () => {
    const result = chooseK(new Float64Array(20).fill(1.5), 10, 2, { seed: 1, kMax: 4 });
    expect(result).toEqual({
      k: 2,
      curve: [2, 3, 4].map((k) => ({ k, silhouette: 0, inertia: 0 })),
      sampleSize: 10,
    });
    expect(chooseK(Float64Array.from([0, 1]), 2, 1, { seed: 1 })).toEqual({ k: 2, curve: [], sampleSize: 2 });
  });
});
