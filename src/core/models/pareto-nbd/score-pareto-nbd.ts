import type { RfmSummary } from '../summary-rows';
import { lifetimeFactor } from './lifetime-factor';
import { paretoNbdRow, ROW_LOG_P_ALIVE } from './pareto-nbd-row';
import type { ParetoNbdParams } from './pareto-nbd-params';

/**
 * P(alive) and expected purchases in the next t time units (unit of alpha and beta) under Pareto/NBD for
 * every row of a summary, as columns aligned with its rows.
 */
export function scoreParetoNbd(
  params: ParetoNbdParams,
  summary: RfmSummary,
  t: number,
): { pAlive: Float64Array; expected: Float64Array } {
  const { r, alpha, s, beta } = params;
  const { x, tx, T } = summary;
  const n = x.length;
  const pAlive = new Float64Array(n);
  const expected = new Float64Array(n);
  const out = new Float64Array(6);
  for (let i = 0; i < n; i++) {
    paretoNbdRow(r, alpha, s, beta, x[i]!, tx[i]!, T[i]!, out, false);
    const p = Math.exp(out[ROW_LOG_P_ALIVE]!);
    pAlive[i] = p;
    expected[i] = t > 0 ? ((r + x[i]!) / (alpha + T[i]!)) * (beta + T[i]!) * lifetimeFactor(s, beta + T[i]!, t) * p : 0;
  }
  return { pAlive, expected };
}
