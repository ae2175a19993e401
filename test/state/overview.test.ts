import { describe, expect, it } from 'vitest';
import type { DateRange, OverviewResult } from '../../src/core/types';
import { OverviewState } from '../../src/state/overview.svelte';

function result(range: DateRange, orders: number, cached = false): OverviewResult {
  return {
    workspaceId: 'ws', range, dataFrom: '2024-01-01', dataTo: '2024-05-10', currency: 'CNY',
    kpis: { revenueCents: 0, orders, customers: 0, aovCents: 0, repeatRate: 0, arpaCents: 0 },
    monthly: [], cached, computedAt: '2024-06-01T00:00:00Z',
  };
}

/** A fake api whose overview replies are released by hand, in any order. */
function controlledApi(cached: OverviewResult | null) {
  const pending: { range: DateRange; resolve: (r: OverviewResult) => void }[] = [];
  return {
    pending,
    api: {
      cachedOverview: async () => cached,
      overview: (_ws: string, range: DateRange) =>
        new Promise<OverviewResult>((resolve) => pending.push({ range, resolve })),
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OverviewState', () => {
  it('shows the cached result and its range at once, then asks for that same range', async () => {
    const last90 = { from: '2024-02-11', to: '2024-05-10' };
    const { api, pending } = controlledApi(result(last90, 7, true));
    const state = new OverviewState(api as never);
    void state.open('ws');
    await tick();
    expect([state.status, state.result?.kpis.orders, state.range, state.preset]).toEqual([
      'updating', 7, last90, 'last90',
    ]);
    expect(pending.map((p) => p.range)).toEqual([last90]);
    pending[0]!.resolve(result(last90, 8));
    await tick();
    expect([state.status, state.result?.kpis.orders]).toEqual(['idle', 8]);
  });

  it('keeps the newest request: a late reply to an older range is dropped', async () => {
    const { api, pending } = controlledApi(null);
    const state = new OverviewState(api as never);
    void state.open('ws');
    await tick();
    pending[0]!.resolve(result({ from: null, to: null }, 100));
    await tick();
    state.choosePreset('thisYear');
    state.choosePreset('last90');
    expect(pending.map((p) => p.range)).toEqual([
      { from: null, to: null },
      { from: '2024-01-01', to: '2024-05-10' },
      { from: '2024-02-11', to: '2024-05-10' },
    ]);
    pending[2]!.resolve(result(pending[2]!.range, 30));
    await tick();
    pending[1]!.resolve(result(pending[1]!.range, 50));
    await tick();
    expect([state.result?.kpis.orders, state.range, state.status]).toEqual([
      30, { from: '2024-02-11', to: '2024-05-10' }, 'idle',
    ]);
  });

  it('calls a workspace without orders empty', async () => {
    const { api, pending } = controlledApi(null);
    const state = new OverviewState(api as never);
    void state.open('ws');
    await tick();
    pending[0]!.resolve({ ...result({ from: null, to: null }, 0), dataFrom: null, dataTo: null });
    await tick();
    expect(state.empty).toBe(true);
  });
});
