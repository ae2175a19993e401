import type { ClvTerms } from '../clv';
import { discountPerPeriod } from './discount-per-period';

/** Per-customer predictions over a horizon. */
export interface ClvScores {
  /** Expected purchases over the whole horizon (cumulative expectation at its end). */
  expectedPurchases: Float64Array;
  /** Predicted CLV, in the money unit of `spend`. */
  clv: Float64Array;
}

/**
 * clv for many customers at once. `cumulativeExpected(t)` gives every customer's expected purchases from now
 * to model time t (e.g. the BG/NBD conditional expectation E[X(t) | x, t_x, T]); it is evaluated at each period
 * end t = k × periodLength (model time units) and differenced to get each period's purchases, which are
 * multiplied by the customer's expected `spend`, the margin and the period's discount factor. Cost: one call
 * of `cumulativeExpected` per period, so long horizons in short periods cost most.
 */
export function clvScores(
  cumulativeExpected: (t: number) => Float64Array,
  spend: Float64Array,
  terms: ClvTerms,
  periodLength: number,
): ClvScores {
  const n = spend.length;
  const factor = 1 / (1 + discountPerPeriod(terms.discountPerYear, terms.periodsPerYear));
  const value = new Float64Array(n);
  let previous: Float64Array = new Float64Array(n);
  let discount = 1;
  for (let k = 1; k <= terms.periods; k++) {
    discount *= factor;
    const cumulative = cumulativeExpected(k * periodLength);
    if (cumulative.length !== n) {
      throw new RangeError('clvScores: cumulativeExpected must give one value per customer');
    }
    for (let i = 0; i < n; i++) value[i]! += (cumulative[i]! - previous[i]!) * discount;
    previous = cumulative;
  }
  for (let i = 0; i < n; i++) value[i] = value[i]! * spend[i]! * terms.margin;
  return { expectedPurchases: previous, clv: value };
}
