import { describe, expect, it } from 'vitest';
import { clusterGrouping } from '../../../src/core/clustering/cluster-grouping';
import { clusterSummaries } from '../../../src/core/clustering/cluster-summaries';
import { describeClusters } from '../../../src/core/clustering/describe-clusters';
import { testProfiles } from './profiles';

describe('describeClusters', () => {
  it('names the features furthest from average, by |z|, at most three, none for an average cluster', () => {
    const features = ['recency', 'frequency', 'monetary', 'aov'] as const;
    const centroids = Float64Array.from([
      -1.5, 2, 0.2, -0.1, // buy often, recently active
      0.8, -0.6, -1.2, 2.5, // four differ: the smallest is left out
      0.1, -0.3, 0.4, 0, // close to average everywhere
    ]);
    expect(describeClusters(centroids, features, 3, 4)).toEqual([
      { cluster: 0, traits: [
        { feature: 'frequency', direction: 'high', z: 2 },
        { feature: 'recency', direction: 'low', z: -1.5 },
      ] },
      { cluster: 1, traits: [
        { feature: 'aov', direction: 'high', z: 2.5 },
        { feature: 'monetary', direction: 'low', z: -1.2 },
        { feature: 'recency', direction: 'high', z: 0.8 },
      ] },
      { cluster: 2, traits: [] },
    ]);
  });
});

describe('clusterSummaries and clusterGrouping', () => {
  // Profile rows 0…5; row 2 has no purchase. Matrix rows → profile rows 0, 1, 3, 4, 5.
  const profiles = testProfiles([
    { orders: 1, revenueCents: 1000, daysSinceLast: 10 },
    { orders: 4, revenueCents: 8000, daysSinceLast: 2, meanGapDays: 20 },
    { orders: 0 },
    { orders: 2, revenueCents: 3000, daysSinceLast: 30, meanGapDays: 40 },
    { orders: 1, revenueCents: -2000, daysSinceLast: 50 },
    { orders: 6, revenueCents: 10000, daysSinceLast: 4, meanGapDays: 10 },
  ]);
  const rowIndex = Int32Array.from([0, 1, 3, 4, 5]);
  const assignment = Int32Array.from([0, 1, 0, 0, 1]);

  it('gives size, shares, revenue and raw feature means per cluster', () => {
    expect(clusterSummaries(assignment, 2, profiles, rowIndex, ['recency', 'frequency', 'interval'])).toEqual([
      { cluster: 0, customers: 3, share: 0.6, revenueCents: 2000, revenueShare: 0.1,
        means: { recency: 30, frequency: 4 / 3, interval: 40 } },
      { cluster: 1, customers: 2, share: 0.4, revenueCents: 18000, revenueShare: 0.9,
        means: { recency: 3, frequency: 5, interval: 15 } },
    ]);
  });

  it('makes a grouping c1…ck, largest cluster first, −1 without a purchase', () => {
    // Cluster 1 is the larger one here, so it becomes c1.
    const flipped = Int32Array.from([1, 0, 1, 1, 0]);
    expect(clusterGrouping(flipped, 2, rowIndex, 6)).toEqual({
      key: 'cluster', groups: ['c1', 'c2'], codes: Int16Array.from([0, 1, -1, 0, 0, 1]), clusterOfGroup: [1, 0],
    });
    expect(clusterGrouping(assignment, 2, rowIndex, 6).codes).toEqual(Int16Array.from([0, 1, -1, 0, 0, 1]));
  });
});
