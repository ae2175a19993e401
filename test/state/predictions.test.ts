import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREDICTION_SETTINGS, type PredictionResult, type PredictionSettings,
} from '../../src/core/prediction-types';
import { PredictionsState } from '../../src/state/predictions.svelte';

function result(settings: PredictionSettings, customers: number, cached = false): PredictionResult {
  return {
    workspaceId: 'ws', settings, asOf: '1998-06-30', currency: null, model: 'bgnbd', fallback: false, notes: [],
    fits: { bgnbd: null, paretoNbd: null, gammaGamma: null }, spendFrequencyCorrelation: null, holdout: null,
    pAliveBins: [], clvBins: [], totals: { customers, expectedPurchases: 0, predictedRevenueCents: 0, predictedClvCents: 0 },
    top: [{ id: 'c1', name: null, pAlive: 1, expectedPurchases: 1, spendCents: 1, clvCents: 1, x: 0, tx: 0, T: 1, meanSpendCents: 0 }],
    cached,
  };
}

/** A fake api whose prediction replies are released by hand, in any order. */
function controlledApi(stored: PredictionSettings, cached: PredictionResult | null) {
  const pending: { settings: PredictionSettings; resolve: (r: PredictionResult) => void }[] = [];
  const saved: PredictionSettings[] = [];
  return {
    pending, saved,
    api: {
      predictionSettings: async () => stored,
      cachedPredictions: async () => cached,
      savePredictionSettings: async (_ws: string, s: PredictionSettings) => void saved.push(s),
      predictions: (_ws: string, settings: PredictionSettings) =>
        new Promise<PredictionResult>((resolve) => pending.push({ settings, resolve })),
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const weeks = { ...DEFAULT_PREDICTION_SETTINGS, calibrationEnd: '1997-09-30' };

describe('PredictionsState', () => {
  it('shows the cached result at once, then asks for the saved settings', async () => {
    const { api, pending } = controlledApi(weeks, result(weeks, 7, true));
    const state = new PredictionsState(api as never);
    void state.open('ws');
    await tick();
    expect([state.status, state.result?.totals.customers, state.settings]).toEqual(['updating', 7, weeks]);
    expect(pending.map((p) => p.settings)).toEqual([weeks]);
    pending[0]!.resolve(result(weeks, 8));
    await tick();
    expect([state.status, state.result?.totals.customers]).toEqual(['idle', 8]);
  });

  it('saves applied settings and keeps the newest reply when an older one comes late', async () => {
    const { api, pending, saved } = controlledApi(DEFAULT_PREDICTION_SETTINGS, null);
    const state = new PredictionsState(api as never);
    void state.open('ws');
    await tick();
    expect(state.status).toBe('loading');
    const months = { ...DEFAULT_PREDICTION_SETTINGS, unit: 'months' as const, horizon: 12 };
    void state.apply(months);
    await tick();
    expect(saved).toEqual([months]);
    pending[1]!.resolve(result(months, 2));
    await tick();
    pending[0]!.resolve(result(DEFAULT_PREDICTION_SETTINGS, 1));
    await tick();
    expect([state.status, state.result?.settings, state.settings]).toEqual(['idle', months, months]);
  });

  it('shows and hides a top customer\'s formulas', () => {
    const state = new PredictionsState(controlledApi(weeks, null).api as never);
    state.choose('c1');
    expect(state.chosen).toBe('c1');
    state.choose('c1');
    expect(state.chosen).toBeNull();
  });
});
