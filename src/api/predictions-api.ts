import type { CustomerFrame, CustomerSettings, Grouping } from '../core/customer-types';
import { dominantCurrency } from '../core/metrics/dominant-currency';
import type { PredictionResult, PredictionSettings } from '../core/prediction-types';
import type { AtlasDb, CachedResult } from '../storage/db';
import { customerSettingsKey, predictionSettingsKey } from '../storage/workspace-records';
import type { FrameCache, FrameInputs, PreparedFrame } from './customer-frame-cache';
import { normalSettings } from './normal-settings';
import { computePredictions, type CustomerPredictions } from './prediction-compute';
import { normalPredictionSettings } from './prediction-settings';

/** Bump when a change of the prediction code changes its results: cached results then no longer match. */
export const PREDICTIONS_CODE_VERSION = 2;

/** The `meta` key of a workspace's prediction settings. */

const predictionsKey = (inputs: FrameInputs, settings: PredictionSettings) =>
  `predictions|v${PREDICTIONS_CODE_VERSION}|${inputs.key}|${JSON.stringify(settings)}`;

/**
 * The prediction part of the worker api (BG/NBD, Pareto/NBD, Gamma-Gamma, holdout check); createAnalysisApi
 * spreads it in with the frame cache it shares. The customer frame's as-of day comes from the workspace's
 * saved customer settings. The per-customer predictions of the last result are kept on the held frame
 * (`frame.predictions`), so the customer list can show and sort them.
 */
