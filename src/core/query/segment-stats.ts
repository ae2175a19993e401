import type { CustomerProfiles } from '../customer-types';

/** How big a selection of customers is, as the segment builder shows it. */
export interface SegmentStats {
  customers: number;
  /** Selected customers over all customers of the profiles, prospects without orders included (0–1). */
  share: number;
  /** Selected customers' net revenue over all customers' net revenue; 0 when the total is not positive. */
  revenueShare: number;
}

/**
 * Size of the customers selected by `mask` (1 = selected, aligned with `profiles` rows): their count, their
 * share of all customers (prospects included) and their share of total net revenue (cents; unknown = 0).
 * A segment of customers whose refunds exceed their purchases can have a negative revenue share.
 */
export function segmentStats(mask: Uint8Array, profiles: CustomerProfiles): SegmentStats {
  const revenue = profiles.revenueCents;
  let customers = 0;
  let selected = 0;
  let total = 0;
  for (let i = 0; i < profiles.length; i++) {
    const cents = revenue[i]!;
    const known = cents === cents ? cents : 0;
    total += known;
    if (mask[i] === 1) {
      customers++;
      selected += known;
    }
  }
  return {
    customers,
    share: profiles.length > 0 ? customers / profiles.length : 0,
    revenueShare: total > 0 ? selected / total : 0,
  };
}
