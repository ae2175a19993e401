import type { RfmSegment } from '../customer-types';

// Rows R = 5..1, columns FM = 1..5, as in REFERENCE.md §2: each of the 25 cells named exactly once.
const MAP: readonly (readonly RfmSegment[])[] = [
  ['newCustomers', 'potentialLoyalists', 'loyal', 'champions', 'champions'],
  ['promising', 'potentialLoyalists', 'potentialLoyalists', 'loyal', 'champions'],
  ['promising', 'needAttention', 'potentialLoyalists', 'loyal', 'loyal'],
  ['aboutToSleep', 'needAttention', 'needAttention', 'atRisk', 'atRisk'],
  ['lost', 'hibernating', 'atRisk', 'cantLose', 'cantLose'],
];

/**
 * The named RFM segment of an R score and an FM score (both whole numbers 1–5), by the 11-segment map of
 * REFERENCE.md §2. Every cell has exactly one segment, so no rule order matters. Throws on other input.
 */
export function rfmSegment(r: number, fm: number): RfmSegment {
  const segment = MAP[5 - r]?.[fm - 1];
  if (segment === undefined || !Number.isInteger(r) || !Number.isInteger(fm)) {
    throw new RangeError(`RFM scores must be whole numbers 1–5, got R ${r}, FM ${fm}`);
  }
  return segment;
}