export function createPredictionsApi(db: AtlasDb, frames: FrameCache) {
  async function customerSettings(workspaceId: string): Promise<CustomerSettings> {
    const stored = await db.meta.get(customerSettingsKey(workspaceId));
    return normalSettings(stored?.value as CustomerSettings | undefined);
  }

  async function storedPredictionSettings(workspaceId: string): Promise<PredictionSettings> {
    const stored = await db.meta.get(predictionSettingsKey(workspaceId));
    return normalPredictionSettings(stored?.value as PredictionSettings | undefined);
  }

  async function cachedResult(
    workspaceId: string, inputs: FrameInputs, settings: PredictionSettings,
  ): Promise<PredictionResult | null> {
    const hit = await db.table<CachedResult<PredictionResult>, string>('results')
      .get(predictionsKey(inputs, settings));
    return hit && hit.workspaceId === workspaceId ? { ...hit.value, cached: true } : null;
  }

  function attach(prepared: PreparedFrame, customers: CustomerPredictions): void {
    prepared.frame.predictions = customers;
  }

  const api = {
    /**
     * Fits, holdout check and per-customer predictions of a workspace under `settings` (money in cents, time
     * in the settings' unit), from the cache when its inputs are unchanged; the per-customer values are
     * then recomputed from the data so the customer list has them. Null when the workspace has no data.
     */
    async predictions(workspaceId: string, settings: PredictionSettings): Promise<PredictionResult | null> {
      const wanted = normalPredictionSettings(settings);
      const customerSet = await customerSettings(workspaceId);
      const inputs = await frames.inputs(workspaceId, customerSet);
      if (!inputs) return null;
      const [prepared, workspace] = await Promise.all([
        frames.get(workspaceId, customerSet), db.workspaces.get(workspaceId),
      ]);
      if (!prepared) return null;
      const hit = await cachedResult(workspaceId, inputs, wanted);
      const computed = computePredictions(
        workspaceId, prepared.frame.profiles, prepared.orders, wanted,
        (prepared.orders ? dominantCurrency(prepared.orders.text['currency']) : null) ?? workspace?.currency ?? null, hit,
      );
      attach(prepared, computed.customers);
      if (hit) return hit;
      const result = computed.result;
      const datasetId = (prepared.ordersDataset ?? prepared.customersDataset)!.id;
      const key = predictionsKey(inputs, wanted);
      await db.transaction('rw', db.datasets, db.results, async () => {
        const still = await Promise.all([prepared.ordersDataset, prepared.customersDataset]
          .map((d) => (d ? db.datasets.get(d.id) : Promise.resolve(true))));
        if (still.every(Boolean)) {
          await db.table<CachedResult<PredictionResult>, string>('results')
            .put({ key, workspaceId, datasetId, value: result, createdAt: new Date().toISOString() });
        }
      });
      return result;
    },
    /**
     * The cached result for the workspace's saved prediction and customer settings, without fitting; null
     * when there is none.
     */
    async cachedPredictions(workspaceId: string): Promise<PredictionResult | null> {
      const inputs = await frames.inputs(workspaceId, await customerSettings(workspaceId));
      return inputs ? cachedResult(workspaceId, inputs, await storedPredictionSettings(workspaceId)) : null;
    },
    async predictionSettings(workspaceId: string): Promise<PredictionSettings> {
      return storedPredictionSettings(workspaceId);
    },
    async savePredictionSettings(workspaceId: string, settings: PredictionSettings): Promise<void> {
      await db.meta.put({ key: predictionSettingsKey(workspaceId), value: normalPredictionSettings(settings) });
    },
    /**
     * The held frame under the saved customer settings with the per-customer predictions of the cached result
     * of the saved prediction settings on it (recomputed from the cache when the frame lacks them); null
     * until predictions were computed once, so no caller ever starts a fit through it.
     */
    async loadCachedPredictions(workspaceId: string): Promise<PreparedFrame | null> {
      const customerSet = await customerSettings(workspaceId);
      const inputs = await frames.inputs(workspaceId, customerSet);
      if (!inputs || !(await cachedResult(workspaceId, inputs, await storedPredictionSettings(workspaceId)))) return null;
      const prepared = await frames.get(workspaceId, customerSet);
      if (prepared && !prepared.frame.predictions) {
        await api.predictions(workspaceId, await storedPredictionSettings(workspaceId)); // from the cache
        return frames.get(workspaceId, customerSet);
      }
      return prepared;
    },
    /**
     * Each group's predicted value under the saved prediction settings: mean P(alive), expected purchases and
     * predicted CLV (cents) summed over its customers. Null until predictions were computed once (the
     * Predictions screen), so opening the Segments screen never starts a fit.
     */
    async groupPredictions(workspaceId: string, grouping: string): Promise<GroupPrediction[] | null> {
      const prepared = await api.loadCachedPredictions(workspaceId);
      const predictions = prepared?.frame.predictions;
      const groups = prepared?.frame.groupings[grouping];
      if (!predictions || !groups) return null;
      return groupPredictions(groups, predictions);
    },
  };
  return api;
}

export type PredictionsApi = ReturnType<typeof createPredictionsApi>;

/** Predicted value of one group of a grouping. */
export interface GroupPrediction {
  group: string;
  customers: number;
  /** Mean P(alive) of the group's customers with a prediction (NaN when none). */
  pAlive: number;
  expectedPurchases: number;
  predictedClvCents: number;
}

function groupPredictions(
  grouping: Grouping, predictions: NonNullable<CustomerFrame['predictions']>,
): GroupPrediction[] {
  const k = grouping.groups.length;
  const customers = new Float64Array(k);
  const alive = new Float64Array(k);
  const purchases = new Float64Array(k);
  const clv = new Float64Array(k);
  for (let i = 0; i < grouping.codes.length; i++) {
    const g = grouping.codes[i]!;
    const pAlive = predictions.pAlive[i]!;
    if (g < 0 || !Number.isFinite(pAlive)) continue;
    customers[g]!++;
    alive[g]! += pAlive;
    purchases[g]! += predictions.expectedPurchases[i]! || 0;
    clv[g]! += predictions.predictedClvCents[i]! || 0;
  }
  return grouping.groups.map((group, g) => ({
    group, customers: customers[g]!, pAlive: customers[g]! > 0 ? alive[g]! / customers[g]! : Number.NaN,
    expectedPurchases: purchases[g]!, predictedClvCents: Math.round(clv[g]!),
  }));
}
