import type { RfmSummary } from '../summary-rows';
import { paretoNbdObjective } from './pareto-nbd-objective';
import type { ParetoNbdParams } from './pareto-nbd-params';

/** The Pareto/NBD log-likelihood of a summary (weighted sum over rows; time in the unit of alpha and beta). */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, summary: RfmSummary): number {
  const theta = [params.r, params.alpha, params.s, params.beta].map(Math.log);
  return -paretoNbdObjective(summary)(theta, [0, 0, 0, 0]);
}
