import { describe, expect, it } from 'vitest';
import { paretoNbdConditionalExpected } from '../../../../src/core/models/pareto-nbd/pareto-nbd-conditional-expected';
import { paretoNbdExpected } from '../../../../src/core/models/pareto-nbd/pareto-nbd-expected';
import { paretoNbdLogLikelihood } from '../../../../src/core/models/pareto-nbd/pareto-nbd-log-likelihood';
import { paretoNbdPAlive } from '../../../../src/core/models/pareto-nbd/pareto-nbd-p-alive';
import { scoreParetoNbd } from '../../../../src/core/models/pareto-nbd/score-pareto-nbd';
import { cdnowSummary } from '../bgnbd/cdnow';

const PARAMS = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const ALPHA_ABOVE_BETA = { r: 0.553, alpha: 20, s: 0.606, beta: 3 };
const relative = (value: number, expected: number) => Math.abs(value / expected - 1);
const one = (x: number, tx: number, T: number) => ({ x: Float64Array.of(x), tx: Float64Array.of(tx), T: Float64Array.of(T) });

// The likelihood Γ(r+x)/Γ(r) αʳ βˢ [(α+T)^−(r+x) (β+T)^−s + s ∫ (α+τ)^−(r+x) (β+τ)^−(s+1) dτ over (tₓ, T)]
// and P(alive) = first term / bracket, integrated numerically with mpmath at 60 digits over 40 sub-intervals.
describe('paretoNbdLogLikelihood and paretoNbdPAlive against direct integration', () => {
  it.each([
    [PARAMS, 0, 0, 38.86, -0.52104629408089031, 0.29528660461689415],
    [PARAMS, 2, 30.43, 38.86, -9.5542832451504058, 0.86916755915301119],
    [PARAMS, 26, 30.86, 31, -39.131671540302775, 0.99791873105515829],
    [PARAMS, 200, 38, 38.86, 78.596573227616627, 0.91108357707254236],
    [ALPHA_ABOVE_BETA, 0, 0, 38.86, -0.22048382669187111, 0.13894375925780987],
    [ALPHA_ABOVE_BETA, 2, 30.43, 38.86, -10.331005486877374, 0.8473032703091537],
    [ALPHA_ABOVE_BETA, 200, 38, 38.86, 43.236876350909557, 0.92754386334488475],
  ])('%o, (x %i, t_x %f, T %f): LL %f, P(alive) %f', (params, x, tx, T, ll, pAlive) => {
    expect(Math.abs(paretoNbdLogLikelihood(params, one(x, tx, T)) - ll)).toBeLessThan(1e-9 * Math.max(1, Math.abs(ll)));
    expect(relative(paretoNbdPAlive(params, x, tx, T), pAlive)).toBeLessThan(1e-10);
  });

  it('is −9595.0 (± 0.1) on CDNOW at the published parameters', () => {
    expect(Math.abs(paretoNbdLogLikelihood(PARAMS, cdnowSummary()) - -9595.0)).toBeLessThan(0.1);
  });

  it('gives the published P(alive | 26, 30.86, 31) = 0.9979 at 0.5534 / 10.5802 / 0.6061 / 11.6562', () => {
    const p = paretoNbdPAlive({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 26, 30.86, 31);
    expect(Math.abs(p - 0.9979)).toBeLessThan(0.001);
  });

  it('stays finite at x = 200 and x = 1000 (P(alive) of a long-silent heavy buyer is 0, not NaN)', () => {
    expect(Number.isFinite(paretoNbdLogLikelihood(PARAMS, one(200, 10, 100)))).toBe(true);
    expect(Number.isFinite(paretoNbdLogLikelihood(PARAMS, one(1000, 10, 100)))).toBe(true);
    expect(paretoNbdPAlive(PARAMS, 1000, 10, 100)).toBe(0);
  });

  it('gives P(alive) below 1 to a one-time buyer, falling with T', () => {
    const early = paretoNbdPAlive(PARAMS, 0, 0, 10);
    const late = paretoNbdPAlive(PARAMS, 0, 0, 50);
    expect(early).toBeLessThan(1);
    expect(late).toBeLessThan(early);
  });
});

describe('paretoNbdConditionalExpected', () => {
  it.each([
    [39, 2, 30.43, 38.86, 1.4551231932576024],
    [39, 0, 0, 38.86, 0.10708146821530885],
    [39, 200, 38, 38.86, 119.8209672070028],
  ])('in the next %f of (x %i, t_x %f, T %f) is %f (mpmath)', (t, x, tx, T, expected) => {
    expect(relative(paretoNbdConditionalExpected(PARAMS, t, x, tx, T), expected)).toBeLessThan(1e-10);
  });

  it('uses the logarithmic limit at s = 1', () => {
    const value = paretoNbdConditionalExpected({ ...PARAMS, s: 1 }, 39, 2, 30.43, 38.86);
    expect(relative(value, 1.1860522822793437)).toBeLessThan(1e-10);
  });
});

describe('paretoNbdExpected', () => {
  it.each([
    [1, 0.050979843245990992],
    [39, 1.2130028442810157],
    [78, 1.9093981293136851],
  ])('E[X(%f)] is %f (rβ/(α(s−1)) [1 − (β/(β+t))^(s−1)])', (t, expected) => {
    expect(relative(paretoNbdExpected(PARAMS, t), expected)).toBeLessThan(1e-12);
  });
});

describe('scoreParetoNbd', () => {
  it('gives every row the values of the per-customer functions', () => {
    const f64 = (v: number[]) => Float64Array.from(v);
    const summary = { x: f64([0, 2, 200]), tx: f64([0, 30.43, 38]), T: f64([20, 38.86, 38.86]) };
    const { pAlive, expected } = scoreParetoNbd(PARAMS, summary, 39);
    const rows = [[0, 0, 20], [2, 30.43, 38.86], [200, 38, 38.86]] as const;
    rows.forEach(([x, tx, T], i) => {
      expect(relative(pAlive[i]!, paretoNbdPAlive(PARAMS, x, tx, T))).toBeLessThan(1e-14);
      expect(relative(expected[i]!, paretoNbdConditionalExpected(PARAMS, 39, x, tx, T))).toBeLessThan(1e-14);
    });
  });
});
