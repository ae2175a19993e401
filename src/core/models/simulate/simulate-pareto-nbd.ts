import { mulberry32 } from '../../sample/mulberry32';
import type { ParetoNbdParams } from '../pareto-nbd/pareto-nbd-params';
import type { RfmSummary } from '../summary-rows';
import { gammaSample } from './gamma-sample';

/**
 * The summary (x, tx, T) of n customers drawn exactly from Pareto/NBD (time in the unit of alpha and beta):
 * each has λ ~ Gamma(r, alpha) and μ ~ Gamma(s, beta), a lifetime ~ Exponential(μ) from the first purchase
 * at 0, and buys as a Poisson process of rate λ while alive; observed for T (one number for all, or one per
 * customer). Same seed, same customers.
 */
export function simulateParetoNbd(
  params: ParetoNbdParams,
  n: number,
  T: number | Float64Array,
  seed: number,
): RfmSummary {
  const random = mulberry32(seed);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const Ts = typeof T === 'number' ? new Float64Array(n).fill(T) : Float64Array.from(T);
  for (let i = 0; i < n; i++) {
    const lambda = gammaSample(random, params.r, params.alpha);
    const mu = gammaSample(random, params.s, params.beta);
    const end = mu > 0 ? Math.min(Ts[i]!, -Math.log(1 - random()) / mu) : Ts[i]!;
    let t = 0;
    let count = 0;
    let last = 0;
    // A rate that underflowed to 0 (tiny shapes) means no purchases, not an endless loop.
    while (lambda > 0) {
      t -= Math.log(1 - random()) / lambda;
      if (t > end) break;
      count++;
      last = t;
    }
    x[i] = count;
    tx[i] = last;
  }
  return { x, tx, T: Ts };
}
