import type { Remote } from 'comlink';
import type { CustomerFilter, CustomerPage, CustomersApi } from '../api/customers-api';
import type { CustomerColumn, CustomerSettings, LifecycleStage } from '../core/customer-types';

type Api = Pick<Remote<CustomersApi>, 'customerPage' | 'customerSettings' | 'exportCustomers' | 'customerStageHistory'>;
type Sort = { column: CustomerColumn; direction: 'asc' | 'desc' };
/** A list's filter: a grouping and group or saved segment, a condition, a range of purchases (no search). */
export type ListFilter = Omit<CustomerFilter, 'search' | 'grouping'> & { grouping?: string };

/** Rows per page: enough to fill a screen, few enough that a page renders well under a frame budget. */
export const PAGE_SIZE = 50;

/** Columns shown until the person chooses others. */
export const DEFAULT_COLUMNS: CustomerColumn[] = [
  'id', 'name', 'orders', 'revenueCents', 'lastDay', 'daysSinceLast', 'rfm', 'tier', 'lifecycle',
];

/** Columns whose first click sorts ascending (text reads A→Z); numbers start with the largest. */
const ASCENDING_FIRST = new Set<CustomerColumn>(['id', 'name', 'email', 'region', 'channel', 'favouriteCategory']);

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One customer list: its filter (a group or saved segment), search text, sort, page and columns; pages come
 * from the worker and the newest request wins. A changed filter, search or sort goes back to the first page;
 * typing in the search waits `searchDelayMs` for a pause.
 */
export class CustomerListState {
  page = $state.raw<CustomerPage | null>(null);
  status = $state<'loading' | 'updating' | 'idle' | 'error'>('loading');
  error = $state<string | null>(null);
  /** The group, segment, cohort or range the list is restricted to (search apart); null = everyone. */
  filter = $state.raw<ListFilter | null>(null);
  /** The search box's text; the list follows it after a pause. */
  search = $state('');
  sort = $state.raw<Sort>({ column: 'revenueCents', direction: 'desc' });
  offset = $state(0);
  columns = $state.raw<CustomerColumn[]>(DEFAULT_COLUMNS);
  settings = $state.raw<CustomerSettings | null>(null);
  total = $derived(this.page?.total ?? 0);
  hasPrev = $derived(this.offset > 0);
  hasNext = $derived(this.offset + PAGE_SIZE < this.total);

  #api: Api;
  #workspaceId: string | null = null;
  #appliedSearch = '';
  #ticket = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #searchDelayMs: number;

  constructor(api: Api, searchDelayMs = 250) {
    this.#api = api;
    this.#searchDelayMs = searchDelayMs;
  }

  /** One customer's lifecycle stage at the end of each month, oldest first (for the row's history dialog). */
  async stageHistory(customerId: string): Promise<Array<{ month: string; stage: LifecycleStage }>> {
    if (!this.#workspaceId || !this.settings) return [];
    return this.#api.customerStageHistory(this.#workspaceId, $state.snapshot(this.settings) as CustomerSettings, customerId);
  }

  /** Opens a workspace's list with the given settings, or the workspace's saved settings when none are given. */
  async open(workspaceId: string, settings?: CustomerSettings) {
    this.#workspaceId = workspaceId;
    this.offset = 0;
    if (settings) {
      this.settings = settings;
    } else {
      const ticket = ++this.#ticket;
      this.status = 'loading';
      try {
        const saved = await this.#api.customerSettings(workspaceId);
        if (ticket !== this.#ticket) return;
        this.settings = saved;
      } catch (error) {
        if (ticket !== this.#ticket) return;
        [this.error, this.status] = [message(error), 'error'];
        return;
      }
    }
    await this.#load();
  }

  setFilter(filter: ListFilter | null) {
    const empty = (f: ListFilter | null) => !f || Object.keys(f).length === 0;
    if (empty(filter) && empty(this.filter)) return;
    if (JSON.stringify(filter) === JSON.stringify(this.filter)) return;
    this.filter = filter;
    this.offset = 0;
    void this.#load();
  }

  /** Follows the search box after a pause in typing, so each keystroke does not ask the worker. */
  setSearch(text: string) {
    this.search = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.search.trim() === this.#appliedSearch) return;
      this.#appliedSearch = this.search.trim();
      this.offset = 0;
      void this.#load();
    }, this.#searchDelayMs);
  }

  /** Sorts by a column; the sorted column again flips the direction. */
  sortBy(column: CustomerColumn) {
    const direction = this.sort.column === column
      ? (this.sort.direction === 'asc' ? 'desc' : 'asc')
      : (ASCENDING_FIRST.has(column) ? 'asc' : 'desc');
    this.sort = { column, direction };
    this.offset = 0;
    void this.#load();
  }

  setColumns(columns: CustomerColumn[]) {
    this.columns = columns.length > 0 ? columns : ['id'];
    void this.#load();
  }

  next() {
    if (!this.hasNext) return;
    this.offset += PAGE_SIZE;
    void this.#load();
  }

  prev() {
    if (!this.hasPrev) return;
    this.offset = Math.max(0, this.offset - PAGE_SIZE);
    void this.#load();
  }

  /** The list's whole filter as the worker reads it. */
  currentFilter(): CustomerFilter {
    const filter = { ...this.filter } as CustomerFilter;
    if (filter.grouping && filter.group === '') delete filter.group;
    if (this.#appliedSearch) filter.search = this.#appliedSearch;
    return filter;
  }

  /** The list as CSV bytes with the shown columns in the shown order, `headers` and `labels` translated. */
  async exportCsv(headers: Record<string, string>, labels: Record<string, string>): Promise<Uint8Array> {
    if (this.#workspaceId === null || !this.settings) throw new Error('no list open');
    return this.#api.exportCustomers(
      this.#workspaceId, $state.snapshot(this.settings) as CustomerSettings, this.currentFilter(),
      [...this.columns], headers, labels, { ...this.sort },
    );
  }

  async #load() {
    const workspaceId = this.#workspaceId;
    const settings = this.settings;
    if (workspaceId === null || !settings) return;
    const ticket = ++this.#ticket;
    this.status = this.page ? 'updating' : 'loading';
    try {
      const page = await this.#api.customerPage(workspaceId, $state.snapshot(settings) as CustomerSettings, {
        filter: this.currentFilter(),
        sort: { ...this.sort },
        offset: this.offset,
        limit: PAGE_SIZE,
        columns: [...this.columns],
      });
      if (ticket !== this.#ticket) return;
      [this.page, this.status, this.error] = [page, 'idle', null];
    } catch (error) {
      if (ticket !== this.#ticket) return;
      [this.error, this.status] = [message(error), 'error'];
    }
  }
}
