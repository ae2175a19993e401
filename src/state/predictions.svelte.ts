import type { Remote } from 'comlink';
import type { AnalysisApi } from '../api/analysis-api';
import {
  DEFAULT_PREDICTION_SETTINGS, type PredictionResult, type PredictionSettings,
} from '../core/prediction-types';

type Api = Pick<
  Remote<AnalysisApi>, 'predictions' | 'cachedPredictions' | 'predictionSettings' | 'savePredictionSettings'
>;

/**
 * The Predictions screen's settings and result: the cached result at once, then one computed for the
 * saved settings; a change of settings is saved and recomputed, and the newest request wins.
 */
export class PredictionsState {
  result = $state.raw<PredictionResult | null>(null);
  settings = $state.raw<PredictionSettings>(DEFAULT_PREDICTION_SETTINGS);
  /** 'loading' before anything can be shown, 'updating' while a shown result is being refreshed. */
  status = $state<'loading' | 'updating' | 'idle' | 'error'>('loading');
  error = $state<string | null>(null);
  /** The id of the top customer whose formulas are shown. */
  chosen = $state<string | null>(null);
  /** True once the workspace is known to hold no data. */
  empty = $derived(this.status === 'idle' && this.result === null);

  #api: Api;
  #workspaceId: string | null = null;
  #ticket = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  async open(workspaceId: string) {
    const ticket = ++this.#ticket;
    this.#workspaceId = workspaceId;
    this.result = null;
    this.error = null;
    this.chosen = null;
    this.status = 'loading';
    let settings = DEFAULT_PREDICTION_SETTINGS;
    try {
      const [stored, cached] = await Promise.all([
        this.#api.predictionSettings(workspaceId), this.#api.cachedPredictions(workspaceId),
      ]);
      if (ticket !== this.#ticket) return;
      settings = stored;
      if (cached) {
        this.result = cached;
        this.status = 'updating';
      }
    } catch {
      // nothing stored to show: compute with the defaults below
    }
    this.settings = settings;
    await this.#load(ticket, workspaceId, settings);
  }

  /** Saves new settings and recomputes with them. */
  async apply(settings: PredictionSettings) {
    if (this.#workspaceId === null) return;
    const workspaceId = this.#workspaceId;
    const ticket = ++this.#ticket;
    this.settings = settings;
    this.status = this.result ? 'updating' : 'loading';
    try {
      await this.#api.savePredictionSettings(workspaceId, settings);
    } catch {
      // not saved: the result below still follows the settings shown
    }
    await this.#load(ticket, workspaceId, settings);
  }

  /** Shows (or hides, when chosen again) the formulas of a top customer. */
  choose(id: string) {
    this.chosen = this.chosen === id ? null : id;
  }

  async #load(ticket: number, workspaceId: string, settings: PredictionSettings) {
    try {
      const result = await this.#api.predictions(workspaceId, { ...settings });
      if (ticket !== this.#ticket) return;
      this.result = result;
      if (this.chosen !== null && !result?.top.some((t) => t.id === this.chosen)) this.chosen = null;
      this.status = 'idle';
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}
