import { bfgs, type ObjectiveWithGradient } from './bfgs';

/** The best of several BFGS searches. */
export interface MultiStartMinimum {
  x: number[];
  value: number;
  converged: boolean;
  iterations: number;
  starts: number;
}

/**
 * Minimises `full` from each start and keeps the best; when `screen` (a cheap stand-in, e.g. the objective
 * on a subsample) is given, the starts are searched on it and only the best point is polished on `full`.
 */
export function multiStartMinimum(
  full: ObjectiveWithGradient,
  starts: number[][],
  options: { screen?: ObjectiveWithGradient; maxIterations?: number } = {},
): MultiStartMinimum {
  const { screen, maxIterations = 200 } = options;
  const search = screen ?? full;
  let best: ReturnType<typeof bfgs> | null = null;
  for (const start of starts) {
    const found = bfgs(search, start, { maxIterations });
    if (Number.isFinite(found.value) && (best === null || found.value < best.value)) best = found;
  }
  if (best === null) {
    return { x: starts[0]!.slice(), value: Number.NaN, converged: false, iterations: 0, starts: starts.length };
  }
  // The subsample's weights are scaled up to the full size: its curvature is a good first guess for the polish.
  if (screen !== undefined) best = bfgs(full, best.x, { maxIterations, inverseHessian: best.inverseHessian });
  return { x: best.x, value: best.value, converged: best.converged, iterations: best.iterations, starts: starts.length };
}
