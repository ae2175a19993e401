import { describe, expect, it } from 'vitest';
import type { SegmentsResult } from '../../src/api/customers-api';
import type { ClustersResult } from '../../src/api/trends-clusters';
import { DEFAULT_CUSTOMER_SETTINGS, type SavedSegment } from '../../src/core/customer-types';
import { locale } from '../../src/i18n';
import { WorkspaceGroups } from '../../src/state/workspace-groups.svelte';

const summary = (group: string) => ({
  group, customers: 1, share: 0.5, revenueCents: 100, revenueShare: 0.5, avgRevenueCents: 100, avgOrders: 1,
  avgDaysSinceLast: 3,
});
const segments: SegmentsResult = {
  workspaceId: 'ws', settings: DEFAULT_CUSTOMER_SETTINGS, asOf: '2024-05-01', currency: 'CNY',
  counts: { customers: 2, purchasers: 2, ordersOnly: 2, fileOnly: 0, inBoth: 0, revenueCents: 200 },
  rfm: { cuts: { recency: [], frequency: [], monetary: [] }, bins: { recency: 5, frequency: 5, monetary: 5 },
    notes: [], grid: [] },
  groupings: { tier: [summary('high'), summary('low')], 'attr:region': [summary('North'), summary('South')] },
  attributes: ['region'], trend: [], cached: false,
};
const saved: SavedSegment[] = [{
  id: 's1', workspaceId: 'ws', name: 'Big spenders', condition: { kind: 'and', children: [] },
  createdAt: '2024-05-01T00:00:00Z', updatedAt: '2024-05-01T00:00:00Z',
}];
const clusters = { k: 2, clusters: [{ group: 'c1' }, { group: 'c2' }] } as unknown as ClustersResult;

function api(held: ClustersResult | null) {
  return {
    customerSettings: async () => DEFAULT_CUSTOMER_SETTINGS,
    cachedSegments: async () => segments,
    segments: async () => segments,
    listSegments: async () => saved,
    heldClusters: async () => ({ request: {}, result: held }),
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WorkspaceGroups', () => {
  it('offers groupings, attributes, clusters and saved segments with their groups and names', async () => {
    locale.set('en');
    const groups = new WorkspaceGroups(api(clusters) as never);
    await groups.open('ws');
    await settle();
    expect(groups.keys).toEqual([
      'rfm', 'cnEight', 'tier', 'behaviour', 'lifecycle', 'attr:region', 'cluster', 'segment:s1',
    ]);
    expect(groups.groupsOf('attr:region')).toEqual(['North', 'South']);
    expect(groups.groupsOf('cluster')).toEqual(['c1', 'c2']);
    expect(groups.groupsOf('segment:s1')).toEqual(['']);
    expect(groups.nameOf({ grouping: 'cluster', group: 'c2' })).toBe('Clusters · Cluster 2');
    expect(groups.nameOf({ grouping: 'tier', group: 'high' })).toBe('Value tiers · High value');
    expect(groups.nameOf({ grouping: 'segment:s1', group: '' })).toBe('Big spenders');
  });

  it('offers no clusters before they are found, then those the Clusters screen finds', async () => {
    const groups = new WorkspaceGroups(api(null) as never);
    await groups.open('ws');
    expect(groups.keys).not.toContain('cluster');
    groups.setClusters(clusters);
    expect(groups.keys).toContain('cluster');
  });
});
