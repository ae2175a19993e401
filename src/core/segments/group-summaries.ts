import type { CustomerProfiles, GroupSummary, Grouping } from '../customer-types';

/**
 * Size and value of each group of a grouping, in the grouping's group order, empty groups included.
 * - customers: customers in the group; share: customers / customers the grouping places in any group (for
 *   groupings of purchasers — rfm, cnEight, tier, behaviour — that is the share of customers with a
 *   purchase; lifecycle places everyone, attributes everyone with a value), so shares sum to 1.
 * - revenueCents: the group's net revenue; revenueShare: that over the net revenue of all customers (0 when
 *   that total is not positive).
 * - avgRevenueCents, avgOrders: per customer of the group (0 for an empty group); avgDaysSinceLast: mean
 *   over the group's customers with a last purchase, NaN when none has one.
 * Values that are not finite numbers are left out of sums and means.
 */
export function groupSummaries(grouping: Grouping, profiles: CustomerProfiles): GroupSummary[] {
  const groupCount = grouping.groups.length;
  const customers = new Float64Array(groupCount);
  const revenue = new Float64Array(groupCount);
  const orderSum = new Float64Array(groupCount);
  const daysSum = new Float64Array(groupCount);
  const daysCount = new Float64Array(groupCount);
  const { codes } = grouping;
  const { revenueCents, orders, daysSinceLast } = profiles;
  let placed = 0;
  let totalRevenue = 0;
  for (let i = 0; i < profiles.length; i++) {
    const r = revenueCents[i]!;
    if (Number.isFinite(r)) totalRevenue += r;
    const g = codes[i]!;
    if (g < 0 || g >= groupCount) continue;
    placed++;
    customers[g]!++;
    if (Number.isFinite(r)) revenue[g]! += r;
    orderSum[g]! += orders[i]!;
    const d = daysSinceLast[i]!;
    if (Number.isFinite(d)) {
      daysSum[g]! += d;
      daysCount[g]!++;
    }
  }
  return grouping.groups.map((group, g) => {
    const size = customers[g]!;
    return {
      group,
      customers: size,
      share: placed > 0 ? size / placed : 0,
      revenueCents: revenue[g]!,
      revenueShare: totalRevenue > 0 ? revenue[g]! / totalRevenue : 0,
      avgRevenueCents: size > 0 ? revenue[g]! / size : 0,
      avgOrders: size > 0 ? orderSum[g]! / size : 0,
      avgDaysSinceLast: daysCount[g]! > 0 ? daysSum[g]! / daysCount[g]! : Number.NaN,
    };
  });
}
