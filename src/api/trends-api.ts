import { cohortTable } from '../core/cohorts/cohort-table';
import type { CohortPeriod, CohortTable } from '../core/cohorts/cohort-types';
import {
  SAVED_GROUPING, type CustomerProfiles, type CustomerSettings, type Grouping,
} from '../core/customer-types';
import { isoToDay } from '../core/dates';
import { acquisitionValue } from '../core/kpis/acquisition-value';
import { kpisByGroup } from '../core/kpis/kpis-by-group';
import type { GroupKpis, KpiPeriod, PeriodKpiRow } from '../core/kpis/kpi-types';
import { periodKpis } from '../core/kpis/period-kpis';
import type { DateRange } from '../core/types';
import type { AtlasDb, CachedResult } from '../storage/db';
import { clusterRequestKey, customerSettingsKey } from '../storage/workspace-records';
import type { FrameCache, FrameInputs, PreparedFrame } from './customer-frame-cache';
import { savedSegmentsOf, type CustomerFilter } from './customers-api';
import { filterMask, maskByOrderCode, orderCodeOfRow } from './filter-mask';
import { normalSettings } from './normal-settings';
import {
  computeClusters, normalClusterRequest, type ClusterRequest, type ClustersComputed, type ClustersResult,
} from './trends-clusters';

/**
 * One period's KPIs with the CLTV of the customers acquired in it (cents; null: none acquired or predicted).
 */
export type KpiTrendRow = PeriodKpiRow & {
  historicCltvCents: number | null;
  predictedCltvCents: number | null;
};

/** Bump when a change of the clustering code changes its results: cached results then no longer match. */
export const TRENDS_CODE_VERSION = 2;

/**
 * Clusters depend on the datasets and the as-of day (through the profiles), not on tiers, cuts or rules, so
 * changing those reuses the cached clustering.
 */
const clustersKey = (inputs: FrameInputs, request: Required<ClusterRequest>) => [
  `clusters|v${TRENDS_CODE_VERSION}`, inputs.ordersDataset?.id ?? '-', inputs.customersDataset?.id ?? '-',
  inputs.settings.asOf ?? '', JSON.stringify(request),
].join('|');

/**
 * A range's ISO days as day numbers, ending no later than the saved as-of day (everything is computed as of
 * it); an absent or unreadable end is left open.
 */
function rangeDays(
  range: DateRange | undefined, prepared: PreparedFrame,
): { fromDay?: number; toDay?: number } {
  const fromDay = range?.from ? isoToDay(range.from) : Number.NaN;
  const asOf = prepared.settings.asOf === null ? Number.NaN : prepared.frame.profiles.asOfDay;
  const asked = range?.to ? isoToDay(range.to) : Number.NaN;
  const toDay = Number.isNaN(asOf) ? asked : Number.isNaN(asked) ? asOf : Math.min(asked, asOf);
  return {
    ...(Number.isNaN(fromDay) ? {} : { fromDay }),
    ...(Number.isNaN(toDay) ? {} : { toDay }),
  };
}

/**
 * The cohorts, KPIs-over-time and clustering part of the worker api (issue 6); createAnalysisApi spreads it
 * in with the frame cache it shares. Every method reads the workspace's saved customer settings (as-of day,
 * tiers …). The last clustering is kept with the held frame as the grouping `cluster` (groups `c1`…`ck` by
 * size), so customer lists, conditions, exports and kpisByGrouping can use it; it is stored on
 * `frame.groupings` as a non-enumerable property, so the Segments result (which lists the enumerable
 * groupings and is cached) does not change with it. A frame rebuilt for other settings gets it again from
 * this api's next call for the same profiles.
 */
