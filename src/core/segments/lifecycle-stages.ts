import { LIFECYCLE_STAGES } from '../customer-types';
import type { CustomerProfiles, CustomerSettings, Grouping } from '../customer-types';
import { lifecycleStageCode } from './lifecycle-stage-code';

/**
 * Lifecycle stage of every customer (key 'lifecycle', groups in LIFECYCLE_STAGES order); every customer
 * gets exactly one, the first rule that holds:
 * prospect (no purchase) → churned (no purchase for more than churnDays) → at risk (more than atRiskDays)
 * → loyal (at least loyalOccasions purchase occasions) → new (a single purchase occasion so far) → repeat
 * (two or more occasions, fewer than loyalOccasions). A one-time buyer who is not yet at risk is new,
 * however long ago the purchase was: the at-risk window, not a separate one, ends being new.
 */
export function lifecycleStages(profiles: CustomerProfiles, rules: CustomerSettings['rules']): Grouping {
  const n = profiles.length;
  const { orders, occasions, daysSinceLast } = profiles;
  const codes = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    codes[i] = orders[i]! > 0 ? lifecycleStageCode(daysSinceLast[i]!, Math.max(occasions[i]!, 1), rules) : 0;
  }
  return { key: 'lifecycle', groups: [...LIFECYCLE_STAGES], codes };
}
