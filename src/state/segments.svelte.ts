import type { Remote } from 'comlink';
import type { CustomerFilter, CustomersApi, SavedSegmentSummary, SegmentsResult } from '../api/customers-api';
import type { GroupPrediction, PredictionsApi } from '../api/predictions-api';
import { DEFAULT_CUSTOMER_SETTINGS, type CustomerSettings } from '../core/customer-types';

type Api = Pick<
  Remote<CustomersApi>, 'segments' | 'cachedSegments' | 'customerSettings' | 'saveCustomerSettings' | 'stageTrend'
  | 'savedSegmentSummaries'
> & Partial<Pick<Remote<PredictionsApi>, 'groupPredictions'>>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Segments screen's settings and result: the cached result at once, then one computed for the current
 * settings; the newest request wins. Changed settings are saved to the workspace and recomputed.
 */
export class SegmentsState {
  result = $state.raw<SegmentsResult | null>(null);
  settings = $state.raw<CustomerSettings>(DEFAULT_CUSTOMER_SETTINGS);
  /** 'loading' before anything can be shown, 'updating' while a shown result is being refreshed. */
  status = $state<'loading' | 'updating' | 'idle' | 'error'>('loading');
  error = $state<string | null>(null);
  /** True once the workspace is known to hold no customers at all. */
  empty = $derived(
    (this.status === 'idle' || this.status === 'updating') && (this.result?.counts.customers ?? 0) === 0,
  );

  /** The lifecycle trend of only the selected customers, and the filter it is for; null shows everyone's. */
  filteredTrend = $state.raw<{ key: string; trend: SegmentsResult['trend'] } | null>(null);

  /** The saved micro-segments with their size and value under the shown result's settings. */
  savedSummaries = $state.raw<SavedSegmentSummary[]>([]);

  /** Predicted value per group of the shown grouping, once predictions were computed; null before. */
  groupPredictions = $state.raw<{ grouping: string; rows: GroupPrediction[] } | null>(null);

  #api: Api;
  #workspaceId: string | null = null;
  #predictionTicket = 0;
  #savedTicket = 0;
  #ticket = 0;
  #trendTicket = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  async open(workspaceId: string) {
    const ticket = ++this.#ticket;
    this.#workspaceId = workspaceId;
    this.result = null;
    this.error = null;
    this.status = 'loading';
    try {
      const [settings, cached] = await Promise.all([
        this.#api.customerSettings(workspaceId),
        this.#api.cachedSegments(workspaceId).catch(() => null),
      ]);
      if (ticket !== this.#ticket) return;
      this.settings = settings;
      if (cached) {
        this.result = cached;
        this.status = 'updating';
      }
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = message(error);
      this.status = 'error';
      return;
    }
    await this.#load(ticket, workspaceId, this.settings);
  }

  /** Changes settings (as-of day, cut points, tiers, rules): saved to the workspace, then recomputed. */
  async update(settings: CustomerSettings) {
    const workspaceId = this.#workspaceId;
    if (workspaceId === null) return;
    const ticket = ++this.#ticket;
    this.settings = settings;
    if (this.result) this.status = 'updating';
    try {
      await this.#api.saveCustomerSettings(workspaceId, $state.snapshot(settings) as CustomerSettings);
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = message(error);
      this.status = 'error';
      return;
    }
    await this.#load(ticket, workspaceId, settings);
  }

  /** Re-reads the saved segments' sizes (after one was saved or deleted, or the settings changed). */
  async refreshSaved() {
    const ticket = ++this.#savedTicket;
    const workspaceId = this.#workspaceId;
    if (workspaceId === null || !this.result) return;
    try {
      const rows = await this.#api.savedSegmentSummaries(
        workspaceId, $state.snapshot(this.result.settings) as CustomerSettings,
      );
      if (ticket === this.#savedTicket) this.savedSummaries = rows;
    } catch {
      if (ticket === this.#savedTicket) this.savedSummaries = [];
    }
  }

  /** Reads the predicted value of each group of `grouping` (nothing when predictions were never computed). */
  async followPredictions(grouping: string) {
    const ticket = ++this.#predictionTicket;
    const workspaceId = this.#workspaceId;
    if (workspaceId === null || !this.#api.groupPredictions) return;
    try {
      const rows = await this.#api.groupPredictions(workspaceId, grouping);
      if (ticket === this.#predictionTicket) this.groupPredictions = rows ? { grouping, rows } : null;
    } catch {
      if (ticket === this.#predictionTicket) this.groupPredictions = null;
    }
  }

  /** Follows a selection with the trend of its customers (null: everyone's); the newest request wins. */
  async followTrend(filter: CustomerFilter | null) {
    const ticket = ++this.#trendTicket;
    const workspaceId = this.#workspaceId;
    if (!filter || workspaceId === null || !this.result) {
      this.filteredTrend = null;
      return;
    }
    const key = JSON.stringify(filter);
    try {
      const trend = await this.#api.stageTrend(
        workspaceId, $state.snapshot(this.result.settings) as CustomerSettings, filter,
      );
      if (ticket === this.#trendTicket) this.filteredTrend = { key, trend };
    } catch {
      if (ticket === this.#trendTicket) this.filteredTrend = null; // everyone's trend stays readable
    }
  }

  async #load(ticket: number, workspaceId: string, settings: CustomerSettings) {
    try {
      const result = await this.#api.segments(workspaceId, $state.snapshot(settings) as CustomerSettings);
      if (ticket !== this.#ticket) return;
      this.result = result;
      this.status = 'idle';
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = message(error);
      this.status = 'error';
    }
  }
}
