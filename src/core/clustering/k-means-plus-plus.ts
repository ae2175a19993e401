/**
 * k-means++ seeding: k starting centroids (`k × dims`, row-major) drawn from the rows, each next one with
 * probability proportional to its squared distance to the nearest centroid chosen so far; `random` gives
 * numbers in [0, 1) (mulberry32), so a seeded generator gives the same seeds every time.
 */
export function kMeansPlusPlus(
  matrix: Float64Array,
  rows: number,
  dims: number,
  k: number,
  random: () => number,
): Float64Array {
  const centroids = new Float64Array(k * dims);
  const nearest = new Float64Array(rows).fill(Number.POSITIVE_INFINITY);
  let chosen = Math.min(rows - 1, Math.floor(random() * rows));
  for (let c = 0; c < k; c++) {
    const base = chosen * dims;
    for (let j = 0; j < dims; j++) centroids[c * dims + j] = matrix[base + j]!;
    if (c === k - 1) break;
    let total = 0;
    for (let i = 0; i < rows; i++) {
      let d = 0;
      const off = i * dims;
      for (let j = 0; j < dims; j++) {
        const diff = matrix[off + j]! - centroids[c * dims + j]!;
        d += diff * diff;
      }
      if (d < nearest[i]!) nearest[i] = d;
      total += nearest[i]!;
    }
    if (total > 0) {
      let target = random() * total;
      chosen = rows - 1;
      for (let i = 0; i < rows; i++) {
        target -= nearest[i]!;
        if (target < 0) {
          chosen = i;
          break;
        }
      }
    } else {
      // Fewer distinct points than k: any row is as good as another.
      chosen = Math.min(rows - 1, Math.floor(random() * rows));
    }
  }
  return centroids;
}
