import { multiStartMinimum } from '../optimize/multi-start';
import { atBoundary, type FitOptions, type ModelFit } from '../optimize/model-fit';
import { strideSubsample } from '../optimize/subsample';
import { timeScaled } from '../optimize/time-scale';
import { compressSummary, type RfmSummary } from '../summary-rows';
import { bgnbdObjective } from './bgnbd-objective';
import type { BgnbdParams } from './bgnbd-params';

// (r, a, b) of the default starts; alpha is set so that r / alpha matches the observed purchase rate.
const DEFAULT_SHAPES = [
  [1, 1, 1],
  [0.3, 0.8, 2.5],
  [3, 0.3, 3],
  [0.5, 2, 8],
] as const;

/**
 * BG/NBD parameters by maximum likelihood (alpha in the summary's time unit): identical rows are merged,
 * time is rescaled so the largest T is 10 while searching, and BFGS over the log-parameters runs from
 * several starts (screened on a subsample of large summaries, the best then polished on all rows).
 */
export function fitBgnbd(summary: RfmSummary, options: FitOptions = {}): ModelFit<BgnbdParams> {
  const compressed = compressSummary(summary.x, summary.tx, summary.T, summary.weight);
  const { summary: scaled, scale } = timeScaled(compressed);
  const full = bgnbdObjective(scaled);
  const screenRows = options.screenRows ?? 5_000;
  const rows = scaled.x.length;
  const screen = rows > screenRows ? bgnbdObjective(strideSubsample(scaled, Math.ceil(rows / screenRows))) : undefined;

  let purchases = 0;
  let time = 0;
  for (let i = 0; i < rows; i++) {
    purchases += scaled.weight![i]! * scaled.x[i]!;
    time += scaled.weight![i]! * scaled.T[i]!;
  }
  const rate = purchases > 0 && time > 0 ? purchases / time : 0.1;
  const starts = options.starts
    ? options.starts.map(([r, alpha, a, b]) => [r!, alpha! / scale, a!, b!].map(Math.log))
    : DEFAULT_SHAPES.map(([r, a, b]) => [r, r / rate, a, b].map(Math.log));

  const best = multiStartMinimum(full, starts, { screen, maxIterations: options.maxIterations });
  const [r, alpha, a, b] = best.x.map(Math.exp) as [number, number, number, number];
  const params = { r, alpha: alpha * scale, a, b };
  // The likelihood is a density in the x purchase times: in the caller's unit it is the scaled one − Σ w·x·ln(scale).
  const logLikelihood = -best.value - purchases * Math.log(scale);
  const boundary = atBoundary(best.x);
  // An empty summary has nothing to fit; a boundary solution is no maximum.
  const converged = best.converged && rows > 0 && !boundary;
  return { params, logLikelihood, converged, iterations: best.iterations, starts: starts.length, atBoundary: boundary };
}
