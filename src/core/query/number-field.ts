import type { CustomerFrame } from '../customer-types';
import { PROFILE_NUMBER_FIELDS, type ProfileNumberField } from './condition-fields';
import { PREDICTION_COLUMNS } from './number-column';

const PROFILE_NUMBERS: ReadonlySet<string> = new Set(PROFILE_NUMBER_FIELDS);

/**
 * The per-customer numbers a range condition tests for `field` (a profile field in its own units,
 * `score:r|f|m`, or `age` in years from the customers file), NaN where a customer has none; null when the
 * field is unknown or absent. Scores of 0 (not scored,
 * no purchase) become NaN so that no range selects an unscored customer.
 */
export function numberField(frame: CustomerFrame, field: string): ArrayLike<number> | null {
  // Predictions (P(alive), expected purchases, CLV cents) are known fields: before they exist no one matches.
  if ((PREDICTION_COLUMNS as readonly string[]).includes(field)) {
    const predicted = frame.predictions?.[field as (typeof PREDICTION_COLUMNS)[number]];
    return predicted ?? new Float64Array(frame.profiles.length).fill(Number.NaN);
  }
  if (PROFILE_NUMBERS.has(field)) return frame.profiles[field as ProfileNumberField];
  if (field === 'age') return frame.profiles.numbers?.age ?? null;
  const score = field === 'score:r' ? frame.scores.r : field === 'score:f' ? frame.scores.f
    : field === 'score:m' ? frame.scores.m : null;
  if (score === null) return null;
  const values = new Float64Array(score.length);
  for (let i = 0; i < score.length; i++) values[i] = score[i] === 0 ? Number.NaN : score[i]!;
  return values;
}
