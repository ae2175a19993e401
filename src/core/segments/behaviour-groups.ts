import { BEHAVIOURS } from '../customer-types';
import type { CustomerProfiles, CustomerSettings, Grouping } from '../customer-types';

/**
 * Behaviour of every customer with a purchase (key 'behaviour', groups loyal, potential, churned; −1
 * without a purchase): churned when the last purchase is more than churnDays before the as-of day, else
 * loyal with at least loyalOccasions purchase occasions, else potential.
 */
export function behaviourGroups(profiles: CustomerProfiles, rules: CustomerSettings['rules']): Grouping {
  const n = profiles.length;
  const { orders, occasions, daysSinceLast } = profiles;
  const codes = new Int16Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!(orders[i]! > 0)) continue;
    codes[i] = daysSinceLast[i]! > rules.churnDays ? 2 : occasions[i]! >= rules.loyalOccasions ? 0 : 1;
  }
  return { key: 'behaviour', groups: [...BEHAVIOURS], codes };
}
