import type { CustomerProfiles } from '../core/customer-types';
import { isoToDay, dayToIso } from '../core/dates';
import { fitGammaGamma } from '../core/models/gamma-gamma/fit-gamma-gamma';
import { gammaGammaExpectedSpend } from '../core/models/gamma-gamma/gamma-gamma-expected-spend';
import { spendFrequencyCorrelation } from '../core/models/gamma-gamma/spend-frequency-correlation';
import { clvScores } from '../core/models/clv/clv-scores';
import { compressSummary } from '../core/models/summary-rows';
import type { GammaGammaParams } from '../core/models/gamma-gamma/types';
import {
  UNIT_DAYS, type PredictionNote, type PredictionResult, type PredictionSettings, type PurchaseModel,
} from '../core/prediction-types';
import type { OrderTable } from '../core/types';
import { predictionHoldout } from './prediction-holdout';
import { PURCHASE_MODEL_FUNCTIONS, type ModelSummary } from './prediction-models';
import { fitSummary, summaryOf } from './prediction-summary';

/** Fewest customers with a purchase, and repeat buyers, a purchase model is fitted to. */
export const MIN_CUSTOMERS = 100;
export const MIN_REPEATERS = 20;
/** Largest number of discounting steps of the CLV sum (longer horizons step several units at a time). */
const MAX_STEPS = 60;
const TOP = 20;

/** Per-customer predictions aligned with the profile rows; NaN where there is none. */
export interface CustomerPredictions {
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  spendCents: Float64Array;
  predictedClvCents: Float64Array;
}

/**
 * Predictions of every customer of `profiles` (as of their as-of day) under `settings`: the three fits on
 * the whole period, the holdout check, per-customer P(alive), expected purchases over the horizon, expected
 * spend and CLV (cents), and the summary the screen shows. Falls back to historic values (no fit) when
 * there are too few customers or repeat buyers. With `reuse` (a cached result of the same inputs) its fits
 * and holdout check are taken as they are and only the per-customer values are computed.
 */
export function computePredictions(
  workspaceId: string, profiles: CustomerProfiles, orders: OrderTable | null, settings: PredictionSettings,
  currency: string | null, reuse: PredictionResult | null = null,
): { result: PredictionResult; customers: CustomerPredictions } {
  const unitDays = UNIT_DAYS[settings.unit];
  const notes: PredictionNote[] = [];
  const n = profiles.length;
  const customers: CustomerPredictions = {
    pAlive: new Float64Array(n).fill(Number.NaN),
    expectedPurchases: new Float64Array(n).fill(Number.NaN),
    spendCents: new Float64Array(n).fill(Number.NaN),
    predictedClvCents: new Float64Array(n).fill(Number.NaN),
  };
  const { summary, rows } = summaryOf(profiles, unitDays);
  let repeaters = 0;
  for (let i = 0; i < rows.length; i++) if (summary.x[i]! > 0) repeaters++;
  const asOfDay = profiles.asOfDay;
  const base: PredictionResult = {
    workspaceId, settings, asOf: Number.isFinite(asOfDay) ? dayToIso(asOfDay) : '', currency, model: null,
    fallback: true, notes, fits: { bgnbd: null, paretoNbd: null, gammaGamma: null },
    spendFrequencyCorrelation: null, holdout: null, pAliveBins: new Array<number>(10).fill(0), clvBins: [],
    totals: { customers: rows.length, expectedPurchases: 0, predictedRevenueCents: 0, predictedClvCents: 0 },
    top: [], cached: false,
  };

  // Spend: mean repeat spend net of the customer's refunds spread over their repeat purchases.
  const mbar = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const x = summary.x[i]!;
    mbar[i] = x > 0 ? (profiles.monetaryCents[row]! - profiles.refundCents[row]! / x) / 100 : 0;
  });
  const correlation = spendFrequencyCorrelation(summary.x, mbar);
  base.spendFrequencyCorrelation = Number.isFinite(correlation) ? correlation : null;

  if (rows.length < MIN_CUSTOMERS || repeaters < MIN_REPEATERS) {
    notes.push({ key: 'predictions.note.tooFew', params: {
      customers: rows.length, repeaters, minCustomers: MIN_CUSTOMERS, minRepeaters: MIN_REPEATERS,
    } });
    return { result: historic(base, profiles, rows, settings.margin, unitDays), customers };
  }

  if (reuse) {
    if (reuse.fallback || !reuse.model) return { result: reuse, customers };
    const ggFit = reuse.fits.gammaGamma;
    const usable = ggFit && !ggFit.degenerate && ggFit.params.q! > 1;
    const gg = usable ? ggFit.params as unknown as GammaGammaParams : null;
    score(reuse, reuse.model, gg, summary, rows, mbar, customers, settings);
    return { result: reuse, customers };
  }

  // Holdout check on the calibration period.
  let firstDay = Infinity;
  for (const row of rows) firstDay = Math.min(firstDay, asOfDay - profiles.T[row]!);
  const asked = settings.calibrationEnd === null ? Number.NaN : isoToDay(settings.calibrationEnd);
  const calibrationEnd = Number.isFinite(asked) ? asked : firstDay + Math.round((2 / 3) * (asOfDay - firstDay));
  if (orders && calibrationEnd > firstDay && calibrationEnd < asOfDay) {
    base.holdout = predictionHoldout(orders, calibrationEnd, asOfDay, unitDays, MIN_CUSTOMERS, MIN_REPEATERS);
    if (!base.holdout) notes.push({ key: 'predictions.note.holdoutTooFew' });
  } else {
    notes.push({ key: 'predictions.note.holdoutOutside', params: { day: dayToIso(calibrationEnd) } });
  }

  const fits = base.fits;
  fits.bgnbd = fitSummary('bgnbd', summary);
  fits.paretoNbd = fitSummary('paretoNbd', summary);
  for (const model of ['bgnbd', 'paretoNbd'] as const) {
    if (!fits[model]) notes.push({ key: 'predictions.note.fitFailed', params: { model } });
    else if (!fits[model].converged) notes.push({ key: 'predictions.note.notConverged', params: { model } });
  }
  const model = chooseModel(settings.model, base);
  if (!model) {
    return { result: historic(base, profiles, rows, settings.margin, unitDays), customers };
  }
  base.model = model;
  base.fallback = false;

  // Gamma-Gamma on repeaters with positive net spend.
  let gg: GammaGammaParams | null = null;
  let spendRepeaters = 0;
  for (let i = 0; i < rows.length; i++) if (summary.x[i]! > 0 && mbar[i]! > 0) spendRepeaters++;
  if (spendRepeaters >= MIN_REPEATERS) {
    const t0 = performance.now();
    const fit = fitGammaGamma(summary.x, mbar);
    fits.gammaGamma = {
      params: { ...fit.params }, logLikelihood: fit.logLikelihood, converged: fit.converged,
      iterations: fit.iterations, customers: fit.customers, ms: performance.now() - t0, degenerate: fit.degenerate,
    };
    if (fit.degenerate || !(fit.params.q > 1)) notes.push({ key: 'predictions.note.spendDegenerate' });
    else gg = fit.params;
  } else {
    notes.push({ key: 'predictions.note.spendTooFew', params: { repeaters: spendRepeaters } });
  }

  score(base, model, gg, summary, rows, mbar, customers, settings);
  summarise(base, profiles, rows, customers, unitDays);
  return { result: base, customers };
}

