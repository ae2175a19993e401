import { transfer } from 'comlink';
import type {
  Condition,
  CustomerColumn,
  CustomerFrame,
  CustomerSettings,
  Grouping,
  GroupSummary,
  GroupingKey,
  LifecycleStage,
  RfmSummary,
  SavedSegment,
} from '../core/customer-types';
import type { DateRange } from '../core/types';
import { customerProfiles } from '../core/customers/customer-profiles';
import { csvBytes } from '../core/query/csv-bytes';
import { customerCsv } from '../core/query/customer-csv';
import { customerPageRows } from '../core/query/customer-page-rows';
import { conditionMask } from '../core/query/condition-mask';
import { segmentStats } from '../core/query/segment-stats';
import { customerStageHistory } from '../core/segments/customer-stage-history';
import { groupSummaries } from '../core/segments/group-summaries';
import { lifecycleHistory } from '../core/segments/lifecycle-history';
import { sortedRows } from '../core/query/sorted-rows';
import { validateCondition } from '../core/query/validate-condition';
import type { AtlasDb, CachedResult } from '../storage/db';
import { customerSettingsKey } from '../storage/workspace-records';
import { customerFrame } from './customer-frame';
import { createFrameCache, type FrameCache, type FrameInputs, type PreparedFrame } from './customer-frame-cache';
import { normalSettings } from './normal-settings';
import { filterMask as sharedFilterMask, maskByOrderCode } from './filter-mask';
import { createOrderCache } from './order-cache';
import { segmentsResult } from './segments-result';

/** Everything the Segments screen shows, small enough to cross to the page; cached by its inputs. */
export interface SegmentsResult {
  workspaceId: string;
  settings: CustomerSettings;
  asOf: string;
  currency: string | null;
  counts: {
    /** Every customer known from orders or the customers file. */
    customers: number;
    purchasers: number;
    /** With orders but no row in the customers file, and the other way round. */
    ordersOnly: number;
    fileOnly: number;
    inBoth: number;
    revenueCents: number;
  };
  rfm: RfmSummary;
  /** Per grouping key (rfm, cnEight, tier, behaviour, lifecycle, attr:<name>), its groups in display order. */
  groupings: Record<string, GroupSummary[]>;
  /** The attribute groupings available (names of customer attributes with few distinct values). */
  attributes: string[];
  /** Lifecycle stage sizes at the end of each month, oldest first. */
  trend: Array<{ month: string; stage: LifecycleStage; customers: number }>;
  cached: boolean;
  /** Worker milliseconds: profiles (0 when reused), scores + groupings, then this summary; absent when cached. */
  timings?: { profilesMs: number; groupingsMs: number; summaryMs: number };
}

/** A workspace's saved micro-segments in the order every screen lists them: by name, then age. */
export async function savedSegmentsOf(db: AtlasDb, workspaceId: string): Promise<SavedSegment[]> {
  const segments = await db.segments.where({ workspaceId }).toArray();
  return segments.sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
}

/** Which customers a list shows. */
export interface CustomerFilter {
  /** A grouping and one of its groups, or a saved segment as `segment:<id>`. */
  grouping?: GroupingKey | `segment:${string}`;
  group?: string;
  /** An unsaved condition (the builder's current one). */
  condition?: Condition | null;
  /** Only customers with a purchase in this range of ISO days (open ends: the data's span). */
  activeIn?: DateRange | null;
  /** Case-insensitive substring of id, name or email. */
  search?: string;
}

// The columns live in core so the list and the export can be built there; re-exported for the UI.
export { CUSTOMER_COLUMNS } from '../core/customer-types';
export type { CustomerColumn } from '../core/customer-types';

export interface CustomerPageQuery {
  filter: CustomerFilter;
  sort: { column: CustomerColumn; direction: 'asc' | 'desc' };
  offset: number;
  limit: number;
  /** The columns the page shows (fewer cross); all by default. Every row also carries `id`. */
  columns?: CustomerColumn[];
}

/** One page of customers: rows as plain values (days as ISO strings, money in cents), and the total. */
export interface CustomerPage {
  total: number;
  offset: number;
  rows: Array<Record<string, string | number | null>>;
  /** Worker milliseconds to filter, sort and cut this page. */
  ms?: number;
}

