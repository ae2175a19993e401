import type { RfmSummary } from '../summary-rows';
import { bgnbdObjective } from './bgnbd-objective';
import type { BgnbdParams } from './bgnbd-params';

/** The BG/NBD log-likelihood of a summary (weighted sum over rows; time in the unit of alpha and the summary). */
export function bgnbdLogLikelihood(params: BgnbdParams, summary: RfmSummary): number {
  const theta = [params.r, params.alpha, params.a, params.b].map(Math.log);
  return -bgnbdObjective(summary)(theta, [0, 0, 0, 0]);
}
