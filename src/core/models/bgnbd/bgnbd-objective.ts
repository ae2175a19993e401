import type { ObjectiveWithGradient } from '../optimize/bfgs';
import { LOG_PARAM_LIMIT } from '../optimize/model-fit';
import type { RfmSummary } from '../summary-rows';

/**
 * The negative BG/NBD log-likelihood of a summary and its gradient, as a function of the log-parameters
 * (ln r, ln alpha, ln a, ln b) with alpha in the summary's time unit (NaN beyond ±LOG_PARAM_LIMIT); x must
 * hold whole numbers ≥ 0.
 * Each row's likelihood is written as
 *   Γ(r+x)/Γ(r) · αʳ · B(a, b+x)/B(a, b) · (α+T)^−(r+x) · [1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)]
 * and the bracket is taken as softplus of its log (Hardie's note 027), so nothing overflows at large x.
 * The Γ and B ratios are products over k < x, tabulated once per evaluation for every x up to the largest.
 */
export function bgnbdObjective(summary: RfmSummary): ObjectiveWithGradient {
  const { x, tx, T, weight } = summary;
  const n = x.length;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    if (!(xi >= 0) || !Number.isInteger(xi)) {
      throw new RangeError(`BG/NBD: frequency must be a whole number ≥ 0 (row ${i})`);
    }
    if (xi > maxX) maxX = xi;
  }
  const size = maxX + 1;
  // Σ_{k<x} ln(v + k) and Σ_{k<x} 1/(v + k) for v = r, b, a + b: ln Γ(v+x)/Γ(v) and its derivative.
  const logR = new Float64Array(size);
  const invR = new Float64Array(size);
  const logB = new Float64Array(size);
  const invB = new Float64Array(size);
  const logAB = new Float64Array(size);
  const invAB = new Float64Array(size);

  return (theta, gradient) => {
    if (theta.some((v) => Math.abs(v) > LOG_PARAM_LIMIT)) return Number.NaN;
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    const a = Math.exp(theta[2]!);
    const b = Math.exp(theta[3]!);
    if (![r, alpha, a, b].every((v) => v > 0 && Number.isFinite(v))) return Number.NaN;
    for (let k = 0; k < maxX; k++) {
      logR[k + 1] = logR[k]! + Math.log(r + k);
      invR[k + 1] = invR[k]! + 1 / (r + k);
      logB[k + 1] = logB[k]! + Math.log(b + k);
      invB[k + 1] = invB[k]! + 1 / (b + k);
      logAB[k + 1] = logAB[k]! + Math.log(a + b + k);
      invAB[k + 1] = invAB[k]! + 1 / (a + b + k);
    }
    const logAlpha = Math.log(alpha);
    const logA = Math.log(a);
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const w = weight === undefined ? 1 : weight[i]!;
      const rx = r + xi;
      const lT = Math.log(alpha + T[i]!);
      let value = logR[xi]! + r * logAlpha + logB[xi]! - logAB[xi]! - rx * lT;
      let dr = invR[xi]! + logAlpha - lT;
      let dAlpha = r / alpha - rx / (alpha + T[i]!);
      let da = -invAB[xi]!;
      let db = invB[xi]! - invAB[xi]!;
      if (xi > 0) {
        const lt = Math.log(alpha + tx[i]!);
        const bx = b + xi - 1;
        const d = logA - Math.log(bx) + rx * (lT - lt);
        // softplus(d) = ln(1 + eᵈ) and its derivative σ(d), without overflow either way.
        const e = Math.exp(-Math.abs(d));
        value += (d > 0 ? d : 0) + Math.log1p(e);
        const sigma = d > 0 ? 1 / (1 + e) : e / (1 + e);
        dr += sigma * (lT - lt);
        dAlpha += sigma * rx * (1 / (alpha + T[i]!) - 1 / (alpha + tx[i]!));
        da += sigma / a;
        db -= sigma / bx;
      }
      ll += w * value;
      gr += w * dr;
      gAlpha += w * dAlpha;
      ga += w * da;
      gb += w * db;
    }
    // Minimise −LL; the chain rule through v = e^θ multiplies each derivative by v.
    gradient[0] = -gr * r;
    gradient[1] = -gAlpha * alpha;
    gradient[2] = -ga * a;
    gradient[3] = -gb * b;
    return -ll;
  };
}
