import { discountPerPeriod } from './clv/discount-per-period';

/** The money terms of a CLV: what share of revenue is kept, how the future is discounted, over how long. */
export interface ClvTerms {
  /** Margin on revenue, a share (0.3 = 30%). */
  margin: number;
  /** Yearly discount rate, a share (0.1 = 10% a year). */
  discountPerYear: number;
  /** Periods in a year (12 for months, 365.2425 / 7 for weeks). */
  periodsPerYear: number;
  /** Length of the horizon in periods (a whole number). */
  periods: number;
}

/**
 * Predicted customer lifetime value of one customer, in the money unit of `spend`: the sum over periods
 * k = 1…periods of expectedPurchasesInPeriod(k) × spend × margin / (1 + d)^k, where d = (1 + discountPerYear)
 * ^(1/periodsPerYear) − 1 is the discount of one period and each period's purchases are discounted from its
 * end. `expectedPurchasesInPeriod(k)` is the expected number of purchases in the k-th period from now.
 */
export function clv(
  expectedPurchasesInPeriod: (period: number) => number,
  spend: number,
  terms: ClvTerms,
): number {
  const factor = 1 / (1 + discountPerPeriod(terms.discountPerYear, terms.periodsPerYear));
  let discount = 1;
  let sum = 0;
  for (let k = 1; k <= terms.periods; k++) {
    discount *= factor;
    sum += expectedPurchasesInPeriod(k) * discount;
  }
  return sum * spend * terms.margin;
}
