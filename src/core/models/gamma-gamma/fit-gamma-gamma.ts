import { logGamma } from '../log-gamma';
import { nelderMead, type Minimum } from '../nelder-mead';
import { gammaGammaLogLikelihood } from './gamma-gamma-log-likelihood';
import type { GammaGammaParams } from './types';

/** Options of fitGammaGamma, all optional. */
export interface GammaGammaFitOptions {
  /** How many customers each row stands for (default 1 each). */
  weight?: Float64Array;
  /** Extra starting points (money unit of the data), tried after the built-in ones. */
  starts?: GammaGammaParams[];
}

/** A Gamma-Gamma fit and how it went. */
export interface GammaGammaFit {
  /** The sane maximum; when there is none (`degenerate`), the best rejected end, to show where it ran off. */
  params: GammaGammaParams;
  /** Natural-log likelihood at `params` (gammaGammaLogLikelihood); NaN when nothing could be fitted. */
  logLikelihood: number;
  /** The simplex search that gave `params` met its tolerances. */
  converged: boolean;
  /** Simplex iterations over all starts. */
  iterations: number;
  /** Number of starting points tried. */
  starts: number;
  /** Starts whose search ended outside the sane range (`SANE`) or on the degenerate ridge: not used. */
  rejected: number;
  /**
   * True when no search ended at sane parameters, or a rejected one (p → ∞, γ → 0) fits better than every sane
   * one: the data then say the amounts hardly vary within a customer, and the fit should not be trusted.
   */
  degenerate: boolean;
  /** Repeaters fitted (x > 0 and mbar > 0), weighted. */
  customers: number;
}

/** Sane range of p and q; γ is checked relative to the mean spend. Beyond it lies the ridge p → ∞, γ → 0. */
const SANE = { min: 1e-4, max: 1e4 } as const;
/** Above this many repeaters, starts are screened on an evenly spaced subsample of about this many. */
const SCREEN_ROWS = 20_000;
/** Built-in starts in spend rescaled to mean 1: (p, q), with γ set so that the mean spend pγ/(q−1) is 1. */
const BUILT_IN = [
  [1, 2],
  [10, 2],
  [1, 5],
  [10, 5],
] as const;

/**
 * Maximum-likelihood Gamma-Gamma fit (Fader, Hardie & Lee 2005, JMR) to repeaters with `x` repeat purchases of
 * mean amount `mbar` (any money unit; γ comes out in it); rows with x ≤ 0 or mbar ≤ 0 are left out. The
 * likelihood has a degenerate ridge (p → ∞, γ → 0, pγ fixed) onto which a simplex search can slide while
 * reporting success, so the search runs in log-parameters on spend rescaled to mean 1, from several starts;
 * ends outside the sane range are rejected and counted, and `degenerate` says when no sane maximum exists.
 */
export function fitGammaGamma(
  x: Float64Array,
  mbar: Float64Array,
  options: GammaGammaFitOptions = {},
): GammaGammaFit {
  const all = repeaterRows(x, mbar, options.weight);
  const scale = all.total > 0 ? all.money / all.total : 1;
  const full = groupsOf(all, scale, 1);
  // Starts are screened on an evenly spaced subsample; only the best end is searched again on every row.
  const stride = Math.ceil(all.rows.length / SCREEN_ROWS);
  const screen = stride > 1 ? groupsOf(all, scale, stride) : full;
  const starts = [
    ...BUILT_IN.map(([p, q]) => [p, q, (q - 1) / p]),
    ...(options.starts ?? []).map((s) => [s.p, s.q, s.gamma / scale]),
  ].filter((s) => s.every((v) => v > 0 && Number.isFinite(v)));

  let iterations = 0;
  let rejected = 0;
  let best: Minimum | null = null;
  let bestRejected: Minimum | null = null;
  for (const start of starts) {
    const result = search(screen, start.map(Math.log));
    iterations += result.iterations;
    if (!isSane(result.x)) {
      rejected++;
      if (!bestRejected || result.value < bestRejected.value) bestRejected = result;
      continue;
    }
    if (!best || result.value < best.value) best = result;
  }
  let degenerate = !best || (bestRejected !== null && bestRejected.value < best.value - 1e-9);
  // Without a sane end the ridge point is reported (flagged), so the person can see where the search went.
  const nothing = { x: [NaN, NaN, NaN], value: NaN, iterations: 0, converged: false };
  let chosen: Minimum = best ?? bestRejected ?? nothing;
  if (screen !== full && best) {
    chosen = search(full, best.x);
    iterations += chosen.iterations;
    if (!isSane(chosen.x)) degenerate = true;
  }

  const [p, q, gamma] = chosen.x.map(Math.exp) as [number, number, number];
  const params = { p, q, gamma: gamma * scale };
  return {
    params,
    logLikelihood: gammaGammaLogLikelihood(params, x, mbar, options.weight),
    converged: chosen.converged,
    iterations,
    starts: starts.length,
    rejected,
    degenerate,
    customers: all.total,
  };
}