/** Size of a condition's segment as the builder shows it. */
export interface SegmentEvaluation {
  customers: number;
  /** Shares (0–1) of all customers and of all net revenue. */
  share: number;
  revenueShare: number;
  /** Why the condition selects no one (an i18n key such as `condition.badDay`); absent when it is valid. */
  problem?: string;
  /** Worker milliseconds to evaluate the condition. */
  ms?: number;
}

/** A saved micro-segment with its size and value now, for the Segments screen's table. */
export interface SavedSegmentSummary extends GroupSummary {
  id: string;
  name: string;
  /** Why the saved condition selects no one on this data (an i18n key); absent when it is valid. */
  problem?: string;
}

/** Bump when a change of the customer-level code changes its results: cached results then no longer match. */
export const CUSTOMERS_CODE_VERSION = 1;

const segmentsKey = (inputs: FrameInputs) => `segments|v${CUSTOMERS_CODE_VERSION}|${inputs.key}`;

/** The sort of an export when the page names none: most valuable customers first. */
const DEFAULT_SORT: CustomerPageQuery['sort'] = { column: 'revenueCents', direction: 'desc' };

/**
 * The customer-level part of the worker api; createAnalysisApi spreads it in, passing the frame cache it
 * shares with its order cache (and clears when a workspace is deleted).
 */
