import { logGamma } from '../log-gamma';
import { nelderMead } from '../nelder-mead';
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
  const rows = repeaterGroups(x, mbar, options.weight);
  const scale = rows.total > 0 ? rows.money / rows.total : 1;
  const negative = (v: number[]) =>
    -groupedLogLikelihood(rows, Math.exp(v[0]!), Math.exp(v[1]!), Math.exp(v[2]!));
  const starts = [
    ...BUILT_IN.map(([p, q]) => [p, q, (q - 1) / p]),
    ...(options.starts ?? []).map((s) => [s.p, s.q, s.gamma / scale]),
  ].filter((s) => s.every((v) => v > 0 && Number.isFinite(v)));

  let iterations = 0;
  let rejected = 0;
  let best: { x: number[]; value: number; converged: boolean } | null = null;
  let bestRejected: { x: number[]; value: number; converged: boolean } | null = null;
  for (const start of starts) {
    let result = nelderMead(negative, start.map(Math.log));
    iterations += result.iterations;
    if (result.converged) {
      // A restart from the end rebuilds a simplex that may have collapsed early.
      const again = nelderMead(negative, result.x);
      iterations += again.iterations;
      if (again.value <= result.value) result = again;
    }
    if (!isSane(result.x)) {
      rejected++;
      if (!bestRejected || result.value < bestRejected.value) bestRejected = result;
      continue;
    }
    if (!best || result.value < best.value) best = result;
  }

  const degenerate = !best || (bestRejected !== null && bestRejected.value < best.value - 1e-6);
  // Without a sane end the ridge point is reported (flagged), so the person can see where the search went.
  const chosen = best ?? bestRejected ?? { x: [NaN, NaN, NaN], value: NaN, converged: false };
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
    customers: rows.total,
  };
}

function isSane(logParams: number[]): boolean {
  return logParams.every((v) => Number.isFinite(v) && v >= Math.log(SANE.min) && v <= Math.log(SANE.max));
}

/**
 * Repeaters grouped by x, spend rescaled to mean 1 (the caller divides γ by the same scale). Within a group the
 * terms in Γ and in ln m̄ are sums known in advance, so each likelihood costs one logarithm per row.
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
  money: number;
}

function repeaterGroups(x: Float64Array, mbar: Float64Array, weight?: Float64Array): Groups {
  const members = new Map<number, number[]>();
  let total = 0;
  let money = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const m = mbar[i]!;
    const w = weight ? weight[i]! : 1;
    if (!(xi > 0 && m > 0 && w > 0 && Number.isFinite(xi) && Number.isFinite(m))) continue;
    let list = members.get(xi);
    if (!list) members.set(xi, (list = []));
    list.push(i);
    total += w;
    money += w * m;
  }
  const scale = total > 0 ? money / total : 1;
  const groups: Groups = { xs: [], weight: [], sumLogM: [], xm: [], w: [], total, money };
  for (const [xi, list] of members) {
    const xm = new Float64Array(list.length);
    const w = new Float64Array(list.length);
    let sw = 0;
    let slm = 0;
    list.forEach((i, k) => {
      const m = mbar[i]! / scale;
      w[k] = weight ? weight[i]! : 1;
      xm[k] = xi * m;
      sw += w[k]!;
      slm += w[k]! * Math.log(m);
    });
    groups.xs.push(xi);
    groups.weight.push(sw);
    groups.sumLogM.push(slm);
    groups.xm.push(xm);
    groups.w.push(w);
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
