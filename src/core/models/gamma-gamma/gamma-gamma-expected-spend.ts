import type { GammaGammaParams } from './types';

/**
 * Expected amount of a customer's next purchase (money unit of `γ`) given `x` repeat purchases of mean `mbar`:
 * E[M | x, m̄] = (γ + m̄·x)·p / (p·x + q − 1). With x = 0 this is the population mean pγ/(q − 1). NaN when
 * q ≤ 1 (the population mean does not exist) or an input is invalid.
 */
export function gammaGammaExpectedSpend({ p, q, gamma }: GammaGammaParams, x: number, mbar: number): number {
  if (!(p > 0 && q > 1 && gamma > 0 && x >= 0)) return Number.NaN;
  const m = x > 0 ? mbar : 0;
  if (!(m >= 0)) return Number.NaN;
  return ((gamma + m * x) * p) / (p * x + q - 1);
}
