import type { ObjectiveWithGradient } from '../optimize/bfgs';
import { LOG_PARAM_LIMIT } from '../optimize/model-fit';
import type { RfmSummary } from '../summary-rows';
import { paretoNbdRow, ROW_GRADIENT, ROW_LOG_KERNEL } from './pareto-nbd-row';

/**
 * The negative Pareto/NBD log-likelihood of a summary and its gradient, as a function of the log-parameters
 * (ln r, ln alpha, ln s, ln beta) with alpha and beta in the summary's time unit (NaN beyond ±LOG_PARAM_LIMIT);
 * x must hold whole numbers ≥ 0. Rows go through paretoNbdRow; ln Γ(r+x)/Γ(r) and its derivative are tabulated once per evaluation.
 */
export function paretoNbdObjective(summary: RfmSummary): ObjectiveWithGradient {
  const { x, tx, T, weight } = summary;
  const n = x.length;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    if (!(xi >= 0) || !Number.isInteger(xi)) {
      throw new RangeError(`Pareto/NBD: frequency must be a whole number ≥ 0 (row ${i})`);
    }
    if (xi > maxX) maxX = xi;
  }
  const logR = new Float64Array(maxX + 1);
  const invR = new Float64Array(maxX + 1);
  const out = new Float64Array(6);

  return (theta, gradient) => {
    if (theta.some((v) => Math.abs(v) > LOG_PARAM_LIMIT)) return Number.NaN;
    const [r, alpha, s, beta] = theta.map(Math.exp) as [number, number, number, number];
    if (![r, alpha, s, beta].every((v) => v > 0 && Number.isFinite(v))) return Number.NaN;
    for (let k = 0; k < maxX; k++) {
      logR[k + 1] = logR[k]! + Math.log(r + k);
      invR[k + 1] = invR[k]! + 1 / (r + k);
    }
    const logAlpha = Math.log(alpha);
    const logBeta = Math.log(beta);
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let gs = 0;
    let gBeta = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const w = weight === undefined ? 1 : weight[i]!;
      paretoNbdRow(r, alpha, s, beta, xi, tx[i]!, T[i]!, out, true);
      ll += w * (logR[xi]! + out[ROW_LOG_KERNEL]!);
      gr += w * (invR[xi]! + out[ROW_GRADIENT]!);
      gAlpha += w * out[ROW_GRADIENT + 1]!;
      gs += w * out[ROW_GRADIENT + 2]!;
      gBeta += w * out[ROW_GRADIENT + 3]!;
      total += w;
    }
    ll += total * (r * logAlpha + s * logBeta);
    gradient[0] = -(gr + total * logAlpha) * r;
    gradient[1] = -(gAlpha + (total * r) / alpha) * alpha;
    gradient[2] = -(gs + total * logBeta) * s;
    gradient[3] = -(gBeta + (total * s) / beta) * beta;
    return -ll;
  };
}
