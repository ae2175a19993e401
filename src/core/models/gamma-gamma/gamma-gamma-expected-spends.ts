import { gammaGammaExpectedSpend } from './gamma-gamma-expected-spend';
import type { GammaGammaParams } from './types';

/**
 * gammaGammaExpectedSpend for many customers at once: expected next-purchase amount (money unit of `γ`) of
 * each (x[i], mbar[i]). Customers without a repeat purchase (x = 0) get the population mean pγ/(q − 1).
 */
export function gammaGammaExpectedSpends(
  params: GammaGammaParams,
  x: Float64Array,
  mbar: Float64Array,
): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = gammaGammaExpectedSpend(params, x[i]!, mbar[i]!);
  return out;
}