/** Per-customer P(alive), expected purchases, spend (cents) and discounted CLV (cents) into `customers`. */
function score(
  result: PredictionResult, model: PurchaseModel, gg: GammaGammaParams | null, summary: ModelSummary,
  rows: Int32Array, mbar: Float64Array, customers: CustomerPredictions, settings: PredictionSettings,
): void {
  const unitDays = UNIT_DAYS[settings.unit];
  let spendRepeaters = 0;
  let spendSum = 0;
  for (let i = 0; i < rows.length; i++) {
    if (summary.x[i]! > 0 && mbar[i]! > 0) {
      spendRepeaters++;
      spendSum += mbar[i]!;
    }
  }
  const meanSpend = spendRepeaters > 0 ? spendSum / spendRepeaters : 0;
  const f = PURCHASE_MODEL_FUNCTIONS[model];
  const params = result.fits[model]!.params;
  const periods = Math.min(settings.horizon, MAX_STEPS);
  const periodLength = settings.horizon / periods;
  // Each distinct (x, t_x, T) is scored once: its discounted expected purchases per unit of spend and margin.
  const distinct = compressSummary(summary.x, summary.tx, summary.T);
  const { expectedPurchases, clv: discountedPurchases } = clvScores(
    (t) => Float64Array.from(distinct.x, (x, j) => f.conditionalExpected(params, t, x, distinct.tx[j]!, distinct.T[j]!)),
    new Float64Array(distinct.x.length).fill(1),
    { margin: 1, discountPerYear: settings.discountPerYear, periodsPerYear: 365.2425 / (periodLength * unitDays), periods },
    periodLength,
  );
  const pAlive = Float64Array.from(distinct.x, (x, j) => f.pAlive(params, x, distinct.tx[j]!, distinct.T[j]!));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const x = summary.x[i]!;
    const j = distinct.rowOf[i]!;
    const spend = gg && mbar[i]! >= 0 ? gammaGammaExpectedSpend(gg, mbar[i]! > 0 ? x : 0, Math.max(mbar[i]!, 0))
      : mbar[i]! > 0 ? mbar[i]! : meanSpend;
    customers.pAlive[row] = pAlive[j]!;
    customers.expectedPurchases[row] = expectedPurchases[j]!;
    customers.spendCents[row] = spend * 100;
    customers.predictedClvCents[row] = discountedPurchases[j]! * spend * 100 * settings.margin;
  }
}

