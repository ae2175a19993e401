import { describe, expect, it } from 'vitest';
import { bgnbdExpected } from '../../../../src/core/models/bgnbd/bgnbd-expected';
import { bgnbdProbabilityOfCount } from '../../../../src/core/models/bgnbd/bgnbd-probability-of-count';
import { paretoNbdExpected } from '../../../../src/core/models/pareto-nbd/pareto-nbd-expected';
import { simulateBgnbd } from '../../../../src/core/models/simulate/simulate-bgnbd';
import { simulateParetoNbd } from '../../../../src/core/models/simulate/simulate-pareto-nbd';
import type { RfmSummary } from '../../../../src/core/models/summary-rows';

const BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const N = 100_000;

function meanAndError(values: Float64Array): { mean: number; error: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, error: Math.sqrt(variance / values.length) };
}

function wellFormed(summary: RfmSummary, T: number): boolean {
  return summary.x.every((x, i) => {
    const tx = summary.tx[i]!;
    return Number.isInteger(x) && x >= 0 && tx >= 0 && tx <= T && (x === 0) === (tx === 0) && summary.T[i] === T;
  });
}

describe.each([
  ['simulateBgnbd', (n: number, T: number | Float64Array, seed: number) => simulateBgnbd(BGNBD, n, T, seed), (t: number) => bgnbdExpected(BGNBD, t)],
  ['simulateParetoNbd', (n: number, T: number | Float64Array, seed: number) => simulateParetoNbd(PARETO, n, T, seed), (t: number) => paretoNbdExpected(PARETO, t)],
] as const)('%s', (_, simulate, expected) => {
  it('gives well-formed summaries: whole x, 0 ≤ t_x ≤ T, t_x = 0 exactly when x = 0', () => {
    expect(wellFormed(simulate(20_000, 39, 1), 39)).toBe(true);
  });

  it('repeats itself for a seed and changes with it', () => {
    const first = simulate(1000, 39, 5);
    expect(simulate(1000, 39, 5)).toEqual(first);
    expect(simulate(1000, 39, 6).x).not.toEqual(first.x);
  });

  it('takes one T per customer', () => {
    const Ts = Float64Array.from([10, 20, 30]);
    expect([...simulate(3, Ts, 1).T]).toEqual([10, 20, 30]);
  });

  it.each([39, 78])('makes on average E[X(%i)] repeat purchases (within 4 standard errors)', (T) => {
    const { mean, error } = meanAndError(simulate(N, T, 9).x);
    expect(Math.abs(mean - expected(T))).toBeLessThan(4 * error);
  });
});

describe('simulateBgnbd, count distribution', () => {
  it('matches P(X(39) = x) for x = 0…4 (within 4 standard errors)', () => {
    const { x } = simulateBgnbd(BGNBD, N, 39, 13);
    for (let count = 0; count <= 4; count++) {
      const p = bgnbdProbabilityOfCount(BGNBD, 39, count);
      const share = x.filter((v) => v === count).length / N;
      expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
    }
  });
});
