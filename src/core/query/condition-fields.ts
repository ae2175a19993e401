/** Numeric profile fields a range condition can test; units as in CustomerProfiles (cents, days, counts). */
export const PROFILE_NUMBER_FIELDS = [
  'orders',
  'occasions',
  'units',
  'revenueCents',
  'refundCents',
  'aovCents',
  'meanGapDays',
  'medianGapDays',
  'tenureDays',
  'daysSinceLast',
  'frequency',
  'recency',
  'T',
  'monetaryCents',
] as const;
export type ProfileNumberField = (typeof PROFILE_NUMBER_FIELDS)[number];

/** Numbers from the customers file a range condition can test when present: age in years. */
export const ATTRIBUTE_NUMBER_FIELDS = ['age'] as const;

/** RFM scores (1–5) a range condition can test. */
export const SCORE_FIELDS = ['score:r', 'score:f', 'score:m'] as const;

/**
 * Day fields a date condition can test: the purchase days always, and any day-valued attribute the
 * profiles carry in `numbers` (signupDay, birthday) when the customers file had it.
 */
export const DATE_FIELDS = ['firstDay', 'lastDay', 'signupDay', 'birthday'] as const;

/** Non-grouping fields a oneOf condition can test (besides every key of `frame.groupings`). */
export const CATEGORY_FIELDS = ['favouriteCategory'] as const;
