import { DEFAULT_CUSTOMER_SETTINGS, type CustomerSettings } from '../core/customer-types';

type Loose = { [key: string]: unknown } | null | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const numberOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

const cutsOr = (value: unknown): number[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v)) ? [...value] : null;

/**
 * Customer settings as a fresh object with every field present and its keys in one order, so equal settings
 * give equal JSON (the cache key) whatever order the page wrote them in. Missing or malformed parts (from an
 * older stored version, say) take their default; days, counts and shares keep their units.
 */
export function normalSettings(settings: CustomerSettings | Loose): CustomerSettings {
  const given: Record<string, unknown> = isObject(settings) ? settings : {};
  const defaults = DEFAULT_CUSTOMER_SETTINGS;
  const cuts = isObject(given['rfmCuts']) ? given['rfmCuts'] : {};
  const tiers = isObject(given['tiers']) ? given['tiers'] : {};
  const rules = isObject(given['rules']) ? given['rules'] : {};
  const asOf = given['asOf'];
  return {
    asOf: typeof asOf === 'string' && asOf !== '' ? asOf : null,
    rfmCuts: {
      recency: cutsOr(cuts['recency']),
      frequency: cutsOr(cuts['frequency']),
      monetary: cutsOr(cuts['monetary']),
    },
    tiers: {
      high: numberOr(tiers['high'], defaults.tiers.high),
      mid: numberOr(tiers['mid'], defaults.tiers.mid),
    },
    rules: {
      churnDays: numberOr(rules['churnDays'], defaults.rules.churnDays),
      atRiskDays: numberOr(rules['atRiskDays'], defaults.rules.atRiskDays),
      loyalOccasions: numberOr(rules['loyalOccasions'], defaults.rules.loyalOccasions),
    },
  };
}
