import { logGamma } from '../log-gamma';
import type { GammaGammaParams } from './types';

/**
 * Log-likelihood (natural log, of the mean-spend density) of the Gamma-Gamma model for customers with `x`
 * repeat purchases of mean amount `mbar` (money unit of `γ`), each row counted `weight[i]` times (default 1).
 * Only repeaters count: rows with x ≤ 0, mbar ≤ 0 or a non-finite value are skipped. NaN when a parameter is
 * not positive.
 */
export function gammaGammaLogLikelihood(
  { p, q, gamma }: GammaGammaParams,
  x: Float64Array,
  mbar: Float64Array,
  weight?: Float64Array,
): number {
  if (!(p > 0 && q > 0 && gamma > 0)) return Number.NaN;
  const shared = q * Math.log(gamma) - logGamma(q);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const m = mbar[i]!;
    if (!(xi > 0 && m > 0 && Number.isFinite(xi) && Number.isFinite(m))) continue;
    const w = weight ? weight[i]! : 1;
    if (w === 0) continue;
    const px = p * xi;
    // f(m̄) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q · m̄^(px−1) · x^px / (γ + x m̄)^(px+q)
    const term =
      logGamma(px + q) - logGamma(px) + shared + (px - 1) * Math.log(m) + px * Math.log(xi) -
      (px + q) * Math.log(gamma + xi * m);
    sum += w * term;
  }
  return sum;
}
