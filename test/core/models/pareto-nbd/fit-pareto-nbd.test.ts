import { describe, expect, it } from 'vitest';
import { fitParetoNbd } from '../../../../src/core/models/pareto-nbd/fit-pareto-nbd';
import { paretoNbdLogLikelihood } from '../../../../src/core/models/pareto-nbd/pareto-nbd-log-likelihood';
import { simulateParetoNbd } from '../../../../src/core/models/simulate/simulate-pareto-nbd';
import { mulberry32 } from '../../../../src/core/sample/mulberry32';
import { cdnowSummary } from '../bgnbd/cdnow';

describe('fitParetoNbd on CDNOW (2,357 customers, weeks; REFERENCE.md §4)', () => {
  it('reproduces r 0.553, α 10.578, s 0.606, β 11.669 (± 0.5%) and LL −9595.0 ± 0.1', () => {
    const fit = fitParetoNbd(cdnowSummary());
    const published = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    const errors = (['r', 'alpha', 's', 'beta'] as const).map((key) => Math.abs(fit.params[key] / published[key] - 1));
    expect(errors.every((e) => e < 0.005)).toBe(true);
    expect(Math.abs(fit.logLikelihood - -9595.0)).toBeLessThan(0.1);
    expect(fit.converged).toBe(true);
  });

  it('returns the maximum: nearby points have a lower LL', () => {
    const summary = cdnowSummary();
    const fit = fitParetoNbd(summary);
    for (const key of ['r', 'alpha', 's', 'beta'] as const) {
      for (const factor of [0.99, 1.01]) {
        expect(paretoNbdLogLikelihood({ ...fit.params, [key]: fit.params[key] * factor }, summary)).toBeLessThan(fit.logLikelihood);
      }
    }
  });
});

describe('fitParetoNbd edge cases', () => {
  it('flags a fit whose parameters run off to 0 or ∞ (five customers) as not converged', () => {
    const f64 = (v: number[]) => Float64Array.from(v);
    const few = fitParetoNbd({ x: f64([0, 1, 3, 0, 2]), tx: f64([0, 5, 20, 0, 8]), T: f64([30, 30, 25, 10, 12]) });
    expect([few.atBoundary, few.converged, Number.isFinite(few.logLikelihood)]).toEqual([true, false, true]);
  });

  it('gives the same fit in days: alpha and beta × 7, LL − Σx ln 7', () => {
    const weeks = cdnowSummary();
    const inWeeks = fitParetoNbd(weeks);
    const inDays = fitParetoNbd({ x: weeks.x, tx: weeks.tx.map((t) => t * 7), T: weeks.T.map((t) => t * 7) });
    expect(inDays.params.alpha / 7 / inWeeks.params.alpha - 1).toBeCloseTo(0, 5);
    expect(inDays.params.beta / 7 / inWeeks.params.beta - 1).toBeCloseTo(0, 5);
    expect(inDays.logLikelihood - (inWeeks.logLikelihood - 2457 * Math.log(7))).toBeCloseTo(0, 4);
  });
});

describe('fitParetoNbd on 100,000 customers simulated from known parameters', () => {
  it('recovers every parameter within 3%, and the truth is inside the 99.9% LR region', () => {
    const truth = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    const random = mulberry32(7);
    const Ts = Float64Array.from({ length: 100_000 }, () => 26 + 26 * random());
    const summary = simulateParetoNbd(truth, 100_000, Ts, 2);
    const fit = fitParetoNbd(summary);
    const errors = (['r', 'alpha', 's', 'beta'] as const).map((key) => Math.abs(fit.params[key] / truth[key] - 1));
    expect(fit.converged).toBe(true);
    expect(errors.every((e) => e < 0.03)).toBe(true);
    const ratio = 2 * (fit.logLikelihood - paretoNbdLogLikelihood(truth, summary));
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(18.47); // χ²(4), 99.9%
  });
});
