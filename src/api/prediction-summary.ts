import type { CustomerProfiles } from '../core/customer-types';
import type { ModelFitSummary, PurchaseModel } from '../core/prediction-types';
import { PURCHASE_MODEL_FUNCTIONS, type ModelSummary } from './prediction-models';

/**
 * The BG/NBD-family summary of every profile row with a transaction, in units of `unitDays` days (x repeat
 * transaction days, t_x and T), and the profile row of each summary row.
 */
export function summaryOf(
  profiles: CustomerProfiles, unitDays: number,
): { summary: ModelSummary; rows: Int32Array } {
  const picked: number[] = [];
  for (let row = 0; row < profiles.length; row++) if (Number.isFinite(profiles.T[row]!)) picked.push(row);
  const rows = Int32Array.from(picked);
  const x = new Float64Array(rows.length);
  const tx = new Float64Array(rows.length);
  const T = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    x[i] = profiles.frequency[row]!;
    tx[i] = profiles.recency[row]! / unitDays;
    T[i] = profiles.T[row]! / unitDays;
  });
  return { summary: { x, tx, T }, rows };
}

/** One purchase model fitted on `summary`, as the screen shows it; null when the fit failed outright. */
export function fitSummary(model: PurchaseModel, summary: ModelSummary): ModelFitSummary | null {
  const functions = PURCHASE_MODEL_FUNCTIONS[model];
  const t0 = performance.now();
  try {
    const fit = functions.fit(summary);
    if (!Object.values(fit.params).every(Number.isFinite)) return null;
    return {
      params: { ...fit.params },
      logLikelihood: fit.logLikelihood,
      converged: fit.converged,
      iterations: fit.iterations,
      customers: summary.x.length,
      ms: performance.now() - t0,
    };
  } catch {
    return null;
  }
}
