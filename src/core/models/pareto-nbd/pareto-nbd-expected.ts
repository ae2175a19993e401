import { lifetimeFactor } from './lifetime-factor';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * Expected repeat purchases E[X(t)] in the first t time units (unit of alpha and beta) after a new
 * customer's first purchase under Pareto/NBD: rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)] (continuous at s = 1).
 */
export function paretoNbdExpected(params: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = params;
  return ((r * beta) / alpha) * lifetimeFactor(s, beta, t);
}
