import type { CustomerSettings } from '../core/customer-types';

/** The threshold form's fields as typed: tier shares in percent, rules in days and purchase days. */
export interface ThresholdForm {
  high: string;
  mid: string;
  churnDays: string;
  atRiskDays: string;
  loyalOccasions: string;
}

/** The form for the current settings (shares as percentages). */
export function thresholdForm(settings: CustomerSettings): ThresholdForm {
  const percent = (share: number) => String(Math.round(share * 1000) / 10);
  return {
    high: percent(settings.tiers.high),
    mid: percent(settings.tiers.mid),
    churnDays: String(settings.rules.churnDays),
    atRiskDays: String(settings.rules.atRiskDays),
    loyalOccasions: String(settings.rules.loyalOccasions),
  };
}

/**
 * New settings from the typed thresholds, or null when they do not make sense: shares 0–100 with high + mid
 * at most 100, whole days and purchase days above 0, at-risk days below churn days.
 */
export function applyThresholds(settings: CustomerSettings, form: ThresholdForm): CustomerSettings | null {
  const num = (text: string) => (text.trim() === '' ? NaN : Number(text));
  const [high, mid] = [num(form.high), num(form.mid)];
  const [churnDays, atRiskDays, loyalOccasions] = [num(form.churnDays), num(form.atRiskDays), num(form.loyalOccasions)];
  const share = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;
  const whole = (value: number) => Number.isInteger(value) && value > 0;
  if (!share(high) || !share(mid) || high + mid > 100) return null;
  if (!whole(churnDays) || !whole(atRiskDays) || !whole(loyalOccasions) || atRiskDays >= churnDays) return null;
  return {
    ...settings,
    tiers: { high: Math.round(high * 10) / 1000, mid: Math.round(mid * 10) / 1000 },
    rules: { ...settings.rules, churnDays, atRiskDays, loyalOccasions },
  };
}
