import type { CustomerProfiles } from '../customer-types';

/**
 * The per-customer day numbers (days since 1970-01-01 UTC, NaN when unknown) a date condition tests for
 * `field`: firstDay, lastDay, or signupDay / birthday from `profiles.numbers` when the customers file had
 * them; null otherwise.
 */
export function dateField(profiles: CustomerProfiles, field: string): ArrayLike<number> | null {
  if (field === 'firstDay') return profiles.firstDay;
  if (field === 'lastDay') return profiles.lastDay;
  if (field !== 'signupDay' && field !== 'birthday') return null;
  return profiles.numbers?.[field] ?? null;
}
