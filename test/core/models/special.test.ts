import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/core/models/log-gamma';
import { nelderMead } from '../../../src/core/models/nelder-mead';

describe('logGamma', () => {
  it.each([
    [1, 0], [2, 0], [3, Math.log(2)], [10, Math.log(362880)], [0.5, 0.5 * Math.log(Math.PI)],
    [100, 359.1342053695754], [1e-3, 6.907178885383854], [171.5, 709.1431630309282], [1e5, 1051287.7089736566],
  ])('ln Γ(%f) = %f (Python math.lgamma)', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-10 * Math.max(1, Math.abs(expected)));
  });

  it('is NaN outside its domain', () => {
    expect([logGamma(0), logGamma(-1), logGamma(Number.NaN)]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });
});

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const rosenbrock = ([x, y]: number[]) => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it('stays inside a domain given by non-finite values', () => {
    const f = ([x]: number[]) => (x! <= 0 ? Number.NaN : x! - Math.log(x!)); // minimum at x = 1
    const result = nelderMead(f, [3]);
    expect(result.x[0]).toBeCloseTo(1, 6);
  });
});
