import { describe, expect, it } from 'vitest';
import { clv } from '../../../../src/core/models/clv';
import { clvScores } from '../../../../src/core/models/clv/clv-scores';
import { discountPerPeriod } from '../../../../src/core/models/clv/discount-per-period';

const MONTHLY = { margin: 0.3, discountPerYear: 0.1, periodsPerYear: 12, periods: 12 };

describe('discountPerPeriod', () => {
  it('compounds back to the yearly rate: 10% a year is 0.7974% a month', () => {
    const d = discountPerPeriod(0.1, 12);
    expect(d).toBeCloseTo(0.00797414, 8);
    expect((1 + d) ** 12).toBeCloseTo(1.1, 12);
    expect(discountPerPeriod(0, 52)).toBe(0);
  });
});

describe('clv', () => {
  it('is 360 for one purchase of 100 a month at 30% margin for 12 months without discounting', () => {
    expect(clv(() => 1, 100, { ...MONTHLY, discountPerYear: 0 })).toBeCloseTo(360, 10);
  });

  it('discounts each month from its end: 30 × Σ 1.1^(−k/12), k = 1…12 = 342.01', () => {
    // Geometric sum with v = 1.1^(−1/12): v (1 − v¹²) / (1 − v) = 11.4005…, times 30 a month.
    const v = 1.1 ** (-1 / 12);
    const byHand = (30 * v * (1 - 1 / 1.1)) / (1 - v);
    expect(byHand).toBeCloseTo(342.01, 2);
    expect(clv(() => 1, 100, MONTHLY)).toBeCloseTo(byHand, 10);
  });

  it('weights each period by its own discount: purchases only in month 12 are worth 30 / 1.1', () => {
    expect(clv((k) => (k === 12 ? 1 : 0), 100, MONTHLY)).toBeCloseTo(30 / 1.1, 10);
  });
});

describe('clvScores', () => {
  it('differences the cumulative expectation at period ends and agrees with clv per customer', () => {
    // Customer 0 buys 1 a month (cumulative t); customer 1 buys 0.5 a month for 6 months, then stops.
    const cumulative = (t: number) => Float64Array.of(t, Math.min(t, 6) / 2);
    const scores = clvScores(cumulative, Float64Array.of(100, 40), MONTHLY, 1);
    expect(Array.from(scores.expectedPurchases)).toEqual([12, 3]);
    expect(scores.clv[0]).toBeCloseTo(clv(() => 1, 100, MONTHLY), 10);
    expect(scores.clv[1]).toBeCloseTo(clv((k) => (k <= 6 ? 0.5 : 0), 40, MONTHLY), 10);
  });

  it('evaluates at period ends in model time: weeks of a 4-week period', () => {
    const seen: number[] = [];
    const scores = clvScores(
      (t) => (seen.push(t), Float64Array.of(t / 4)),
      Float64Array.of(10),
      { margin: 1, discountPerYear: 0, periodsPerYear: 13, periods: 3 },
      4,
    );
    expect(seen).toEqual([4, 8, 12]);
    expect(Array.from(scores.clv)).toEqual([30]);
  });
});