export function createCustomersApi(
  db: AtlasDb, frames: FrameCache = createFrameCache(db, createOrderCache(db)),
) {
  /** The last sorted list, so paging through it costs one page. */
  let listHeld: {
    frameKey: string; listKey: string; predictions: CustomerFrame['predictions']; order: Int32Array;
  } | null = null;

  /** Which rows a filter keeps before search (null = all), and a key that names that choice. */
  function filterMask(
    prepared: PreparedFrame, filter: CustomerFilter,
  ): Promise<{ mask: Uint8Array | null; key: string }> {
    return sharedFilterMask(db, prepared, filter);
  }

  /** The filtered list's rows in the order asked, from the held list when the same was asked last. */
  async function listOrder(
    prepared: PreparedFrame, filter: CustomerFilter, sort: CustomerPageQuery['sort'],
  ): Promise<Int32Array> {
    const { mask, key } = await filterMask(prepared, filter);
    const search = (filter.search ?? '').trim();
    const listKey = `${key}|${search}|${sort.column}|${sort.direction}`;
    // Predictions arrive on a frame later (and change with their settings): a held order sorted by them is stale.
    const { predictions } = prepared.frame;
    if (listHeld?.frameKey === prepared.key && listHeld.listKey === listKey && listHeld.predictions === predictions) {
      return listHeld.order;
    }
    const order = sortedRows(prepared.frame, mask, sort.column, sort.direction, search);
    listHeld = { frameKey: prepared.key, listKey, predictions, order };
    return order;
  }

  async function listSaved(workspaceId: string): Promise<SavedSegment[]> {
    return savedSegmentsOf(db, workspaceId);
  }

  async function storedSettings(workspaceId: string): Promise<CustomerSettings> {
    const stored = await db.meta.get(customerSettingsKey(workspaceId));
    return normalSettings(stored?.value as CustomerSettings | undefined);
  }

  /** The cached Segments result for these inputs, if any. */
  async function cachedResult(workspaceId: string, inputs: FrameInputs): Promise<SegmentsResult | null> {
    const hit = await db.table<CachedResult<SegmentsResult>, string>('results').get(segmentsKey(inputs));
    return hit && hit.workspaceId === workspaceId ? { ...hit.value, cached: true } : null;
  }

  return {
    /**
     * Counts, RFM, every grouping's summaries and the monthly lifecycle trend of a workspace under
     * `settings`, from the cache when its inputs (datasets, settings, code) are unchanged. Null when the
     * workspace has neither orders nor a customers file.
     */
    async segments(workspaceId: string, settings: CustomerSettings): Promise<SegmentsResult | null> {
      const inputs = await frames.inputs(workspaceId, settings);
      if (!inputs) return null;
      const hit = await cachedResult(workspaceId, inputs);
      if (hit) return hit;
      const [prepared, workspace] = await Promise.all([
        frames.get(workspaceId, settings), db.workspaces.get(workspaceId),
      ]);
      if (!prepared) return null;
      const t0 = performance.now();
      const result: SegmentsResult = {
        ...segmentsResult(prepared, workspace?.currency ?? null),
        timings: { ...prepared.timings, summaryMs: performance.now() - t0 },
      };
      const createdAt = new Date().toISOString();
      const datasetId = (prepared.ordersDataset ?? prepared.customersDataset)!.id;
      const key = segmentsKey(prepared);
      await db.transaction('rw', db.datasets, db.results, async () => {
        // An import may have replaced a dataset meanwhile: cache only what still describes stored data.
        const still = await Promise.all([prepared.ordersDataset, prepared.customersDataset]
          .map((d) => (d ? db.datasets.get(d.id) : Promise.resolve(true))));
        if (still.every(Boolean)) {
          await db.table<CachedResult<SegmentsResult>, string>('results')
            .put({ key, workspaceId, datasetId, value: withoutTimings(result), createdAt });
        }
      });
      return result;
    },
    /**
     * The cached Segments result for the workspace's saved settings, without reading any orders; null when
     * there is none (then call segments()).
     */
    async cachedSegments(workspaceId: string): Promise<SegmentsResult | null> {
      const inputs = await frames.inputs(workspaceId, await storedSettings(workspaceId));
      return inputs ? cachedResult(workspaceId, inputs) : null;
    },
    /**
     * One page of the customer list, filtered (grouping and group, saved segment, condition, search — all
     * must hold) and sorted in the worker; only the page's rows cross. Paging through the same list reuses
     * its order. An unknown grouping, group or segment gives an empty list.
     */
    async customerPage(
      workspaceId: string, settings: CustomerSettings, query: CustomerPageQuery,
    ): Promise<CustomerPage> {
      const prepared = await frames.get(workspaceId, settings);
      const offset = Math.max(0, Math.floor(query.offset));
      if (!prepared) return { total: 0, offset, rows: [] };
      const t0 = performance.now();
      const order = await listOrder(prepared, query.filter, query.sort);
      const limit = Math.max(0, Math.floor(query.limit));
      const rows = customerPageRows(prepared.frame, order, offset, limit, query.columns);
      return { total: order.length, offset, rows, ms: performance.now() - t0 };
    },
    /**
     * How many customers a condition selects, with their shares of all customers and of net revenue; a
     * condition the data cannot answer selects no one and says why in `problem`.
     */
    async evaluateCondition(
      workspaceId: string, settings: CustomerSettings, condition: Condition,
    ): Promise<SegmentEvaluation> {
      const prepared = await frames.get(workspaceId, settings);
      if (!prepared) return { customers: 0, share: 0, revenueShare: 0 };
      const t0 = performance.now();
      const problem = validateCondition(condition, prepared.frame);
      if (problem !== null) return { customers: 0, share: 0, revenueShare: 0, problem };
      const stats = segmentStats(conditionMask(condition, prepared.frame), prepared.frame.profiles);
      return { ...stats, ms: performance.now() - t0 };
    },
    /**
     * Each saved micro-segment of the workspace (by name) with its customers, net revenue (cents), averages
     * and its shares of all customers and of all net revenue, under `settings`.
     */
    async savedSegmentSummaries(
      workspaceId: string, settings: CustomerSettings,
    ): Promise<SavedSegmentSummary[]> {
      const [prepared, saved] = await Promise.all([
        frames.get(workspaceId, settings), listSaved(workspaceId),
      ]);
      if (!prepared) return [];
      const { frame } = prepared;
      return saved.map(({ id, name, condition }) => {
        const problem = validateCondition(condition, frame);
        const mask = problem === null
          ? conditionMask(condition, frame)
          : new Uint8Array(frame.profiles.length);
        // Everyone outside is the second group, so the first one's share is over all customers.
        const codes = Int16Array.from(mask, (m) => (m === 1 ? 0 : 1));
        const grouping: Grouping = { key: 'attr:segment', groups: [id, 'rest'], codes };
        const [inside] = groupSummaries(grouping, frame.profiles);
        return { ...inside!, group: id, id, name, ...(problem === null ? {} : { problem }) };
      });
    },
    /** The workspace's saved micro-segments, by name. */
    /**
     * One customer's lifecycle stage at the end of every month from their first purchase to the as-of day,
     * oldest first; empty for a customer who never bought.
     */
    async customerStageHistory(
      workspaceId: string, settings: CustomerSettings, customerId: string,
    ): Promise<Array<{ month: string; stage: LifecycleStage }>> {
      const prepared = await frames.get(workspaceId, settings);
      const asOfDay = prepared?.frame.profiles.asOfDay ?? Number.NaN;
      if (!prepared?.orders || !Number.isFinite(asOfDay)) return [];
      const firstDay = prepared.ordersDataset?.firstDay ?? asOfDay;
      return customerStageHistory(prepared.orders, prepared.settings.rules, customerId, firstDay, asOfDay);
    },
    /**
     * The monthly lifecycle trend of only the customers a filter selects (a group, a saved segment, a
     * condition), over the same months as the Segments result's trend.
     */
    async stageTrend(
      workspaceId: string, settings: CustomerSettings, filter: CustomerFilter,
    ): Promise<SegmentsResult['trend']> {
      const prepared = await frames.get(workspaceId, settings);
      const { profiles } = prepared?.frame ?? {};
      const firstDay = prepared?.ordersDataset?.firstDay ?? null;
      if (!prepared?.orders || !profiles || firstDay === null || !(firstDay <= profiles.asOfDay)) return [];
      const { mask } = await filterMask(prepared, filter);
      // The mask is per profile row; the trend counts by the orders' customer codes.
      const only = maskByOrderCode(prepared, mask ?? new Uint8Array(profiles.length).fill(1));
      return lifecycleHistory(prepared.orders, prepared.settings.rules, firstDay, profiles.asOfDay, only);
    },
    async listSegments(workspaceId: string): Promise<SavedSegment[]> {
      return listSaved(workspaceId);
    },
    /** Creates or replaces a saved micro-segment (by id), keeping its creation time. */
    async saveSegment(segment: Omit<SavedSegment, 'createdAt' | 'updatedAt'>): Promise<SavedSegment> {
      return db.transaction('rw', db.workspaces, db.segments, async () => {
        const { id, workspaceId, condition } = segment;
        if (!(await db.workspaces.get(workspaceId))) throw new Error(`no workspace ${workspaceId}`);
        const now = new Date().toISOString();
        const old = await db.segments.get(segment.id);
        const saved: SavedSegment = {
          id, workspaceId, name: segment.name.trim(), condition,
          createdAt: old?.createdAt ?? now, updatedAt: now,
        };
        await db.segments.put(saved);
        return saved;
      });
    },
    /** The workspace's customer settings (as-of day, RFM cuts, tiers, rules); defaults when never saved. */
    async customerSettings(workspaceId: string): Promise<CustomerSettings> {
      return storedSettings(workspaceId);
    },
    async saveCustomerSettings(workspaceId: string, settings: CustomerSettings): Promise<void> {
      await db.meta.put({ key: customerSettingsKey(workspaceId), value: normalSettings(settings) });
    },
    async deleteSegment(id: string): Promise<void> {
      await db.segments.delete(id);
    },
    /**
     * The filtered, sorted list as CSV bytes (UTF-8 with BOM; cells starting with = + - @ neutralised) with
     * the chosen columns; `headers` are the translated column titles, `labels` translated group names. The
     * order is `sort` (default: revenue, largest first). The bytes are transferred, not copied.
     */
    async exportCustomers(
      workspaceId: string,
      settings: CustomerSettings,
      filter: CustomerFilter,
      columns: CustomerColumn[],
      headers: Record<string, string>,
      labels: Record<string, string>,
      sort: CustomerPageQuery['sort'] = DEFAULT_SORT,
    ): Promise<Uint8Array> {
      const prepared = await frames.get(workspaceId, settings);
      // A workspace without data still exports a file: the header line alone.
      const frame = prepared?.frame
        ?? customerFrame(customerProfiles(null, null, null), normalSettings(settings));
      const order = prepared ? await listOrder(prepared, filter, sort) : new Int32Array(0);
      const bytes = csvBytes(customerCsv(frame, order, columns, headers, labels));
      return transfer(bytes, [bytes.buffer]);
    },
  };
}

export type CustomersApi = ReturnType<typeof createCustomersApi>;

/** A result as the cache keeps it: how long it once took says nothing about a later visit. */
function withoutTimings(result: SegmentsResult): SegmentsResult {
  const { timings: _timings, ...kept } = result;
  return kept;
}
