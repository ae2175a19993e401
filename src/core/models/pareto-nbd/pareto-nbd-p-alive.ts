import { paretoNbdRow, ROW_LOG_P_ALIVE } from './pareto-nbd-row';
import type { ParetoNbdParams } from './pareto-nbd-params';

const out = new Float64Array(6);

/**
 * P(alive) under Pareto/NBD of a customer with x repeat purchases, the last at tx, observed for T (time in
 * the unit of alpha and beta): 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀), computed in log space.
 */
export function paretoNbdPAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  paretoNbdRow(params.r, params.alpha, params.s, params.beta, x, tx, T, out, false);
  return Math.exp(out[ROW_LOG_P_ALIVE]!);
}
