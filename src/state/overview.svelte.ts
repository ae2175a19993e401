import type { Remote } from 'comlink';
import type { AnalysisApi } from '../api/analysis-api';
import type { DateRange, OverviewResult } from '../core/types';
import { matchingPreset, presetRange, type RangePreset } from './date-presets';

type Api = Pick<Remote<AnalysisApi>, 'overview' | 'cachedOverview'>;

/** The Overview's range and results: the cached result at once, then a fresh one; the newest request wins. */
export class OverviewState {
  result = $state.raw<OverviewResult | null>(null);
  range = $state.raw<DateRange>({ from: null, to: null });
  preset = $derived<RangePreset | 'custom'>(matchingPreset(this.range, this.result?.dataTo ?? null));
  /** 'loading' before anything can be shown, 'updating' while a shown result is being refreshed. */
  status = $state<'loading' | 'updating' | 'idle' | 'error'>('loading');
  error = $state<string | null>(null);
  /** True once the workspace is known to hold no orders at all. */
  empty = $derived(this.status !== 'loading' && this.status !== 'error' && !this.result?.dataTo);

  #api: Api;
  #workspaceId: string | null = null;
  #ticket = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  /** Shows a workspace: its cached result (and range) first, then the result recomputed for that range. */
  async open(workspaceId: string) {
    const ticket = ++this.#ticket;
    this.#workspaceId = workspaceId;
    this.result = null;
    this.error = null;
    this.status = 'loading';
    let range: DateRange = { from: null, to: null };
    try {
      const cached = await this.#api.cachedOverview(workspaceId);
      if (ticket !== this.#ticket) return;
      if (cached) {
        this.result = cached;
        range = cached.range;
        this.status = 'updating';
      }
    } catch {
      // no cache to show: compute below
    }
    this.range = range;
    await this.#load(ticket, workspaceId, range);
  }

  /** Applies a quick range relative to the data's last order day. */
  choosePreset(preset: RangePreset) {
    this.setRange(presetRange(preset, this.result?.dataTo ?? null));
  }

  setRange(range: DateRange) {
    if (this.#workspaceId === null) return;
    this.range = range;
    if (this.result) this.status = 'updating';
    void this.#load(++this.#ticket, this.#workspaceId, range);
  }

  async #load(ticket: number, workspaceId: string, range: DateRange) {
    try {
      const result = await this.#api.overview(workspaceId, $state.snapshot(range));
      if (ticket !== this.#ticket) return;
      this.result = result;
      this.status = 'idle';
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}
