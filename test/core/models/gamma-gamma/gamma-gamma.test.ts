import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitGammaGamma } from '../../../../src/core/models/gamma-gamma/fit-gamma-gamma';
import { gammaGammaExpectedSpend } from '../../../../src/core/models/gamma-gamma/gamma-gamma-expected-spend';
import { gammaGammaExpectedSpends } from '../../../../src/core/models/gamma-gamma/gamma-gamma-expected-spends';
import { gammaGammaLogLikelihood } from '../../../../src/core/models/gamma-gamma/gamma-gamma-log-likelihood';
import { spendFrequencyCorrelation } from '../../../../src/core/models/gamma-gamma/spend-frequency-correlation';
import { nelderMead } from '../../../../src/core/models/nelder-mead';

/** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar as numbers. */
const cdnow = readFileSync(
  new URL('../../../../../shared/data/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));
const repeaters = cdnow.filter((r) => r[1]! > 0);
const x = Float64Array.from(repeaters, (r) => r[1]!);
const cents = Float64Array.from(repeaters, (r) => Math.round(r[4]! * 100) / 100);
const PUBLISHED = { p: 6.25, q: 3.74, gamma: 15.44 };
const significant = (v: number, digits: number) => Number(v.toPrecision(digits));

describe('Gamma-Gamma log-likelihood', () => {
  it('is the log of the mean-spend density, worked by hand for one customer', () => {
    // x = 2, m̄ = 10, p = 1, q = 2, γ = 5: Γ(4)/(Γ(2)Γ(2)) · 5² · 10¹ · 2² / 25⁴ = 6 · 25 · 10 · 4 / 390625
    const ll = gammaGammaLogLikelihood({ p: 1, q: 2, gamma: 5 }, Float64Array.of(2), Float64Array.of(10));
    expect(ll).toBeCloseTo(Math.log(6000 / 390625), 12);
  });

  it('counts a weighted row as that many customers and skips non-repeaters', () => {
    const params = { p: 2.5, q: 3, gamma: 7 };
    const one = gammaGammaLogLikelihood(params, Float64Array.of(3), Float64Array.of(12));
    const [xs, ms, ws] = [Float64Array.of(3, 0, 2), Float64Array.of(12, 0, 0), Float64Array.of(4, 1, 1)];
    const weighted = gammaGammaLogLikelihood(params, xs, ms, ws);
    expect(weighted).toBeCloseTo(4 * one, 10);
    expect(gammaGammaLogLikelihood({ p: 0, q: 1, gamma: 1 }, x, cents)).toBeNaN();
  });

  it('is −4055.9 at the published parameters on the 946 CDNOW repeaters (zbar in cents)', () => {
    expect(x.length).toBe(946);
    expect(gammaGammaLogLikelihood(PUBLISHED, x, cents)).toBeCloseTo(-4055.9, 1);
  });
});

describe('fitGammaGamma on CDNOW (REFERENCE.md §4)', () => {
  const fit = fitGammaGamma(x, cents);

  it('reproduces p = 6.25, q = 3.74, γ = 15.44 to 3 significant digits and LL −4055.9', () => {
    const { params, logLikelihood, converged, degenerate, rejected, customers } = fit;
    const { p, q, gamma } = params;
    expect([p, q, gamma].map((v) => significant(v, 3))).toEqual([6.25, 3.74, 15.4]);
    expect(logLikelihood).toBeCloseTo(-4055.92, 2);
    expect({ converged, degenerate, rejected, customers }).toEqual({
      converged: true, degenerate: false, rejected: 0, customers: 946,
    });
  });

  it('ends at the same maximum with the data in cents and each customer counted twice', () => {
    const inCents = cents.map((v) => v * 100);
    const doubled = fitGammaGamma(x, inCents, { weight: new Float64Array(946).fill(2) });
    expect(doubled.params.p).toBeCloseTo(fit.params.p, 3);
    expect(doubled.params.q).toBeCloseTo(fit.params.q, 3);
    expect(doubled.params.gamma / 100).toBeCloseTo(fit.params.gamma, 2);
  });

  it('screens starts on a subsample above 20,000 repeaters and still ends at the maximum of all rows', () => {
    // The 946 repeaters 25 times over (23,650 rows) have the same maximum as the 946 once.
    const copies = 25;
    const many = fitGammaGamma(
      Float64Array.from({ length: 946 * copies }, (_, i) => x[i % 946]!),
      Float64Array.from({ length: 946 * copies }, (_, i) => cents[i % 946]!),
    );
    expect(many.customers).toBe(23650);
    expect(many.converged).toBe(true);
    expect(many.params.p).toBeCloseTo(fit.params.p, 3);
    expect(many.params.q).toBeCloseTo(fit.params.q, 3);
    expect(many.params.gamma).toBeCloseTo(fit.params.gamma, 2);
    expect(many.logLikelihood).toBeCloseTo(copies * fit.logLikelihood, 4);
  });

  it('does not end on the degenerate ridge from a poor start, where a plain simplex search does', () => {
    const poor = { p: 1e8, q: 4, gamma: 1e-7 };
    // The hazard: from this start a log-space simplex reports success with p in the hundreds of millions.
    const negative = (v: number[]) =>
      -gammaGammaLogLikelihood({ p: Math.exp(v[0]!), q: Math.exp(v[1]!), gamma: Math.exp(v[2]!) }, x, cents);
    const plain = nelderMead(negative, [poor.p, poor.q, poor.gamma].map(Math.log));
    expect(plain.converged).toBe(true);
    expect(Math.exp(plain.x[0]!)).toBeGreaterThan(1e6);
    expect(-plain.value).toBeLessThan(-4070);

    const guarded = fitGammaGamma(x, cents, { starts: [poor] });
    expect(guarded.starts).toBe(5);
    expect(guarded.rejected).toBe(1);
    expect(guarded.degenerate).toBe(false);
    expect(significant(guarded.params.p, 3)).toBe(6.25);
    expect(guarded.logLikelihood).toBeCloseTo(-4055.92, 2);
  });

  it('says degenerate when the amounts do not vary within customers (the maximum lies on the ridge)', () => {
    // Mean spends from an inverse-gamma population, independent of x (the limit p → ∞ of the model), and
    // one-time repeaters' spends even less spread than frequent ones', which no finite p can produce.
    let seed = 12345;
    const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    const n = 1500;
    const xs = Float64Array.from({ length: n }, () => 1 + Math.floor(uniform() * 6));
    const gamma3 = () => -Math.log(uniform() * uniform() * uniform());
    const ms = Float64Array.from(xs, (xi) => 30 / gamma3() ** (xi === 1 ? 0.8 : 1));
    const result = fitGammaGamma(xs, ms);
    expect([result.degenerate, result.rejected, result.starts]).toEqual([true, 4, 4]);
    expect(result.params.p).toBeGreaterThan(1e4);
    expect(result.params.gamma).toBeLessThan(1e-2);
  });
});

describe('Gamma-Gamma expected spend', () => {
  it('gives the published values for the first 10 CDNOW customers at p 6.25, q 3.74, γ 15.44', () => {
    const first = cdnow.slice(0, 10);
    const spends = gammaGammaExpectedSpends(
      PUBLISHED,
      Float64Array.from(first, (r) => r[1]!),
      Float64Array.from(first, (r) => r[4]!),
    );
    const published = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    expect(spends).toHaveLength(10);
    spends.forEach((v, i) => expect(Math.abs(v - published[i]!)).toBeLessThan(0.1));
  });

  it('is (γ + m̄x)p / (px + q − 1), the population mean without repeats, NaN when q ≤ 1', () => {
    expect(gammaGammaExpectedSpend({ p: 2, q: 3, gamma: 10 }, 4, 25)).toBeCloseTo((110 * 2) / 10, 12);
    expect(gammaGammaExpectedSpend({ p: 2, q: 3, gamma: 10 }, 0, 0)).toBeCloseTo(10, 12);
    expect(gammaGammaExpectedSpend({ p: 2, q: 1, gamma: 10 }, 4, 25)).toBeNaN();
  });
});

describe('spendFrequencyCorrelation', () => {
  it('is 0.113884 on CDNOW, as the lifetimes documentation prints for frequency vs monetary_value', () => {
    const all = Float64Array.from(cdnow, (r) => r[1]!);
    const zbar = Float64Array.from(cdnow, (r) => r[4]!);
    expect(spendFrequencyCorrelation(all, zbar)).toBeCloseTo(0.113884, 6);
  });

  it('is ±1 on a line and NaN without spread', () => {
    const of = Float64Array.of.bind(Float64Array);
    expect(spendFrequencyCorrelation(of(1, 2, 3, 0), of(10, 20, 30, 99))).toBeCloseTo(1, 12);
    expect(spendFrequencyCorrelation(of(1, 2, 3), of(30, 20, 10))).toBeCloseTo(-1, 12);
    expect(spendFrequencyCorrelation(Float64Array.of(2, 2), Float64Array.of(5, 7))).toBeNaN();
  });
});