export function createTrendsApi(
  db: AtlasDb, frames: FrameCache, loadPredictions?: (workspaceId: string) => Promise<unknown>,
) {
  /** The last cluster grouping per profiles (profiles outlive frames when only tiers or cuts change). */
  const clusterOf = new WeakMap<CustomerProfiles, Grouping>();

  async function customerSettings(workspaceId: string): Promise<CustomerSettings> {
    const stored = await db.meta.get(customerSettingsKey(workspaceId));
    return normalSettings(stored?.value as CustomerSettings | undefined);
  }

  function attach(prepared: PreparedFrame, grouping: Grouping): void {
    clusterOf.set(prepared.frame.profiles, grouping);
    Object.defineProperty(prepared.frame.groupings, 'cluster', {
      value: grouping, enumerable: false, configurable: true, writable: true,
    });
  }

  /** The workspace's frame under its saved settings, with the last cluster grouping of its profiles. */
  async function prepare(workspaceId: string): Promise<PreparedFrame | null> {
    const prepared = await frames.get(workspaceId, await customerSettings(workspaceId));
    const held = prepared ? clusterOf.get(prepared.frame.profiles) : undefined;
    if (prepared && held && !Object.hasOwn(prepared.frame.groupings, 'cluster')) attach(prepared, held);
    return prepared;
  }

  /** One flag per orders customer code for a filter; null when it keeps everyone. */
  async function onlyOf(
    prepared: PreparedFrame, filter: CustomerFilter | undefined,
  ): Promise<Uint8Array | null> {
    if (!filter) return null;
    const { mask } = await filterMask(db, prepared, filter);
    return maskByOrderCode(prepared, mask);
  }

  /** The cached clustering of a request, its grouping attached to the frame; null when not cached. */
  async function cachedClusters(
    prepared: PreparedFrame, wanted: Required<ClusterRequest>,
  ): Promise<ClustersResult | null> {
    const hit = await db.table<CachedResult<ClustersComputed>, string>('results')
      .get(clustersKey(prepared, wanted));
    if (!hit || hit.workspaceId !== prepared.workspaceId) return null;
    if (hit.value.codes.length !== prepared.frame.profiles.length) return null;
    attach(prepared, { key: 'cluster', groups: hit.value.groups, codes: hit.value.codes });
    return { ...hit.value.result, cached: true };
  }

  return {
    /**
     * The workspace's last clustering request (default when it never clustered) and its result when that is
     * cached — never computed here, so any screen may ask whether clusters exist to offer them as a grouping.
     */
    async heldClusters(
      workspaceId: string,
    ): Promise<{ request: Required<ClusterRequest>; result: ClustersResult | null }> {
      const stored = await db.meta.get(clusterRequestKey(workspaceId));
      const request = normalClusterRequest((stored?.value ?? {}) as ClusterRequest);
      const prepared = await prepare(workspaceId);
      return { request, result: prepared ? await cachedClusters(prepared, request) : null };
    },
    /**
     * Cohorts by first-purchase month or quarter (retention and net revenue in cents per period offset), up
     * to the saved as-of day when one is set; `filter` (a grouping and group, a saved segment, a condition —
     * its `search` is ignored) restricts the table to those customers. Null when the workspace has no orders.
     */
    async cohorts(
      workspaceId: string, options: { period: CohortPeriod; filter?: CustomerFilter },
    ): Promise<CohortTable | null> {
      const prepared = await prepare(workspaceId);
      if (!prepared?.orders) return null;
      const only = await onlyOf(prepared, options.filter);
      const { toDay } = rangeDays(undefined, prepared);
      const end = toDay === undefined ? {} : { toDay };
      return cohortTable(prepared.orders, { period: options.period, only, ...end });
    },
    /**
     * The KPIs of every month, quarter or year of `range` (ISO days, open ends = the data's span), oldest
     * first, money in cents (see periodKpis), each with the historic and predicted CLTV of the customers
     * acquired in it (predicted once predictions were computed; never fitted from here); `filter` restricts
     * them to its customers (its `search` is ignored). Empty when the workspace has no orders.
     */
    async kpisOverTime(
      workspaceId: string, options: { period: KpiPeriod; range?: DateRange; filter?: CustomerFilter },
    ): Promise<KpiTrendRow[]> {
      await loadPredictions?.(workspaceId);
      const prepared = await prepare(workspaceId);
      if (!prepared?.orders) return [];
      const { mask } = options.filter ? await filterMask(db, prepared, options.filter) : { mask: null };
      const only = maskByOrderCode(prepared, mask);
      const rows = periodKpis(prepared.orders, {
        period: options.period, only, ...rangeDays(options.range, prepared),
      });
      const { profiles, predictions } = prepared.frame;
      const value = new Map(acquisitionValue(profiles, options.period, predictions?.predictedClvCents, mask)
        .map((row) => [row.period, row]));
      return rows.map((row) => ({
        ...row,
        historicCltvCents: value.get(row.period)?.historicCltvCents ?? null,
        predictedCltvCents: value.get(row.period)?.predictedCltvCents ?? null,
      }));
    },
    /**
     * The KPIs (money in cents) of each group of a grouping (`rfm`, `tier`, `lifecycle`, `attr:<name>`,
     * `cluster` once clusters() has run, or `saved`: each saved micro-segment, oldest first, by id — they may
     * overlap) over `range`, in the grouping's order, with each group's period rows when `perPeriod`;
     * `filter` restricts every group to its customers. Empty for an unknown grouping or a workspace without
     * orders.
     */
    async kpisByGrouping(
      workspaceId: string,
      options: {
        grouping: string; period: KpiPeriod; range?: DateRange; perPeriod?: boolean; filter?: CustomerFilter;
      },
    ): Promise<GroupKpis[]> {
      const prepared = await prepare(workspaceId);
      if (!prepared?.orders) return [];
      const { mask } = options.filter ? await filterMask(db, prepared, options.filter) : { mask: null };
      const kpiOptions = {
        period: options.period, perPeriod: options.perPeriod ?? false, ...rangeDays(options.range, prepared),
      };
      // Groupings are per profile row; kpisByGroup reads a group per orders customer code.
      const codes = orderCodeOfRow(prepared);
      const groupOf = new Int16Array(prepared.orders.customer.values.length);
      const orders = prepared.orders;
      /** One group's KPIs over the rows a 0/1 profile mask keeps (and the filter too). */
      const kpisOfMask = (group: string, keep: Uint8Array | null) => {
        groupOf.fill(-1);
        for (let i = 0; i < codes.length; i++) {
          if (codes[i]! >= 0 && (!mask || mask[i] === 1) && (!keep || keep[i] === 1)) groupOf[codes[i]!] = 0;
        }
        return kpisByGroup(orders, groupOf, [group], kpiOptions)[0]!;
      };
      if (options.grouping === SAVED_GROUPING) {
        // Saved segments may overlap: each is counted on its own, named by its id.
        const saved = await savedSegmentsOf(db, workspaceId);
        const rows: GroupKpis[] = [];
        for (const segment of saved) {
          const { mask: keep } = await filterMask(db, prepared, { grouping: `segment:${segment.id}` });
          rows.push(kpisOfMask(segment.id, keep));
        }
        return rows;
      }
      const { groupings } = prepared.frame;
      const grouping = Object.hasOwn(groupings, options.grouping) ? groupings[options.grouping] : undefined;
      if (!grouping) return [];
      groupOf.fill(-1);
      for (let i = 0; i < codes.length; i++) {
        if (codes[i]! >= 0 && (!mask || mask[i] === 1)) groupOf[codes[i]!] = grouping.codes[i]!;
      }
      return kpisByGroup(orders, groupOf, grouping.groups, kpiOptions);
    },
    /**
     * k-means clusters of the workspace's purchasers on standardised features (default recency, frequency,
     * monetary, tenure, interval, breadth), k by the best silhouette over 2…10 unless `k` is given, seeded
     * (default seed 1) so the same data gives the same clusters; each with size, shares, traits and feature
     * means. Cached by its inputs (datasets, as-of day, request). Keeps the grouping `cluster` on the
     * held frame. Null when the workspace has no data.
     */
    async clusters(workspaceId: string, request: ClusterRequest = {}): Promise<ClustersResult | null> {
      const wanted = normalClusterRequest(request);
      const prepared = await prepare(workspaceId);
      if (!prepared) return null;
      await db.meta.put({ key: clusterRequestKey(workspaceId), value: wanted });
      const hit = await cachedClusters(prepared, wanted);
      if (hit) return hit;
      const key = clustersKey(prepared, wanted);
      const table = db.table<CachedResult<ClustersComputed>, string>('results');
      const { profiles } = prepared.frame;
      const computed = computeClusters(profiles, prepared.orders, wanted);
      attach(prepared, { key: 'cluster', groups: computed.groups, codes: computed.codes });
      const datasetId = (prepared.ordersDataset ?? prepared.customersDataset)!.id;
      const { ms: _ms, ...kept } = computed.result;
      await db.transaction('rw', db.datasets, db.results, async () => {
        // An import may have replaced a dataset meanwhile: cache only what still describes stored data.
        const still = await Promise.all([prepared.ordersDataset, prepared.customersDataset]
          .map((d) => (d ? db.datasets.get(d.id) : Promise.resolve(true))));
        if (still.every(Boolean)) {
          await table.put({
            key, workspaceId, datasetId, value: { ...computed, result: kept },
            createdAt: new Date().toISOString(),
          });
        }
      });
      return computed.result;
    },
  };
}

export type TrendsApi = ReturnType<typeof createTrendsApi>;
