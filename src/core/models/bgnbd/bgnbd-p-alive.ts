import type { BgnbdParams } from './bgnbd-params';

/**
 * P(alive) under BG/NBD of a customer with x repeat purchases, the last at tx, observed for T (time in the
 * unit of alpha): 1 / (1 + a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)) for x > 0 and 1 for x = 0, evaluated as a
 * logistic of the log-odds so that large x gives 0 rather than overflow.
 */
export function bgnbdPAlive(params: BgnbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  if (logOdds > 0) {
    const e = Math.exp(-logOdds);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(logOdds));
}
