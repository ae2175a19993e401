/**
 * Mean silhouette (−1…1) of an s-row sample from its packed pairwise distances (sampleDistances) and each
 * sampled row's cluster (0…k−1). A row alone in its cluster within the sample scores 0, and so does every row
 * when the sample holds a single cluster (the usual convention: there is no "other cluster" to compare with).
 */
export function silhouetteFromDistances(distances: Float64Array, labels: Int32Array, k: number): number {
  const s = labels.length;
  if (s === 0) return Number.NaN;
  const sums = new Float64Array(s * k);
  const sizes = new Int32Array(k);
  for (let a = 0; a < s; a++) sizes[labels[a]!]!++;
  let p = 0;
  for (let a = 0; a < s; a++) {
    const la = labels[a]!;
    const aOff = a * k;
    for (let b = a + 1; b < s; b++) {
      const d = distances[p++]!;
      sums[aOff + labels[b]!]! += d;
      sums[b * k + la]! += d;
    }
  }
  let total = 0;
  for (let a = 0; a < s; a++) {
    const own = labels[a]!;
    if (sizes[own]! <= 1) continue;
    const inside = sums[a * k + own]! / (sizes[own]! - 1);
    let nearest = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c === own || sizes[c] === 0) continue;
      const mean = sums[a * k + c]! / sizes[c]!;
      if (mean < nearest) nearest = mean;
    }
    if (nearest === Number.POSITIVE_INFINITY) continue;
    const spread = Math.max(inside, nearest);
    if (spread > 0) total += (nearest - inside) / spread;
  }
  return total / s;
}