/** The model asked for, or under 'auto' the one with the smaller holdout total error, else BG/NBD. */
function chooseModel(asked: PredictionSettings['model'], result: PredictionResult): PurchaseModel | null {
  const { fits, holdout } = result;
  if (asked !== 'auto') return fits[asked] ? asked : fits.bgnbd ? 'bgnbd' : fits.paretoNbd ? 'paretoNbd' : null;
  const bg = Math.abs(holdout?.errors.bgnbd?.totalError ?? Number.NaN);
  const pn = Math.abs(holdout?.errors.paretoNbd?.totalError ?? Number.NaN);
  if (fits.paretoNbd && pn < bg) return 'paretoNbd';
  return fits.bgnbd ? 'bgnbd' : fits.paretoNbd ? 'paretoNbd' : null;
}

/** Totals, histograms and the top customers from the per-customer predictions. */
function summarise(
  result: PredictionResult, profiles: CustomerProfiles, rows: Int32Array, c: CustomerPredictions, unitDays: number,
): void {
  const totals = result.totals;
  const clv: number[] = [];
  for (const row of rows) {
    const p = c.pAlive[row]!;
    result.pAliveBins[Math.min(9, Math.max(0, Math.floor(p * 10)))]!++;
    totals.expectedPurchases += c.expectedPurchases[row]!;
    totals.predictedRevenueCents += c.expectedPurchases[row]! * c.spendCents[row]!;
    totals.predictedClvCents += c.predictedClvCents[row]!;
    clv.push(c.predictedClvCents[row]!);
  }
  result.clvBins = clvBins(clv);
  result.top = topRows(profiles, rows, c.predictedClvCents).map((row) => ({
    id: profiles.ids[row]!, name: nameOf(profiles, row), pAlive: c.pAlive[row]!,
    expectedPurchases: c.expectedPurchases[row]!, spendCents: c.spendCents[row]!,
    clvCents: c.predictedClvCents[row]!,
    ...summaryFields(profiles, row, unitDays),
  }));
}

/** The fallback: no model, historic CLV (net revenue × margin) in the top list and histogram. */
function historic(
  result: PredictionResult, profiles: CustomerProfiles, rows: Int32Array, margin: number, unitDays: number,
): PredictionResult {
  const value = new Float64Array(profiles.length);
  for (const row of rows) value[row] = profiles.revenueCents[row]! * margin;
  result.clvBins = clvBins(Array.from(rows, (row) => value[row]!));
  result.top = topRows(profiles, rows, value).map((row) => ({
    id: profiles.ids[row]!, name: nameOf(profiles, row), pAlive: Number.NaN, expectedPurchases: Number.NaN,
    spendCents: profiles.aovCents[row]!, clvCents: value[row]!,
    ...summaryFields(profiles, row, unitDays),
  }));
  return result;
}

function summaryFields(profiles: CustomerProfiles, row: number, unitDays: number) {
  return {
    x: profiles.frequency[row]!, tx: profiles.recency[row]! / unitDays, T: profiles.T[row]! / unitDays,
    meanSpendCents: profiles.monetaryCents[row]! - (profiles.frequency[row]! > 0
      ? profiles.refundCents[row]! / profiles.frequency[row]! : 0),
  };
}

function topRows(profiles: CustomerProfiles, rows: Int32Array, value: Float64Array): number[] {
  return Array.from(rows).sort((a, b) => value[b]! - value[a]! || (profiles.ids[a]! < profiles.ids[b]! ? -1 : 1))
    .slice(0, TOP);
}

function nameOf(profiles: CustomerProfiles, row: number): string | null {
  const name = profiles.attributes.name;
  const value = name ? name.values[name.codes[row]!] : undefined;
  return value ? value : null;
}

/**
 * CLV histogram: 12 bins of equal width from 0 to the 99th percentile (upper bounds in cents), the last
 * bin taking everything above; a negative value counts in the first bin.
 */
export function clvBins(values: number[]): Array<{ upTo: number; customers: number }> {
  if (values.length === 0) return [];
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const top = sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? 0;
  const width = niceWidth(Math.max(top, 1) / 12);
  const bins = Array.from({ length: 12 }, (_, k) => ({ upTo: (k + 1) * width, customers: 0 }));
  for (const v of sorted) bins[Math.min(11, Math.max(0, Math.ceil(v / width) - 1))]!.customers++;
  return bins;
}

/** The smallest 1, 2 or 5 × 10^k cents at least `raw`. */
function niceWidth(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}
