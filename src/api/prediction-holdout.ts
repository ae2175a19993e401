import { dayToIso } from '../core/dates';
import { calibrationHoldout } from '../core/models/holdout/calibration-holdout';
import { holdoutComparison, type HoldoutComparison } from '../core/models/holdout/holdout-comparison';
import { PURCHASE_MODELS, type HoldoutCheck, type PurchaseModel } from '../core/prediction-types';
import type { OrderTable } from '../core/types';
import { PURCHASE_MODEL_FUNCTIONS } from './prediction-models';
import { fitSummary } from './prediction-summary';

/**
 * The holdout check: both purchase models fitted on the transactions up to `calibrationEndDay` (day
 * number) and compared with the cohort's repeat purchases after it, up to `endDay`. Time in units of
 * `unitDays` days. Null when the calibration period has too few customers (`minCustomers`) or repeat
 * buyers (`minRepeaters`) to fit.
 */
export function predictionHoldout(
  orders: OrderTable, calibrationEndDay: number, endDay: number, unitDays: number,
  minCustomers: number, minRepeaters: number,
): HoldoutCheck | null {
  const data = calibrationHoldout(orders, calibrationEndDay, endDay, unitDays);
  let repeaters = 0;
  for (let i = 0; i < data.x.length; i++) if (data.x[i]! > 0) repeaters++;
  if (data.ids.length < minCustomers || repeaters < minRepeaters) return null;

  const summary = { x: data.x, tx: data.tx, T: data.T };
  const fits: HoldoutCheck['fits'] = { bgnbd: null, paretoNbd: null };
  const compared: Record<PurchaseModel, HoldoutComparison | null> = { bgnbd: null, paretoNbd: null };
  for (const model of PURCHASE_MODELS) {
    const fitted = fitSummary(model, summary);
    if (!fitted) continue;
    fits[model] = fitted;
    const f = PURCHASE_MODEL_FUNCTIONS[model];
    compared[model] = holdoutComparison(data, {
      conditionalExpected: (t, x, tx, T) => f.conditionalExpected(fitted.params, t, x, tx, T),
      expected: (t) => f.expected(fitted.params, t),
    });
  }
  const reference = compared.bgnbd ?? compared.paretoNbd;
  if (!reference) return null;

  const byFrequency: HoldoutCheck['byFrequency'] = [];
  reference.byFrequency.forEach((group, k) => {
    if (group.customers === 0) return;
    byFrequency.push({
      x: group.x, orMore: group.orMore, customers: group.customers, actual: group.actual,
      bgnbd: compared.bgnbd?.byFrequency[k]?.predicted ?? Number.NaN,
      paretoNbd: compared.paretoNbd?.byFrequency[k]?.predicted ?? Number.NaN,
    });
  });
  const { endDay: periodEnds, actual } = reference.cumulative;
  const cumulative: HoldoutCheck['cumulative'] = Array.from(periodEnds, (day, k) => ({
    day: dayToIso(day),
    actual: actual[k]!,
    bgnbd: compared.bgnbd?.cumulative.predicted[k] ?? Number.NaN,
    paretoNbd: compared.paretoNbd?.cumulative.predicted[k] ?? Number.NaN,
  }));

  return {
    calibrationEnd: dayToIso(calibrationEndDay),
    holdoutEnd: dayToIso(endDay),
    customers: data.ids.length,
    byFrequency,
    cumulative,
    errors: { bgnbd: compared.bgnbd?.errors ?? null, paretoNbd: compared.paretoNbd?.errors ?? null },
    fits,
  };
}