/** A simplex search of the mean negative log-likelihood per customer, restarted once from its end. */
function search(groups: Groups, logStart: number[]): Minimum {
  const negative = (v: number[]) =>
    -groupedLogLikelihood(groups, Math.exp(v[0]!), Math.exp(v[1]!), Math.exp(v[2]!)) / groups.total;
  const first = nelderMead(negative, logStart);
  if (!first.converged) return first;
  // A restart rebuilds a simplex that may have collapsed early.
  const again = nelderMead(negative, first.x);
  const iterations = first.iterations + again.iterations;
  return again.value <= first.value ? { ...again, iterations } : { ...first, iterations };
}

function isSane(logParams: number[]): boolean {
  return logParams.every((v) => Number.isFinite(v) && v >= Math.log(SANE.min) && v <= Math.log(SANE.max));
}

/** The repeater rows (x > 0, mbar > 0, weight > 0) and their weighted count and money. */
interface Repeaters {
  rows: number[];
  x: Float64Array;
  mbar: Float64Array;
  weight?: Float64Array;
  total: number;
  money: number;
}

function repeaterRows(x: Float64Array, mbar: Float64Array, weight?: Float64Array): Repeaters {
  const rows: number[] = [];
  let total = 0;
  let money = 0;
  for (let i = 0; i < x.length; i++) {
    const w = weight ? weight[i]! : 1;
    const valid = x[i]! > 0 && mbar[i]! > 0 && w > 0 && Number.isFinite(x[i]!) && Number.isFinite(mbar[i]!);
    if (!valid) continue;
    rows.push(i);
    total += w;
    money += w * mbar[i]!;
  }
  return { rows, x, mbar, weight, total, money };
}

/**
 * Every `stride`-th repeater grouped by x, spend divided by `scale` (γ is then in the rescaled unit). Within a
 * group the terms in Γ and in ln m̄ are sums known in advance: each likelihood costs one logarithm per row.
 */
interface Groups {
  /** Distinct x values. */
  xs: number[];
  /** Per group: Σw, Σ w·ln m̄ (rescaled), and the rows' x·m̄ (rescaled) and weights. */
  weight: number[];
  sumLogM: number[];
  xm: Float64Array[];
  w: Float64Array[];
  total: number;
}

function groupsOf(r: Repeaters, scale: number, stride: number): Groups {
  const members = new Map<number, number[]>();
  for (let k = 0; k < r.rows.length; k += stride) {
    const i = r.rows[k]!;
    let list = members.get(r.x[i]!);
    if (!list) members.set(r.x[i]!, (list = []));
    list.push(i);
  }
  const groups: Groups = { xs: [], weight: [], sumLogM: [], xm: [], w: [], total: 0 };
  for (const [xi, list] of members) {
    const xm = new Float64Array(list.length);
    const w = new Float64Array(list.length);
    let sw = 0;
    let slm = 0;
    list.forEach((i, k) => {
      const m = r.mbar[i]! / scale;
      w[k] = r.weight ? r.weight[i]! : 1;
      xm[k] = xi * m;
      sw += w[k]!;
      slm += w[k]! * Math.log(m);
    });
    groups.xs.push(xi);
    groups.weight.push(sw);
    groups.sumLogM.push(slm);
    groups.xm.push(xm);
    groups.w.push(w);
    groups.total += sw;
  }
  return groups;
}

/** gammaGammaLogLikelihood on the rescaled groups, with γ in rescaled units. */
function groupedLogLikelihood(g: Groups, p: number, q: number, gamma: number): number {
  if (!(p > 0 && q > 0 && gamma > 0)) return Number.NaN;
  const shared = q * Math.log(gamma) - logGamma(q);
  let sum = 0;
  for (let k = 0; k < g.xs.length; k++) {
    const xi = g.xs[k]!;
    const px = p * xi;
    const xm = g.xm[k]!;
    const w = g.w[k]!;
    let tail = 0;
    for (let j = 0; j < xm.length; j++) tail += w[j]! * Math.log(gamma + xm[j]!);
    sum +=
      g.weight[k]! * (logGamma(px + q) - logGamma(px) + shared + px * Math.log(xi)) +
      (px - 1) * g.sumLogM[k]! -
      (px + q) * tail;
  }
  return sum;
}
