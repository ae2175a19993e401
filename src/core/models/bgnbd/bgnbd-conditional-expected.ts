import { bgnbdPAlive } from './bgnbd-p-alive';
import type { BgnbdParams } from './bgnbd-params';
import { hyp2f1 } from './hyp2f1';

/**
 * Expected purchases in (T, T + t] under BG/NBD of a customer with x repeat purchases, the last at tx,
 * observed for T (all times in the unit of alpha; FHL 2005 eq. 10):
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),  z = t/(α+T+t).
 * The bracket uses Euler's transformation, (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose small numerator
 * parameters keep the series short and finite for any x; within 1e−5 of a = 1 (a removable singularity) the
 * mean of a = 1 ± 1e−4 is used.
 */
export function bgnbdConditionalExpected(params: BgnbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { a } = params;
  if (Math.abs(a - 1) < 1e-5) {
    const below = bgnbdConditionalExpected({ ...params, a: 1 - 1e-4 }, t, x, tx, T);
    const above = bgnbdConditionalExpected({ ...params, a: 1 + 1e-4 }, t, x, tx, T);
    return (below + above) / 2;
  }
  const { r, alpha, b } = params;
  const z = t / (alpha + T + t);
  const c = a + b + x - 1;
  const bracket = 1 - Math.exp((a - 1) * Math.log1p(-z)) * hyp2f1(a + b - 1 - r, a - 1, c, z);
  return (c / (a - 1)) * bracket * bgnbdPAlive(params, x, tx, T);
}
