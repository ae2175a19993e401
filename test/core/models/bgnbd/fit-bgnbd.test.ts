import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood } from '../../../../src/core/models/bgnbd/bgnbd-log-likelihood';
import { fitBgnbd } from '../../../../src/core/models/bgnbd/fit-bgnbd';
import { simulateBgnbd } from '../../../../src/core/models/simulate/simulate-bgnbd';
import { mulberry32 } from '../../../../src/core/sample/mulberry32';
import { cdnowSummary } from './cdnow';

const significant = (value: number, digits: number) => Number(value.toPrecision(digits));

describe('fitBgnbd on CDNOW (2,357 customers, weeks; REFERENCE.md §4)', () => {
  it('reproduces the published parameters to 3 significant digits and LL −9582.4 ± 0.1', () => {
    const fit = fitBgnbd(cdnowSummary());
    const { r, alpha, a, b } = fit.params;
    expect([r, alpha, a, b].map((v) => significant(v, 3))).toEqual([0.243, 4.41, 0.793, 2.43]);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.1);
    expect([fit.converged, fit.atBoundary, fit.starts]).toEqual([true, false, 4]);
  });

  it('gives the same fit whatever the time unit (days: alpha × 7, LL − Σx ln 7)', () => {
    const weeks = cdnowSummary();
    const days = { x: weeks.x, tx: weeks.tx.map((t) => t * 7), T: weeks.T.map((t) => t * 7) };
    const inWeeks = fitBgnbd(weeks);
    const inDays = fitBgnbd(days);
    expect(inDays.params.alpha / 7 / inWeeks.params.alpha - 1).toBeCloseTo(0, 6);
    expect(inDays.params.b / inWeeks.params.b - 1).toBeCloseTo(0, 6);
    expect(inDays.logLikelihood - (inWeeks.logLikelihood - 2457 * Math.log(7))).toBeCloseTo(0, 5);
  });

  it('returns the maximum: its LL is above the published parameters and nearby points', () => {
    const summary = cdnowSummary();
    const fit = fitBgnbd(summary);
    const published = bgnbdLogLikelihood({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, summary);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(published);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.99, 1.01]) {
        const moved = bgnbdLogLikelihood({ ...fit.params, [key]: fit.params[key] * factor }, summary);
        expect(moved).toBeLessThan(fit.logLikelihood);
      }
    }
  });
});

describe('fitBgnbd edge cases', () => {
  it('reports an empty summary as not converged', () => {
    const empty = new Float64Array(0);
    expect(fitBgnbd({ x: empty, tx: empty, T: empty }).converged).toBe(false);
  });

  it('flags a fit whose parameters run off to 0 or ∞ (five customers; nobody buys again) as not converged', () => {
    const f64 = (v: number[]) => Float64Array.from(v);
    const few = fitBgnbd({ x: f64([0, 1, 3, 0, 2]), tx: f64([0, 5, 20, 0, 8]), T: f64([30, 30, 25, 10, 12]) });
    const none = fitBgnbd({ x: new Float64Array(50), tx: new Float64Array(50), T: f64(Array.from({ length: 50 }, (_, i) => 10 + i)) });
    expect([few.atBoundary, few.converged, none.atBoundary, none.converged]).toEqual([true, false, true, false]);
    expect(Number.isFinite(few.logLikelihood) && Number.isFinite(none.logLikelihood)).toBe(true);
  });

  it('starts from given points (in the caller\'s unit) and still finds the CDNOW maximum', () => {
    const fit = fitBgnbd(cdnowSummary(), { starts: [[2, 50, 3, 1]] });
    expect(fit.starts).toBe(1);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.1);
  });
});

describe('fitBgnbd on 100,000 customers simulated from known parameters', () => {
  it('recovers r and alpha within 3%, a and b within 10%, and the truth is inside the 99.9% LR region', () => {
    const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const random = mulberry32(7);
    const Ts = Float64Array.from({ length: 100_000 }, () => 26 + 26 * random());
    const summary = simulateBgnbd(truth, 100_000, Ts, 1);
    const fit = fitBgnbd(summary);
    const error = (key: keyof typeof truth) => Math.abs(fit.params[key] / truth[key] - 1);
    expect(fit.converged).toBe(true);
    expect([error('r'), error('alpha')].every((e) => e < 0.03)).toBe(true);
    // a and b have standard errors of about 3% and 4% at this size and these parameters (inverse Hessian).
    expect([error('a'), error('b')].every((e) => e < 0.1)).toBe(true);
    // 2 (LL(fit) − LL(truth)) is χ²(4) when the simulator and the likelihood agree; 18.47 is its 99.9% point.
    const ratio = 2 * (fit.logLikelihood - bgnbdLogLikelihood(truth, summary));
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(18.47);
  });
});
