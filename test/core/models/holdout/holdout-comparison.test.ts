import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../../src/core/dates';
import { bgnbdConditionalExpected } from '../../../../src/core/models/bgnbd/bgnbd-conditional-expected';
import { bgnbdExpected } from '../../../../src/core/models/bgnbd/bgnbd-expected';
import { paretoNbdConditionalExpected } from '../../../../src/core/models/pareto-nbd/pareto-nbd-conditional-expected';
import { paretoNbdExpected } from '../../../../src/core/models/pareto-nbd/pareto-nbd-expected';
import { calibrationHoldout } from '../../../../src/core/models/holdout/calibration-holdout';
import { holdoutComparison, type FrequencyGroup } from '../../../../src/core/models/holdout/holdout-comparison';
import { orderTable } from '../../customers/tables';
import { cdnowOrders, holdoutPairs, readCdnow } from './cdnow';

describe('holdoutComparison on a small shop with a model worked by hand', () => {
  const orders = orderTable([
    { customer: 'a', date: '2024-01-01', amount: 10 },
    { customer: 'a', date: '2024-01-15', amount: 25 },
    { customer: 'a', date: '2024-01-29', amount: 40 },
    { customer: 'b', date: '2024-01-22', amount: 30 },
    { customer: 'b', date: '2024-02-05', amount: 8 },
    { customer: 'b', date: '2024-02-11', amount: 12 },
  ]);
  const data = calibrationHoldout(orders, isoToDay('2024-01-28'), isoToDay('2024-02-11'), 7);
  // A made-up model: (x + 1)·t/4 purchases in the next t weeks; t/2 in the first t weeks of a new customer.
  const model = {
    conditionalExpected: (t: number, x: number) => ((x + 1) * t) / 4,
    expected: (t: number) => t / 2,
  };
  const result = holdoutComparison(data, model, 1);

  it('predicts each customer\'s holdout purchases and groups them by calibration repeat purchases', () => {
    // a: x = 1, 2 weeks → 1 predicted, 1 actual; b: x = 0 → 0.5 predicted, 2 actual.
    expect(Array.from(result.predicted)).toEqual([1, 0.5]);
    expect(result.byFrequency).toEqual([
      { x: 0, orMore: false, customers: 1, actual: 2, predicted: 0.5 },
      { x: 1, orMore: true, customers: 1, actual: 1, predicted: 1 },
    ]);
    expect(result.totals).toEqual({ actual: 3, predicted: 1.5 });
  });

  it('gives the total error as a share, the mean absolute error and the correlation', () => {
    expect(result.errors.totalError).toBeCloseTo(-0.5, 12);
    expect(result.errors.meanAbsoluteError).toBeCloseTo(0.75, 12);
    expect(result.errors.correlation).toBeCloseTo(-1, 12);
  });

  it('tracks predicted cumulative purchases as Σ E[X(time since first purchase)] at each week end', () => {
    // a first bought 2024-01-01, b 2024-01-22; week ends 01-07 … 02-11; E[X(t)] = t/2 with t in weeks.
    expect(result.cumulative.actual).toBe(data.tracking.actual);
    const byHand = [6, 13, 20, 27 + 6, 34 + 13, 41 + 20].map((days) => days / 14);
    result.cumulative.predicted.forEach((v, k) => expect(v).toBeCloseTo(byHand[k]!, 12));
    expect(result.cumulative.predicted).toHaveLength(6);
  });
});

describe('holdoutComparison on CDNOW with BG/NBD at the published parameters', () => {
  const data = calibrationHoldout(cdnowOrders(), isoToDay('1997-09-30'), isoToDay('1998-06-30'), 7);
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const result = holdoutComparison(data, {
    conditionalExpected: (t, x, tx, T) => bgnbdConditionalExpected(params, t, x, tx, T),
    expected: (t) => bgnbdExpected(params, t),
  });

  it('groups the 2,357 customers 0 … 6, 7+ with the actual holdout means counted from the raw rows', () => {
    // Independently of calibrationHoldout: x from the published summary, holdout days from the raw rows.
    const summary = readCdnow('cdnow_customers_summary.csv');
    const xOf = new Map(summary.map(([id, x]) => [id!, Math.min(Number(x), 7)]));
    const days = holdoutPairs();
    const customers = new Array<number>(8).fill(0);
    const purchases = new Array<number>(8).fill(0);
    for (const x of xOf.values()) customers[x]!++;
    for (const pair of days) purchases[xOf.get(pair.split(' ')[0]!)!]!++;
    expect(result.byFrequency.map((g) => [g.x, g.orMore, g.customers, g.actual])).toEqual(
      customers.map((c, x) => [x, x === 7, c, purchases[x]! / c]),
    );
    expect(customers[0]).toBe(1411);
  });

  it('adds up: group means × counts are the totals, and the total is the sum over customers', () => {
    const sum = (f: (g: FrequencyGroup) => number) => result.byFrequency.reduce((s, g) => s + f(g), 0);
    expect(sum((g) => g.actual * g.customers)).toBeCloseTo(1882, 9);
    expect(sum((g) => g.predicted * g.customers)).toBeCloseTo(result.totals.predicted, 9);
    expect(result.predicted.reduce((s, v) => s + v, 0)).toBeCloseTo(result.totals.predicted, 9);
  });

  // The expected values below were computed independently of this code base (Python, mpmath hyp2f1, the summary
  // rebuilt from the raw rows): FHL 2005 eq. 10 per customer over the 39 holdout weeks, eq. 9 for the tracking.
  it('predicts 1,653.94 holdout purchases against 1,882 actual, by group as computed independently', () => {
    expect(result.totals.predicted).toBeCloseTo(1653.9413, 3);
    const independent = [
      0.2254509, 0.5231761, 1.0441697, 1.5202927, 2.1638747, 2.6538317, 3.5039907, 6.1570718,
    ];
    result.byFrequency.forEach((g, k) => expect(g.predicted).toBeCloseTo(independent[k]!, 6));
    expect(result.errors.totalError).toBeCloseTo(1653.9413 / 1882 - 1, 6);
  });

  it('tracks 2,497.56 predicted cumulative repeat purchases at week 39 and 4,166.37 at week 78', () => {
    expect(result.cumulative.predicted[38]).toBeCloseTo(2497.5635, 3);
    expect(result.cumulative.predicted[77]).toBeCloseTo(4166.3727, 3);
  });
});

describe('holdoutComparison on CDNOW with Pareto/NBD at the published parameters', () => {
  const data = calibrationHoldout(cdnowOrders(), isoToDay('1997-09-30'), isoToDay('1998-06-30'), 7);
  const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
  const result = holdoutComparison(data, {
    conditionalExpected: (t, x, tx, T) => paretoNbdConditionalExpected(params, t, x, tx, T),
    expected: (t) => paretoNbdExpected(params, t),
  });

  // Computed independently as above: Schmittlein et al. conditional expectation with P(alive) through mpmath.
  it('predicts 1,665.69 holdout purchases, by group as computed independently; 4,268.95 at week 78', () => {
    expect(result.totals.predicted).toBeCloseTo(1665.6932, 3);
    const independent = [0.1384663, 0.599546, 1.1959691, 1.7140396, 2.3985403, 2.9074927, 3.81896, 6.4036111];
    result.byFrequency.forEach((g, k) => expect(g.predicted).toBeCloseTo(independent[k]!, 6));
    expect(result.cumulative.predicted[38]).toBeCloseTo(2524.0505, 3);
    expect(result.cumulative.predicted[77]).toBeCloseTo(4268.947, 3);
  });
});
