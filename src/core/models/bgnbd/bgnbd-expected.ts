import { bgnbdConditionalExpected } from './bgnbd-conditional-expected';
import type { BgnbdParams } from './bgnbd-params';

/**
 * Expected repeat purchases E[X(t)] in the first t time units (unit of alpha) after a new customer's first
 * purchase under BG/NBD (FHL 2005 eq. 9): (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))],
 * which is the conditional expectation of a customer with x = tₓ = T = 0.
 */
export function bgnbdExpected(params: BgnbdParams, t: number): number {
  return bgnbdConditionalExpected(params, t, 0, 0, 0);
}
