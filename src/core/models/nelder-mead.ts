/** How a minimisation ended. */
export interface Minimum {
  x: number[];
  value: number;
  iterations: number;
  /** True when the simplex shrank below the tolerances before the iteration limit. */
  converged: boolean;
}

/** Options of nelderMead, all optional. */
export interface NelderMeadOptions {
  /** Largest number of iterations (default 5,000). */
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this (absolute, default 1e-10). */
  valueTolerance?: number;
  /** …and its points by less than this in every coordinate (default 1e-8). */
  pointTolerance?: number;
  /** Size of the first simplex's steps from x0, per coordinate (default 0.5, or 10% of |x0| if larger). */
  step?: number;
}

/**
 * The minimum of `f` near `x0` by the Nelder–Mead simplex method (standard coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½). A non-finite value counts as +∞, so `f` may refuse points outside
 * its domain by returning NaN or Infinity.
 */
export function nelderMead(f: (x: number[]) => number, x0: number[], options: NelderMeadOptions = {}): Minimum {
  const { maxIterations = 5000, valueTolerance = 1e-10, pointTolerance = 1e-8, step = 0.5 } = options;
  const n = x0.length;
  const value = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const points: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] = p[i]! + Math.max(step, Math.abs(p[i]!) * 0.1);
    points.push(p);
  }
  let values = points.map(value);
  let iterations = 0;
  let converged = false;
  const combine = (a: number[], b: number[], t: number) => a.map((ai, i) => ai + t * (b[i]! - ai));

  while (iterations < maxIterations) {
    iterations++;
    const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
    const sortedPoints = order.map((i) => points[i]!);
    values = order.map((i) => values[i]!);
    points.splice(0, points.length, ...sortedPoints);

    const best = values[0]!;
    const worst = values[n]!;
    const spread = Math.max(...points.slice(1).map((p) => Math.max(...p.map((c, i) => Math.abs(c - points[0]![i]!)))));
    if (Math.abs(worst - best) <= valueTolerance && spread <= pointTolerance) {
      converged = true;
      break;
    }

    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += points[k]![i]! / n;
    const reflected = combine(centroid, points[n]!, -1);
    const fr = value(reflected);
    if (fr < values[0]!) {
      const expanded = combine(centroid, points[n]!, -2);
      const fe = value(expanded);
      [points[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]!) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const outside = fr < values[n]!;
      const contracted = combine(centroid, outside ? reflected : points[n]!, 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : values[n]!)) {
        [points[n], values[n]] = [contracted, fc];
      } else {
        for (let k = 1; k <= n; k++) {
          points[k] = combine(points[0]!, points[k]!, 0.5);
          values[k] = value(points[k]!);
        }
      }
    }
  }
  const at = values.indexOf(Math.min(...values));
  return { x: points[at]!, value: values[at]!, iterations, converged };
}
