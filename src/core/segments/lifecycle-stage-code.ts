import type { CustomerSettings } from '../customer-types';

// Codes into LIFECYCLE_STAGES: prospect, new, repeat, loyal, atRisk, churned.
const NEW = 1;
const REPEAT = 2;
const LOYAL = 3;
const AT_RISK = 4;
const CHURNED = 5;

/**
 * The LIFECYCLE_STAGES code of a customer with at least one purchase occasion, from days since the last
 * purchase and the number of purchase occasions; the first rule that holds wins:
 * churned (days > churnDays) → at risk (days > atRiskDays) → loyal (occasions ≥ loyalOccasions) →
 * new (one occasion) → repeat (otherwise). Unknown days (NaN) count as neither churned nor at risk.
 */
export function lifecycleStageCode(
  daysSinceLast: number,
  occasions: number,
  rules: CustomerSettings['rules'],
): number {
  if (daysSinceLast > rules.churnDays) return CHURNED;
  if (daysSinceLast > rules.atRiskDays) return AT_RISK;
  if (occasions >= rules.loyalOccasions) return LOYAL;
  return occasions <= 1 ? NEW : REPEAT;
}
