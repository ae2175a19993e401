import { describe, expect, it } from 'vitest';
import { bgnbdConditionalExpected } from '../../../../src/core/models/bgnbd/bgnbd-conditional-expected';
import { bgnbdExpected } from '../../../../src/core/models/bgnbd/bgnbd-expected';
import { bgnbdPAlive } from '../../../../src/core/models/bgnbd/bgnbd-p-alive';
import { bgnbdProbabilityOfCount } from '../../../../src/core/models/bgnbd/bgnbd-probability-of-count';
import { fitBgnbd } from '../../../../src/core/models/bgnbd/fit-bgnbd';
import { scoreBgnbd } from '../../../../src/core/models/bgnbd/score-bgnbd';
import { cdnowSummary } from './cdnow';

const PARAMS = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const relative = (value: number, expected: number) => Math.abs(value / expected - 1);

describe('bgnbdPAlive', () => {
  it('is 1 for every customer without a repeat purchase', () => {
    expect([bgnbdPAlive(PARAMS, 0, 0, 1), bgnbdPAlive(PARAMS, 0, 0, 38.86), bgnbdPAlive(PARAMS, 0, 0, 1e6)]).toEqual([1, 1, 1]);
  });

  it('is 0 without overflow for (x, t_x, T) = (1000, 10, 100) (exactly 8.28e−858)', () => {
    expect(bgnbdPAlive(PARAMS, 1000, 10, 100)).toBe(0);
  });

  it.each([
    [2, 30.43, 38.86, 0.72657857008067291],
    [200, 38, 38.86, 0.82021089871907535],
    [1, 1, 1, 0.753650201926064],
  ])('of (x %i, t_x %f, T %f) is %f (mpmath)', (x, tx, T, expected) => {
    expect(relative(bgnbdPAlive(PARAMS, x, tx, T), expected)).toBeLessThan(1e-12);
  });
});

describe('bgnbdConditionalExpected', () => {
  it('gives customer 1 of CDNOW 1.226 (± 0.001) purchases in the next 39 weeks at the fitted parameters', () => {
    const { params } = fitBgnbd(cdnowSummary());
    expect(Math.abs(bgnbdConditionalExpected(params, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.001);
  });

  it.each([
    [39, 2, 30.43, 38.86, 1.2260281747671444],
    [39, 0, 0, 38.86, 0.19509805201126264],
    [39, 200, 38.5, 38.86, 135.05709465062213],
    [520, 5, 30, 38.86, 14.737632176060587],
    [1, 1, 1, 1, 0.16671869415573723],
  ])('in the next %f of (x %i, t_x %f, T %f) is %f (FHL eq. 10 in mpmath)', (t, x, tx, T, expected) => {
    expect(relative(bgnbdConditionalExpected(PARAMS, t, x, tx, T), expected)).toBeLessThan(1e-10);
  });

  it('is 0 for a customer with P(alive) 0 and for an empty horizon', () => {
    expect([bgnbdConditionalExpected(PARAMS, 39, 1000, 10, 100), bgnbdConditionalExpected(PARAMS, 0, 2, 30, 38)]).toEqual([0, 0]);
  });

  it('is continuous through a = 1', () => {
    const at = (a: number) => bgnbdConditionalExpected({ ...PARAMS, a }, 39, 2, 30.43, 38.86);
    expect(at(1)).toBeCloseTo((at(1 - 1e-3) + at(1 + 1e-3)) / 2, 6);
  });
});

describe('bgnbdExpected', () => {
  it.each([
    [1, 0.05326789117165828],
    [39, 1.1967231933208168],
    [78, 1.8605190579427685],
    [520, 4.9746178618496597],
  ])('E[X(%f)] is %f (FHL eq. 9 in mpmath)', (t, expected) => {
    expect(relative(bgnbdExpected(PARAMS, t), expected)).toBeLessThan(1e-10);
  });

  it('equals the mean of P(X(t) = x) over x', () => {
    let mean = 0;
    for (let x = 0; x < 400; x++) mean += x * bgnbdProbabilityOfCount(PARAMS, 39, x);
    expect(mean).toBeCloseTo(bgnbdExpected(PARAMS, 39), 6);
  });
});

describe('bgnbdProbabilityOfCount', () => {
  it('gives the published P(X(39) = 0) = 0.5737864 and P(X(2) = 10) = 1.07869e−07', () => {
    expect(bgnbdProbabilityOfCount(PARAMS, 39, 0)).toBeCloseTo(0.5737864, 7);
    expect(relative(bgnbdProbabilityOfCount(PARAMS, 2, 10), 1.07869e-7)).toBeLessThan(1e-5);
  });

  it('sums to 1 over x', () => {
    let total = 0;
    for (let x = 0; x < 400; x++) total += bgnbdProbabilityOfCount(PARAMS, 39, x);
    expect(total).toBeCloseTo(1, 9);
  });
});

describe('scoreBgnbd', () => {
  it('gives every row the values of the per-customer functions', () => {
    const f64 = (v: number[]) => Float64Array.from(v);
    const summary = { x: f64([0, 2, 1000]), tx: f64([0, 30.43, 10]), T: f64([20, 38.86, 100]) };
    const { pAlive, expected } = scoreBgnbd(PARAMS, summary, 39);
    expect([...pAlive]).toEqual([1, bgnbdPAlive(PARAMS, 2, 30.43, 38.86), 0]);
    expect([...expected]).toEqual([
      bgnbdConditionalExpected(PARAMS, 39, 0, 0, 20),
      bgnbdConditionalExpected(PARAMS, 39, 2, 30.43, 38.86),
      0,
    ]);
  });
});
