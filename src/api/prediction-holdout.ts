import type { CustomerProfiles } from '../core/customer-types';
import { customerProfiles } from '../core/customers/customer-profiles';
import { dayToIso } from '../core/dates';
import { ROW_KIND, rowKinds } from '../core/orders/row-kinds';
import {
  PURCHASE_MODELS, type HoldoutCheck, type HoldoutErrors, type ModelFitSummary, type PurchaseModel,
} from '../core/prediction-types';
import type { OrderTable } from '../core/types';
import { PURCHASE_MODEL_FUNCTIONS, type ModelSummary } from './prediction-models';
import { fitSummary, summaryOf } from './prediction-summary';

/** Calibration purchases from which the bar chart groups customers as "n or more". */
const MAX_GROUP = 7;

/**
 * The holdout check: both purchase models fitted on the transactions up to `calibrationEndDay` (day
 * number) and compared with the repeat purchases of `full` (profiles as of `endDay`) after it. Time in
 * units of `unitDays` days. Null when the calibration period has too few customers (`minCustomers`) or
 * repeat buyers (`minRepeaters`) to fit.
 */
export function predictionHoldout(
  orders: OrderTable, full: CustomerProfiles, calibrationEndDay: number, endDay: number, unitDays: number,
  minCustomers: number, minRepeaters: number,
): HoldoutCheck | null {
  const calibration = customerProfiles(orders, null, calibrationEndDay);
  const { summary, rows } = summaryOf(calibration, unitDays);
  let repeaters = 0;
  for (let i = 0; i < summary.x.length; i++) if (summary.x[i]! > 0) repeaters++;
  if (rows.length < minCustomers || repeaters < minRepeaters) return null;

  const rowOfId = new Map<string, number>();
  full.ids.forEach((id, row) => rowOfId.set(id, row));
  const actual = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const later = rowOfId.get(calibration.ids[row]!);
    actual[i] = later === undefined ? 0 : full.frequency[later]! - calibration.frequency[row]!;
  });

  const horizon = (endDay - calibrationEndDay) / unitDays;
  const fits: HoldoutCheck['fits'] = { bgnbd: null, paretoNbd: null };
  const predicted: Record<PurchaseModel, Float64Array | null> = { bgnbd: null, paretoNbd: null };
  const errors: HoldoutCheck['errors'] = { bgnbd: null, paretoNbd: null };
  for (const model of PURCHASE_MODELS) {
    const fitted = fitSummary(model, summary);
    if (!fitted) continue;
    fits[model] = fitted;
    const f = PURCHASE_MODEL_FUNCTIONS[model];
    const values = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      values[i] = f.conditionalExpected(fitted.params, horizon, summary.x[i]!, summary.tx[i]!, summary.T[i]!);
    }
    predicted[model] = values;
    errors[model] = holdoutErrors(values, actual);
  }

  const byFrequency: HoldoutCheck['byFrequency'] = [];
  for (let g = 0; g <= MAX_GROUP; g++) {
    let customers = 0;
    let act = 0;
    let bg = 0;
    let pn = 0;
    for (let i = 0; i < rows.length; i++) {
      const x = summary.x[i]!;
      if (g < MAX_GROUP ? x !== g : x < g) continue;
      customers++;
      act += actual[i]!;
      bg += predicted.bgnbd?.[i] ?? Number.NaN;
      pn += predicted.paretoNbd?.[i] ?? Number.NaN;
    }
    if (customers === 0) continue;
    byFrequency.push({
      x: g, orMore: g === MAX_GROUP, customers,
      actual: act / customers, bgnbd: bg / customers, paretoNbd: pn / customers,
    });
  }

  return {
    calibrationEnd: dayToIso(calibrationEndDay),
    holdoutEnd: dayToIso(endDay),
    customers: rows.length,
    byFrequency,
    cumulative: cumulativeRepeats(orders, calibrationEndDay, endDay, unitDays, fits),
    errors,
    fits,
  };
}

/** Total error (share), mean absolute error per customer and Pearson correlation of predicted vs actual. */
export function holdoutErrors(predicted: Float64Array, actual: Float64Array): HoldoutErrors {
  const n = actual.length;
  let sp = 0;
  let sa = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    sp += predicted[i]!;
    sa += actual[i]!;
    abs += Math.abs(predicted[i]! - actual[i]!);
  }
  const mp = sp / n;
  const ma = sa / n;
  let cov = 0;
  let vp = 0;
  let va = 0;
  for (let i = 0; i < n; i++) {
    const dp = predicted[i]! - mp;
    const da = actual[i]! - ma;
    cov += dp * da;
    vp += dp * dp;
    va += da * da;
  }
  return {
    totalError: sa > 0 ? (sp - sa) / sa : Number.NaN,
    meanAbsoluteError: abs / n,
    correlation: vp > 0 && va > 0 ? cov / Math.sqrt(vp * va) : Number.NaN,
  };
}

/**
 * Cumulative repeat transaction days of the calibration cohort (first transaction on or before the
 * calibration end) at the end of each unit from the cohort's first day to `endDay`, actual and as each
 * calibration fit expects from the customers' first days.
 */
function cumulativeRepeats(
  orders: OrderTable, calibrationEndDay: number, endDay: number, unitDays: number,
  fits: HoldoutCheck['fits'],
): HoldoutCheck['cumulative'] {
  const kinds = rowKinds(orders);
  const codes = orders.customer.codes;
  const span = 1 << 17; // day numbers up to year 2328
  const keys: number[] = [];
  for (let i = 0; i < orders.length; i++) {
    const kind = kinds[i]!;
    const day = orders.day[i]!;
    if (kind === ROW_KIND.skip || kind === ROW_KIND.refund || day > endDay || day < 0) continue;
    keys.push(codes[i]! * span + day);
  }
  const sorted = Float64Array.from(keys).sort();
  const firstOf = new Map<number, number>();
  const repeatDays: number[] = [];
  let lastCode = -1;
  let lastDay = -1;
  let cohort = false;
  for (const key of sorted) {
    const code = Math.floor(key / span);
    const day = key - code * span;
    if (code !== lastCode) {
      cohort = day <= calibrationEndDay;
      if (cohort) firstOf.set(day, (firstOf.get(day) ?? 0) + 1);
      lastCode = code;
      lastDay = day;
      continue;
    }
    if (day === lastDay) continue;
    lastDay = day;
    if (cohort) repeatDays.push(day);
  }
  if (firstOf.size === 0) return [];
  const start = Math.min(...firstOf.keys());
  repeatDays.sort((a, b) => a - b);
  const births = [...firstOf.entries()];
  const out: HoldoutCheck['cumulative'] = [];
  let k = 0;
  for (let unit = 1; ; unit++) {
    const end = Math.min(endDay, Math.round(start - 1 + unit * unitDays));
    while (k < repeatDays.length && repeatDays[k]! <= end) k++;
    const expectedBy = (model: PurchaseModel) => {
      const fit = fits[model];
      if (!fit) return Number.NaN;
      let sum = 0;
      for (const [birth, count] of births) {
        if (birth < end) sum += count * PURCHASE_MODEL_FUNCTIONS[model].expected(fit.params, (end - birth) / unitDays);
      }
      return sum;
    };
    out.push({ day: dayToIso(end), actual: k, bgnbd: expectedBy('bgnbd'), paretoNbd: expectedBy('paretoNbd') });
    if (end >= endDay) break;
  }
  return out;
}

export type { ModelFitSummary, ModelSummary };
