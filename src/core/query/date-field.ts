import type { CustomerProfiles } from '../customer-types';

/** Profiles that may carry day-valued attributes (signupDay, birthday) from the customers file. */
type ProfilesWithNumbers = CustomerProfiles & { numbers?: Record<string, ArrayLike<number>> };

/**
 * The per-customer day numbers (days since 1970-01-01 UTC, NaN when unknown) a date condition tests for
 * `field`: firstDay, lastDay, or a day column in `profiles.numbers`; null when the profiles have no such field.
 */
export function dateField(profiles: CustomerProfiles, field: string): ArrayLike<number> | null {
  if (field === 'firstDay') return profiles.firstDay;
  if (field === 'lastDay') return profiles.lastDay;
  const numbers = (profiles as ProfilesWithNumbers).numbers;
  return numbers !== undefined && Object.hasOwn(numbers, field) ? numbers[field]! : null;
}
