/** A fitted model: maximum-likelihood parameters and how the search ended. */
export interface ModelFit<P> {
  params: P;
  /** Log-likelihood of the whole summary at `params`, in the caller's time unit (weighted sum over rows). */
  logLikelihood: number;
  /** True when the best start ended with a vanishing gradient. */
  converged: boolean;
  /** BFGS iterations of the winning search (screening on a subsample not counted). */
  iterations: number;
  /** Number of starting points tried. */
  starts: number;
  /**
   * True when a parameter ran off towards 0 or ∞ (below 1e−5 or above 1e5 once time is rescaled so the largest
   * T is 10): the data cannot pin the model down (typically too few repeat buyers); `converged` is then false.
   */
  atBoundary: boolean;
}

/** Log-parameters beyond ±this (scaled time) are outside the search domain: the objectives return NaN there. */
export const LOG_PARAM_LIMIT = 15;

/** Whether scaled log-parameters lie beyond ±ln 1e5, where a fit counts as at the boundary. */
export function atBoundary(theta: readonly number[]): boolean {
  return theta.some((v) => Math.abs(v) > Math.log(1e5));
}

/** Options of the model fitters, all optional. */
export interface FitOptions {
  /**
   * Starting points in the model's parameter order ([r, alpha, a, b] or [r, alpha, s, beta]) and the caller's
   * time unit; the default is a fixed spread of four.
   */
  starts?: number[][];
  /** Above this many (compressed) rows, starts are screened on an evenly spaced subsample (default 5,000). */
  screenRows?: number;
  /** Largest number of BFGS iterations per search (default 200). */
  maxIterations?: number;
}
