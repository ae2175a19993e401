import { describe, expect, it } from 'vitest';
import type { SegmentsResult } from '../../src/api/customers-api';
import { DEFAULT_CUSTOMER_SETTINGS, type CustomerSettings } from '../../src/core/customer-types';
import { SegmentsState } from '../../src/state/segments.svelte';

function result(asOf: string, customers: number): SegmentsResult {
  return {
    workspaceId: 'ws', settings: DEFAULT_CUSTOMER_SETTINGS, asOf, currency: 'CNY',
    counts: { customers, purchasers: customers, ordersOnly: customers, fileOnly: 0, inBoth: 0, revenueCents: 0 },
    rfm: { cuts: { recency: [], frequency: [], monetary: [] }, bins: { recency: 5, frequency: 5, monetary: 5 }, notes: [], grid: [] },
    groupings: {}, attributes: [], trend: [], cached: false,
  };
}

function controlledApi(cached: SegmentsResult | null) {
  const pending: { settings: CustomerSettings; resolve: (r: SegmentsResult) => void }[] = [];
  const saved: CustomerSettings[] = [];
  return {
    pending,
    saved,
    api: {
      customerSettings: async () => DEFAULT_CUSTOMER_SETTINGS,
      cachedSegments: async () => cached,
      saveCustomerSettings: async (_ws: string, settings: CustomerSettings) => void saved.push(settings),
      segments: (_ws: string, settings: CustomerSettings) =>
        new Promise<SegmentsResult>((resolve) => pending.push({ settings, resolve })),
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SegmentsState', () => {
  it('shows the cached result at once, then the fresh one', async () => {
    const { api, pending } = controlledApi(result('2024-05-01', 7));
    const state = new SegmentsState(api as never);
    void state.open('ws');
    await tick();
    expect([state.status, state.result?.counts.customers]).toEqual(['updating', 7]);
    pending[0]!.resolve(result('2024-05-01', 8));
    await tick();
    expect([state.status, state.result?.counts.customers, state.empty]).toEqual(['idle', 8, false]);
  });

  it('saves changed settings, recomputes, and keeps the newest result', async () => {
    const { api, pending, saved } = controlledApi(null);
    const state = new SegmentsState(api as never);
    void state.open('ws');
    await tick();
    pending[0]!.resolve(result('2024-05-01', 10));
    await tick();
    const first = { ...DEFAULT_CUSTOMER_SETTINGS, asOf: '2024-01-31' };
    const second = { ...DEFAULT_CUSTOMER_SETTINGS, asOf: '2024-02-29' };
    void state.update(first);
    void state.update(second);
    await tick();
    expect([saved.map((s) => s.asOf), pending.map((p) => p.settings.asOf)]).toEqual([
      ['2024-01-31', '2024-02-29'], [null, '2024-01-31', '2024-02-29'],
    ]);
    pending[2]!.resolve(result('2024-02-29', 5));
    await tick();
    pending[1]!.resolve(result('2024-01-31', 3));
    await tick();
    expect([state.result?.asOf, state.settings.asOf, state.status]).toEqual(['2024-02-29', '2024-02-29', 'idle']);
  });

  it('calls a workspace without customers empty', async () => {
    const { api, pending } = controlledApi(null);
    const state = new SegmentsState(api as never);
    void state.open('ws');
    await tick();
    pending[0]!.resolve(result('2024-05-01', 0));
    await tick();
    expect(state.empty).toBe(true);
  });
});

describe('SegmentsState.followTrend', () => {
  it("shows the trend of the selected customers, keeps the newest request's, and clears with the selection", async () => {
    const { api, pending } = controlledApi(null);
    const asked: Array<{ filter: unknown; resolve: (t: SegmentsResult['trend']) => void }> = [];
    const state = new SegmentsState({
      ...api,
      stageTrend: (_ws: string, _s: CustomerSettings, filter: unknown) =>
        new Promise<SegmentsResult['trend']>((resolve) => asked.push({ filter, resolve })),
    } as never);
    void state.open('ws');
    await tick();
    pending[0]!.resolve(result('2024-05-01', 3));
    await tick();
    const tierHigh = { grouping: 'tier', group: 'high' } as const;
    const tierLow = { grouping: 'tier', group: 'low' } as const;
    void state.followTrend(tierHigh);
    void state.followTrend(tierLow);
    const lowTrend = [{ month: '2024-05', stage: 'new' as const, customers: 2 }];
    asked[1]!.resolve(lowTrend);
    asked[0]!.resolve([{ month: '2024-05', stage: 'new', customers: 1 }]);
    await tick();
    expect(state.filteredTrend).toEqual({ key: JSON.stringify(tierLow), trend: lowTrend });
    await state.followTrend(null);
    expect(state.filteredTrend).toBeNull();
  });
});

describe('SegmentsState.refreshSaved', () => {
  it("reads the saved segments' sizes under the shown result's settings", async () => {
    const { api, pending } = controlledApi(null);
    const asked: CustomerSettings[] = [];
    const summary = {
      id: 's1', name: 'Big spenders', group: 's1', customers: 4, share: 0.4, revenueCents: 9000, revenueShare: 0.9,
      avgRevenueCents: 2250, avgOrders: 3, avgDaysSinceLast: 12,
    };
    const state = new SegmentsState({
      ...api,
      savedSegmentSummaries: async (_ws: string, settings: CustomerSettings) => {
        asked.push(settings);
        return [summary];
      },
    } as never);
    await state.refreshSaved(); // nothing shown yet: nothing to ask
    expect(asked).toEqual([]);
    void state.open('ws');
    await tick();
    pending[0]!.resolve(result('2024-05-01', 10));
    await tick();
    await state.refreshSaved();
    expect([asked, state.savedSummaries]).toEqual([[DEFAULT_CUSTOMER_SETTINGS], [summary]]);
  });
});
