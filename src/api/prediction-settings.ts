import {
  DEFAULT_PREDICTION_SETTINGS, PURCHASE_MODELS, TIME_UNITS, type PredictionSettings,
} from '../core/prediction-types';
import { isoToDay } from '../core/dates';

const finiteIn = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;

/**
 * Prediction settings as a fresh object with every field present in one key order (equal settings give
 * equal JSON, the cache key). Malformed parts take their default: a calibration end that is not a real ISO
 * day becomes null (two thirds of the history), the horizon a whole number of units from 1 to 520, the
 * discount rate 0–1 a year and the margin 0–1.
 */
export function normalPredictionSettings(
  settings: Partial<PredictionSettings> | null | undefined,
): PredictionSettings {
  const given = (typeof settings === 'object' && settings !== null ? settings : {}) as Record<string, unknown>;
  const d = DEFAULT_PREDICTION_SETTINGS;
  const end = given.calibrationEnd;
  const unit = TIME_UNITS.find((u) => u === given.unit) ?? d.unit;
  const model = given.model === 'auto' ? 'auto' : PURCHASE_MODELS.find((m) => m === given.model) ?? d.model;
  return {
    calibrationEnd: typeof end === 'string' && !Number.isNaN(isoToDay(end)) ? end : null,
    unit,
    horizon: Math.round(finiteIn(given.horizon, 1, 520, d.horizon)),
    discountPerYear: finiteIn(given.discountPerYear, 0, 1, d.discountPerYear),
    margin: finiteIn(given.margin, 0, 1, d.margin),
    model,
  };
}
