import { mulberry32 } from '../../../src/core/sample/mulberry32';

/**
 * Gaussian blobs (Box–Muller from mulberry32): `perBlob` points around each centre with standard deviation
 * `sd`, row-major, blobs one after another; `truth[r]` is row r's blob.
 */
export function blobs(centres: number[][], perBlob: number, sd: number, seed: number) {
  const dims = centres[0]!.length;
  const rows = centres.length * perBlob;
  const random = mulberry32(seed);
  const matrix = new Float64Array(rows * dims);
  const truth = new Int32Array(rows);
  for (let b = 0; b < centres.length; b++) {
    for (let p = 0; p < perBlob; p++) {
      const r = b * perBlob + p;
      truth[r] = b;
      for (let j = 0; j < dims; j++) {
        const u = 1 - random();
        const v = random();
        matrix[r * dims + j] = centres[b]![j]! + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      }
    }
  }
  return { matrix, rows, dims, truth };
}

/** Labels renumbered by first appearance, so two partitions that only permute cluster numbers compare equal. */
export function canonical(labels: Int32Array): number[] {
  const seen = new Map<number, number>();
  return Array.from(labels, (label) => {
    if (!seen.has(label)) seen.set(label, seen.size);
    return seen.get(label)!;
  });
}

export const THREE = [[0, 0, 0, 0], [10, 0, 0, 0], [0, 10, 10, 0]];
export const FIVE = [[0, 0, 0, 0], [10, 0, 0, 0], [0, 10, 0, 0], [0, 0, 10, 0], [0, 0, 0, 10]];
