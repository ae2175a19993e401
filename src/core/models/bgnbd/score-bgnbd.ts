import type { RfmSummary } from '../summary-rows';
import { bgnbdConditionalExpected } from './bgnbd-conditional-expected';
import { bgnbdPAlive } from './bgnbd-p-alive';
import type { BgnbdParams } from './bgnbd-params';

/**
 * P(alive) and expected purchases in the next t time units (unit of alpha) under BG/NBD for every row of a
 * summary, as columns aligned with its rows.
 */
export function scoreBgnbd(
  params: BgnbdParams,
  summary: RfmSummary,
  t: number,
): { pAlive: Float64Array; expected: Float64Array } {
  const { x, tx, T } = summary;
  const n = x.length;
  const pAlive = new Float64Array(n);
  const expected = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    pAlive[i] = bgnbdPAlive(params, x[i]!, tx[i]!, T[i]!);
    expected[i] = bgnbdConditionalExpected(params, t, x[i]!, tx[i]!, T[i]!);
  }
  return { pAlive, expected };
}
