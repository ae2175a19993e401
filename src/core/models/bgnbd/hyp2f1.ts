const EPSILON = 1e-16;
const MAX_TERMS = 200_000;

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for real z < 1 (NaN at z ≥ 1 or c a non-positive
 * integer). Negative z is mapped into [0, 1) by Pfaff's transformation; on [0, 1) the series is summed in
 * whichever of the direct and Euler-transformed forms has the smaller first ratio, with a running scale so
 * large terms cannot overflow, until the geometric bound on the rest of the series is below 1e-16 of the sum.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1) || (c <= 0 && Number.isInteger(c))) return Number.NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  if (z < 0) {
    // Pfaff: ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z / (z − 1)); the argument lands in (0, 1).
    const [p, q] = Math.abs(a) <= Math.abs(b) ? [a, b] : [b, a];
    return Math.exp(-p * Math.log1p(-z)) * hyp2f1(p, c - q, c, z / (z - 1));
  }
  const direct = Math.abs((a * b) / c);
  const euler = Math.abs(((c - a) * (c - b)) / c);
  if (euler < direct) {
    // Euler: ₂F₁(a, b; c; z) = (1 − z)^(c − a − b) ₂F₁(c − a, c − b; c; z).
    const { logScale, sum } = series(c - a, c - b, c, z);
    return Math.sign(sum) * Math.exp(logScale + Math.log(Math.abs(sum)) + (c - a - b) * Math.log1p(-z));
  }
  const { logScale, sum } = series(a, b, c, z);
  return Math.sign(sum) * Math.exp(logScale + Math.log(Math.abs(sum)));
}

// Σ (a)_k (b)_k / ((c)_k k!) z^k = exp(logScale) × sum, for 0 ≤ z < 1.
function series(a: number, b: number, c: number, z: number): { logScale: number; sum: number } {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    if (term === 0) break; // a or b a non-positive integer: a polynomial
    const next = Math.abs(((a + k + 1) * (b + k + 1) * z) / ((c + k + 1) * (k + 2)));
    // The ratios tend to z; with q the larger of the next one and z, the rest is about term × q / (1 − q).
    const q = Math.max(next, z);
    if (q < 1 && Math.abs(term) * q <= EPSILON * (1 - q) * Math.abs(sum)) break;
    if (Math.abs(sum) > 1e250 || Math.abs(term) > 1e250) {
      logScale += Math.log(1e250);
      sum /= 1e250;
      term /= 1e250;
    }
  }
  return { logScale, sum };
}
