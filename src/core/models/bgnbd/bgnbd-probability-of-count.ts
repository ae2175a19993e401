import { logGamma } from '../log-gamma';
import type { BgnbdParams } from './bgnbd-params';

/**
 * P(X(t) = x) under BG/NBD: the probability that a new customer makes exactly x repeat purchases in the
 * first t time units (unit of alpha) after the first purchase (FHL 2005 eq. 8), in log space; the
 * negative-binomial tail P(NBD ≥ x) is summed directly when it is the smaller side, so it keeps its digits.
 */
export function bgnbdProbabilityOfCount(params: BgnbdParams, t: number, x: number): number {
  const { r, alpha, a, b } = params;
  if (!(x >= 0) || !Number.isInteger(x)) return 0;
  const logBeta = (p: number, q: number) => logGamma(p) + logGamma(q) - logGamma(p + q);
  const logStay = Math.log(alpha / (alpha + t));
  const logBuy = t > 0 ? Math.log(t / (alpha + t)) : Number.NEGATIVE_INFINITY;
  // ln P(NBD(r, α; t) = j) = ln Γ(r+j) − ln Γ(r) − ln j! + r ln(α/(α+t)) + j ln(t/(α+t)).
  const logNbd = (j: number) =>
    j === 0 ? r * logStay : logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * logStay + j * logBuy;
  const alive = Math.exp(logBeta(a, b + x) - logBeta(a, b) + logNbd(x));
  if (x === 0) return alive;
  let below = 0;
  for (let j = 0; j < x; j++) below += Math.exp(logNbd(j));
  let tail = 1 - below;
  if (below > 0.5) {
    tail = 0;
    for (let j = x; ; j++) {
      const term = Math.exp(logNbd(j));
      tail += term;
      if (term <= 1e-17 * tail || j > x + 1e6) break;
    }
  }
  return alive + Math.exp(logBeta(a + 1, b + x - 1) - logBeta(a, b)) * tail;
}
