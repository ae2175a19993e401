/**
 * A function to minimise that also writes its gradient: returns f(x) and fills `gradient` (same length as x).
 * A non-finite value means "outside the domain".
 */
export type ObjectiveWithGradient = (x: readonly number[], gradient: number[]) => number;

/** Options of bfgs, all optional. */
export interface BfgsOptions {
  /** Largest number of iterations (default 200). */
  maxIterations?: number;
  /** Converged when every |gradient component| ≤ this × max(1, |f|) (default 1e-9). */
  gradientTolerance?: number;
  /** …or when an iteration improves f by less than this × max(1, |f|) with a tiny step (default 1e-14). */
  valueTolerance?: number;
  /** A starting inverse Hessian (n × n, e.g. from a search on a subsample); default: scaled identity. */
  inverseHessian?: number[][];
}

/** How a BFGS minimisation ended. */
export interface BfgsMinimum {
  x: number[];
  value: number;
  gradient: number[];
  iterations: number;
  /** Function evaluations, line search included. */
  evaluations: number;
  converged: boolean;
  /** The final inverse Hessian approximation, to warm-start a related search. */
  inverseHessian: number[][];
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, ai, i) => sum + ai * b[i]!, 0);

/**
 * The minimum of a smooth `f` near `x0` by BFGS (inverse-Hessian update) with a backtracking Armijo line
 * search; the update is skipped when the curvature condition fails, and the search direction falls back to
 * steepest descent when it stops being a descent direction.
 */
export function bfgs(f: ObjectiveWithGradient, x0: readonly number[], options: BfgsOptions = {}): BfgsMinimum {
  const { maxIterations = 200, gradientTolerance = 1e-9, valueTolerance = 1e-14, inverseHessian } = options;
  const n = x0.length;
  let x = x0.slice();
  let g = new Array<number>(n).fill(0);
  let value = f(x, g);
  let evaluations = 1;
  // Inverse Hessian approximation, row-major; identity until the first step tells us the scale.
  let H = inverseHessian?.map((row) => row.slice()) ?? identity(n);
  if (!Number.isFinite(value)) {
    return { x, value, gradient: g, iterations: 0, evaluations, converged: false, inverseHessian: H };
  }
  let fresh = inverseHessian === undefined;
  let iterations = 0;
  let converged = false;
  const trial = new Array<number>(n).fill(0);
  let gTrial = new Array<number>(n).fill(0);

  while (iterations < maxIterations) {
    const scale = Math.max(1, Math.abs(value));
    if (Math.max(...g.map(Math.abs)) <= gradientTolerance * scale) {
      converged = true;
      break;
    }
    iterations++;
    let p = H.map((row) => -dot(row, g));
    let slope = dot(p, g);
    if (!(slope < 0)) {
      H = identity(n);
      fresh = true;
      p = g.map((gi) => -gi);
      slope = dot(p, g);
    }
    // The first step of a fresh approximation is kept short: the gradient's size says nothing about the scale.
    let step = fresh ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    let next = Number.NaN;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) trial[i] = x[i]! + step * p[i]!;
      next = f(trial, gTrial);
      evaluations++;
      if (Number.isFinite(next) && next <= value + 1e-4 * step * slope) break;
      step *= Number.isFinite(next) ? 0.5 : 0.1;
      next = Number.NaN;
    }
    if (!Number.isFinite(next)) break; // no acceptable step: the gradient test decides convergence below
    const s = trial.map((ti, i) => ti - x[i]!);
    const y = gTrial.map((gi, i) => gi - g[i]!);
    const sy = dot(s, y);
    const improvement = value - next;
    x = trial.slice();
    [g, gTrial] = [gTrial, g];
    value = next;
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        const gamma = sy / dot(y, y);
        H = H.map((row) => row.map((h) => h * gamma));
        fresh = false;
      }
      H = updateInverse(H, s, y, sy);
    }
    if (improvement <= valueTolerance * Math.max(1, Math.abs(value)) && Math.max(...s.map(Math.abs)) < 1e-10) {
      converged = true;
      break;
    }
  }
  if (!converged) converged = Math.max(...g.map(Math.abs)) <= gradientTolerance * Math.max(1, Math.abs(value));
  return { x, value, gradient: g, iterations, evaluations, converged, inverseHessian: H };
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (sᵀy).
function updateInverse(H: number[][], s: number[], y: number[], sy: number): number[][] {
  const rho = 1 / sy;
  const Hy = H.map((row) => dot(row, y));
  const yHy = dot(y, Hy);
  return H.map((row, i) =>
    row.map((h, j) => h - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!),
  );
}
