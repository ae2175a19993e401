import { lifetimeFactor } from './lifetime-factor';
import { paretoNbdPAlive } from './pareto-nbd-p-alive';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * Expected purchases in (T, T + t] under Pareto/NBD of a customer with x repeat purchases, the last at tx,
 * observed for T (time in the unit of alpha and beta; Schmittlein et al. 1987):
 *   (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive),
 * with the bracket over (s−1) taken through expm1 so s = 1 (where it becomes ln((β+T+t)/(β+T))) is exact.
 */
export function paretoNbdConditionalExpected(
  params: ParetoNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = params;
  return ((r + x) / (alpha + T)) * (beta + T) * lifetimeFactor(s, beta + T, t) * paretoNbdPAlive(params, x, tx, T);
}
