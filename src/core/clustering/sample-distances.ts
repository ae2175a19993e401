/**
 * Euclidean distances between the sampled rows (same units as the matrix, z-scores), as the packed upper
 * triangle: the pair (a, b), a < b, of an s-row sample sits at a·s − a(a+1)/2 + (b − a − 1).
 */
export function sampleDistances(matrix: Float64Array, dims: number, sample: Int32Array): Float64Array {
  const s = sample.length;
  const out = new Float64Array((s * (s - 1)) / 2);
  let p = 0;
  for (let a = 0; a < s; a++) {
    const aOff = sample[a]! * dims;
    for (let b = a + 1; b < s; b++) {
      const bOff = sample[b]! * dims;
      let d = 0;
      for (let j = 0; j < dims; j++) {
        const diff = matrix[aOff + j]! - matrix[bOff + j]!;
        d += diff * diff;
      }
      out[p++] = Math.sqrt(d);
    }
  }
  return out;
}
