import type { HoldoutErrors } from '../../prediction-types';
import type { CalibrationHoldout } from './calibration-holdout';

/** What a purchase model must answer for a holdout check; time in the cohort's units. */
export interface PurchaseModelFunctions {
  /** E[X(t) | x, t_x, T]: expected purchases in the next t units of a customer with this summary. */
  conditionalExpected: (t: number, x: number, tx: number, T: number) => number;
  /** E[X(t)]: expected repeat purchases in the first t units after a customer's first purchase. */
  expected: (t: number) => number;
}

/** Mean holdout purchases of customers with `x` calibration repeat purchases (or more, in the last group). */
export interface FrequencyGroup {
  x: number;
  orMore: boolean;
  customers: number;
  /** Mean actual holdout repeat purchases per customer. */
  actual: number;
  /** Mean predicted holdout purchases per customer. */
  predicted: number;
}

/** A model's predictions for the holdout period next to what happened. */
export interface HoldoutComparison {
  /** Each cohort customer's expected holdout purchases, in the order of `CalibrationHoldout.ids`. */
  predicted: Float64Array;
  /** Groups x = 0, 1, …, maxGroup − 1, then "maxGroup or more"; empty groups are kept (means NaN). */
  byFrequency: FrequencyGroup[];
  /** Cumulative repeat purchases of the cohort at each period end of `CalibrationHoldout.tracking`. */
  cumulative: { endDay: Float64Array; actual: Float64Array; predicted: Float64Array };
  /** Holdout repeat purchases of the whole cohort. */
  totals: { actual: number; predicted: number };
  errors: HoldoutErrors;
}

/**
 * Compares a model fitted on the calibration period with the holdout period (Fader, Hardie & Lee 2005):
 * per customer, the conditional expectation over the holdout length against the actual repeat purchases,
 * grouped by calibration repeat purchases (0 … maxGroup − 1, maxGroup or more; default 7); the cohort's
 * cumulative repeat purchases by period against the sum of the unconditional expectations E[X(t)] of every
 * customer at the time since their first purchase (the BTYD "tracking plot"); and the plain figures: total
 * error as a share ((predicted − actual) / actual), mean absolute error per customer (purchases) and the
 * Pearson correlation of predicted and actual per customer. Works for any model given as functions.
 */
export function holdoutComparison(
  data: CalibrationHoldout,
  model: PurchaseModelFunctions,
  maxGroup = 7,
): HoldoutComparison {
  const n = data.ids.length;
  const predicted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    predicted[i] = model.conditionalExpected(data.holdoutLength, data.x[i]!, data.tx[i]!, data.T[i]!);
  }

  const count = new Float64Array(maxGroup + 1);
  const actualSum = new Float64Array(maxGroup + 1);
  const predictedSum = new Float64Array(maxGroup + 1);
  let totalActual = 0;
  let totalPredicted = 0;
  let absoluteError = 0;
  for (let i = 0; i < n; i++) {
    const group = Math.min(data.x[i]!, maxGroup);
    count[group]!++;
    actualSum[group]! += data.holdout[i]!;
    predictedSum[group]! += predicted[i]!;
    totalActual += data.holdout[i]!;
    totalPredicted += predicted[i]!;
    absoluteError += Math.abs(predicted[i]! - data.holdout[i]!);
  }
  const byFrequency = Array.from({ length: maxGroup + 1 }, (_, x) => ({
    x,
    orMore: x === maxGroup,
    customers: count[x]!,
    actual: count[x]! > 0 ? actualSum[x]! / count[x]! : Number.NaN,
    predicted: count[x]! > 0 ? predictedSum[x]! / count[x]! : Number.NaN,
  }));

  return {
    predicted,
    byFrequency,
    cumulative: {
      endDay: data.tracking.endDay,
      actual: data.tracking.actual,
      predicted: trackingPrediction(data, model.expected),
    },
    totals: { actual: totalActual, predicted: totalPredicted },
    errors: {
      totalError: totalActual > 0 ? (totalPredicted - totalActual) / totalActual : Number.NaN,
      meanAbsoluteError: n > 0 ? absoluteError / n : Number.NaN,
      correlation: pearson(predicted, data.holdout),
    },
  };
}

/** Σ over customers of E[X((periodEnd − firstDay) / unitDays)], once per distinct first day and elapsed days. */
function trackingPrediction(data: CalibrationHoldout, expected: (t: number) => number): Float64Array {
  const customersOnDay = new Map<number, number>();
  for (const d of data.firstDay) customersOnDay.set(d, (customersOnDay.get(d) ?? 0) + 1);
  const byElapsed = new Map<number, number>();
  const expectedAfter = (days: number) => {
    let value = byElapsed.get(days);
    if (value === undefined) byElapsed.set(days, (value = days > 0 ? expected(days / data.unitDays) : 0));
    return value;
  };
  return data.tracking.endDay.map((end) => {
    let sum = 0;
    for (const [first, customers] of customersOnDay) {
      if (first <= end) sum += customers * expectedAfter(end - first);
    }
    return sum;
  });
}

function pearson(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n < 2) return Number.NaN;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]! / n;
    mb += b[i]! / n;
  }
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < n; i++) {
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
    sab += (a[i]! - ma) * (b[i]! - mb);
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Number.NaN;
}
