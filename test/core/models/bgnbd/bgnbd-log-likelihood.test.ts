import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood } from '../../../../src/core/models/bgnbd/bgnbd-log-likelihood';
import { cdnowSummary } from './cdnow';

const PARAMS = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const one = (x: number, tx: number, T: number) =>
  bgnbdLogLikelihood(PARAMS, { x: Float64Array.of(x), tx: Float64Array.of(tx), T: Float64Array.of(T) });

describe('bgnbdLogLikelihood', () => {
  // FHL 2005 eq. 6 evaluated directly with mpmath at 40 digits.
  it.each([
    [0, 0, 38.86, -0.55471327643815845],
    [2, 30.43, 38.86, -9.4586063070662712],
    [200, 38, 38.86, 100.49545822869548],
    [1000, 10, 100, 3225.1429836828236],
  ])('of one customer (x %i, t_x %f, T %f) is %f', (x, tx, T, expected) => {
    expect(Math.abs(one(x, tx, T) - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
  });

  it('is −9582.4 (± 0.1) on CDNOW at the published parameters', () => {
    expect(Math.abs(bgnbdLogLikelihood(PARAMS, cdnowSummary()) - -9582.4)).toBeLessThan(0.1);
  });

  it('counts a row of weight 3 as three customers', () => {
    const f64 = (v: number[]) => Float64Array.from(v);
    const weighted = bgnbdLogLikelihood(PARAMS, { x: f64([2, 0]), tx: f64([30, 0]), T: f64([38, 20]), weight: f64([3, 1]) });
    const repeated = bgnbdLogLikelihood(PARAMS, { x: f64([2, 2, 2, 0]), tx: f64([30, 30, 30, 0]), T: f64([38, 38, 38, 20]) });
    expect(weighted).toBeCloseTo(repeated, 10);
  });

  it('refuses a frequency that is not a whole number', () => {
    expect(() => one(1.5, 2, 3)).toThrow(RangeError);
  });
});
