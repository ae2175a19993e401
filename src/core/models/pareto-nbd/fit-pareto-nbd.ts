import { multiStartMinimum } from '../optimize/multi-start';
import { atBoundary, type FitOptions, type ModelFit } from '../optimize/model-fit';
import { strideSubsample } from '../optimize/subsample';
import { timeScaled } from '../optimize/time-scale';
import { compressSummary, type RfmSummary } from '../summary-rows';
import { paretoNbdObjective } from './pareto-nbd-objective';
import type { ParetoNbdParams } from './pareto-nbd-params';

// (r, s, mean lifetime as a multiple of the mean T) of the default starts; alpha follows the purchase rate.
// The likelihood is flat in beta, so the starts spread the lifetime widely.
const DEFAULT_SHAPES = [
  [1, 1, 1],
  [0.5, 0.5, 3],
  [0.5, 1, 0.3],
  [2, 0.3, 1],
] as const;

/**
 * Pareto/NBD parameters by maximum likelihood (alpha and beta in the summary's time unit): identical rows
 * are merged, time is rescaled so the largest T is 10 while searching, and BFGS with the analytic gradient
 * over the log-parameters runs from several starts (screened on a subsample of large summaries, the best then
 * polished on all rows).
 */
export function fitParetoNbd(summary: RfmSummary, options: FitOptions = {}): ModelFit<ParetoNbdParams> {
  const compressed = compressSummary(summary.x, summary.tx, summary.T, summary.weight);
  const { summary: scaled, scale } = timeScaled(compressed);
  const full = paretoNbdObjective(scaled);
  const screenRows = options.screenRows ?? 5_000;
  const rows = scaled.x.length;
  const screen =
    rows > screenRows ? paretoNbdObjective(strideSubsample(scaled, Math.ceil(rows / screenRows))) : undefined;

  let purchases = 0;
  let time = 0;
  let customers = 0;
  for (let i = 0; i < rows; i++) {
    purchases += scaled.weight![i]! * scaled.x[i]!;
    time += scaled.weight![i]! * scaled.T[i]!;
    customers += scaled.weight![i]!;
  }
  const rate = purchases > 0 && time > 0 ? purchases / time : 0.1;
  const meanT = customers > 0 && time > 0 ? time / customers : 1;
  const starts = options.starts
    ? options.starts.map(([r, alpha, s, beta]) => [r!, alpha! / scale, s!, beta! / scale].map(Math.log))
    : DEFAULT_SHAPES.map(([r, s, lifetime]) => [r, r / rate, s, s * lifetime * meanT].map(Math.log));

  const best = multiStartMinimum(full, starts, { screen, maxIterations: options.maxIterations });
  const [r, alpha, s, beta] = best.x.map(Math.exp) as [number, number, number, number];
  const params = { r, alpha: alpha * scale, s, beta: beta * scale };
  // The likelihood is a density in the x purchase times: in the caller's unit it is the scaled one − Σ w·x·ln(scale).
  const logLikelihood = -best.value - purchases * Math.log(scale);
  const boundary = atBoundary(best.x);
  // An empty summary has nothing to fit; a boundary solution is no maximum.
  const converged = best.converged && rows > 0 && !boundary;
  return { params, logLikelihood, converged, iterations: best.iterations, starts: starts.length, atBoundary: boundary };
}
