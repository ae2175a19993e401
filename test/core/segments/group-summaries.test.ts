import { describe, expect, it } from 'vitest';
import { groupSummaries } from '../../../src/core/segments/group-summaries';
import { profilesOf } from './profiles';

describe('groupSummaries', () => {
  it('sums size and value per group in group order, empty groups included', () => {
    const profiles = profilesOf([
      { id: 'a', orders: 2, revenueCents: 1000, daysSinceLast: 10 },
      { id: 'b', orders: 1, revenueCents: 500, daysSinceLast: 20 },
      { id: 'c', orders: 3, revenueCents: 300, daysSinceLast: 30 },
      { id: 'd', orders: 1, revenueCents: 200, daysSinceLast: 40 },
      { id: 'e', orders: 1, revenueCents: Number.NaN, daysSinceLast: Number.NaN },
    ]);
    const codes = Int16Array.from([0, 0, 1, -1, 0]);
    const grouping = { key: 'tier' as const, groups: ['x', 'y', 'z'], codes };
    // Four customers placed; all net revenue 2000 (d's 200 counts in the total, though d is in no group).
    expect(groupSummaries(grouping, profiles)).toEqual([
      {
        group: 'x', customers: 3, share: 0.75, revenueCents: 1500, revenueShare: 0.75,
        avgRevenueCents: 500, avgOrders: 4 / 3, avgDaysSinceLast: 15,
      },
      {
        group: 'y', customers: 1, share: 0.25, revenueCents: 300, revenueShare: 0.15,
        avgRevenueCents: 300, avgOrders: 3, avgDaysSinceLast: 30,
      },
      {
        group: 'z', customers: 0, share: 0, revenueCents: 0, revenueShare: 0,
        avgRevenueCents: 0, avgOrders: 0, avgDaysSinceLast: Number.NaN,
      },
    ]);
  });
});
