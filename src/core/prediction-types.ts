/**
 * Prediction settings and results (issue "Predict what each customer is worth"). Money in cents, days as
 * ISO strings in results; model time is in the settings' unit.
 */

export const TIME_UNITS = ['days', 'weeks', 'months'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Days per unit of model time (a month is a mean Gregorian month). */
export const UNIT_DAYS: Record<TimeUnit, number> = { days: 1, weeks: 7, months: 365.2425 / 12 };

export const PURCHASE_MODELS = ['bgnbd', 'paretoNbd'] as const;
export type PurchaseModel = (typeof PURCHASE_MODELS)[number];

/** What the person sets on the Predictions screen; part of every cache key. */
export interface PredictionSettings {
  /** Last day of the calibration period (ISO); null = two thirds of the way through the history. */
  calibrationEnd: string | null;
  unit: TimeUnit;
  /** Length of the prediction horizon, in `unit`s. */
  horizon: number;
  /** Yearly discount rate for CLV (0.1 = 10% a year). */
  discountPerYear: number;
  /** Margin on revenue (0.3 = 30%). */
  margin: number;
  /** The model for P(alive) and expected purchases; 'auto' picks the one that fits the holdout better. */
  model: 'auto' | PurchaseModel;
}

export const DEFAULT_PREDICTION_SETTINGS: PredictionSettings = {
  calibrationEnd: null,
  unit: 'weeks',
  horizon: 52,
  discountPerYear: 0.1,
  margin: 0.3,
  model: 'auto',
};

/** One fitted model as the person sees it. */
export interface ModelFitSummary {
  params: Record<string, number>;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  /** Customers (summary rows) the fit used. */
  customers: number;
  /** Milliseconds the fit took in the worker. */
  ms: number;
}

/** A guard that fired, as an i18n key with its parameters (what happened and what to do). */
export interface PredictionNote {
  key: string;
  params?: Record<string, string | number>;
}

/** Error figures of one model on the holdout period. */
export interface HoldoutErrors {
  /** (predicted − actual) / actual total repeat purchases, as a share. */
  totalError: number;
  /** Mean absolute error per customer, in purchases. */
  meanAbsoluteError: number;
  /** Pearson correlation of predicted and actual purchases per customer. */
  correlation: number;
}

/** The holdout check: models fitted on the calibration period against what happened after it. */
export interface HoldoutCheck {
  calibrationEnd: string;
  holdoutEnd: string;
  customers: number;
  /** Mean holdout repeat purchases per customer, grouped by calibration repeat purchases (last group is "n or more"). */
  byFrequency: Array<{ x: number; orMore: boolean; customers: number; actual: number; bgnbd: number; paretoNbd: number }>;
  /** Cumulative repeat purchases of the cohort at the end of each unit, calibration and holdout. */
  cumulative: Array<{ day: string; actual: number; bgnbd: number; paretoNbd: number }>;
  errors: { bgnbd: HoldoutErrors | null; paretoNbd: HoldoutErrors | null };
  /** Fits on the calibration period only. */
  fits: { bgnbd: ModelFitSummary | null; paretoNbd: ModelFitSummary | null };
}

/** Everything the Predictions screen shows; small enough to cross to the page and to cache. */
export interface PredictionResult {
  workspaceId: string;
  settings: PredictionSettings;
  asOf: string;
  currency: string | null;
  /** The model used for P(alive), expectations and CLV. */
  model: PurchaseModel | null;
  /** True when too few customers or repeat buyers to fit: historic CLV and RFM are shown instead. */
  fallback: boolean;
  notes: PredictionNote[];
  fits: {
    bgnbd: ModelFitSummary | null;
    paretoNbd: ModelFitSummary | null;
    gammaGamma: (ModelFitSummary & { degenerate: boolean }) | null;
  };
  /** Pearson correlation of frequency and mean spend among repeaters (Gamma-Gamma assumes none). */
  spendFrequencyCorrelation: number | null;
  holdout: HoldoutCheck | null;
  /** Customers by P(alive) in ten bins [0, .1) … [.9, 1]. */
  pAliveBins: number[];
  /** Customers by predicted CLV: bin upper bounds (cents) and counts. */
  clvBins: Array<{ upTo: number; customers: number }>;
  totals: { customers: number; expectedPurchases: number; predictedRevenueCents: number; predictedClvCents: number };
  /** The customers with the highest predicted CLV. */
  top: Array<{
    id: string; name: string | null; pAlive: number; expectedPurchases: number; spendCents: number; clvCents: number;
    /** The customer's summary in model units (x repeat purchases, t_x, T) and mean repeat spend (cents). */
    x: number; tx: number; T: number; meanSpendCents: number;
  }>;
  cached: boolean;
}
