import { VALUE_TIERS } from '../customer-types';
import type { CustomerProfiles, CustomerSettings, Grouping } from '../customer-types';

/**
 * Value tier of every customer with a purchase (key 'tier', groups high, mid, low; −1 without a purchase
 * or without a finite revenue). Customers are ranked by net revenue (cents), highest first; the first
 * round(high · n) are high, up to round((high + mid) · n) mid, the rest low, n being the ranked customers.
 * Customers with equal revenue stay together: a tie across a boundary goes wholly to the higher tier (a
 * customer is in the tier of the first rank holding their revenue), so a tier can be larger than its share.
 * Shares are clamped to 0–1 and high + mid to at most 1.
 */
export function valueTiers(profiles: CustomerProfiles, tiers: CustomerSettings['tiers']): Grouping {
  const n = profiles.length;
  const { orders, revenueCents } = profiles;
  const codes = new Int16Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) if (orders[i]! > 0 && Number.isFinite(revenueCents[i]!)) count++;
  const sorted = new Float64Array(count);
  for (let i = 0, k = 0; i < n; i++) {
    if (orders[i]! > 0 && Number.isFinite(revenueCents[i]!)) sorted[k++] = revenueCents[i]!;
  }
  // Ascending, so the k-th highest (1-based) is sorted[count − k].
  sorted.sort();
  const high = clamp01(tiers.high);
  const mid = Math.min(clamp01(tiers.mid), 1 - high);
  const highCount = Math.round(high * count);
  const topCount = Math.round((high + mid) * count);
  // A revenue at least the last high customer's is high, and so on: ties join the higher tier.
  const highFloor = highCount > 0 ? sorted[count - highCount]! : Number.POSITIVE_INFINITY;
  const midFloor = topCount > 0 ? sorted[count - topCount]! : Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = revenueCents[i]!;
    if (!(orders[i]! > 0) || !Number.isFinite(v)) continue;
    codes[i] = v >= highFloor ? 0 : v >= midFloor ? 1 : 2;
  }
  return { key: 'tier', groups: [...VALUE_TIERS], codes };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0;
}
