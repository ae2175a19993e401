import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysisApi, type AnalysisApi } from '../../src/api/analysis-api';
import { cohortTable } from '../../src/core/cohorts/cohort-table';
import { DEFAULT_CUSTOMER_SETTINGS } from '../../src/core/customer-types';
import { DEFAULT_PREDICTION_SETTINGS } from '../../src/core/prediction-types';
import { periodKpis } from '../../src/core/kpis/period-kpis';
import type { ImportOptions, Inspection, OrderTable } from '../../src/core/types';
import { openDb, type AtlasDb } from '../../src/storage/db';
import { loadOrders } from '../../src/storage/load-orders';
import { ordersDataset } from '../../src/storage/workspace-records';

let serial = 0;
const opened: AtlasDb[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

function setup() {
  const db = openDb(`trends-api-${++serial}`);
  opened.push(db);
  return {
    db, api: createAnalysisApi(db, { fetch: async () => { throw new TypeError('Failed to fetch'); } }),
  };
}

/*
 * Five customers, as of 2024-03-01 (the last order day):
 *   c1 North  10.00 on 01-05, 20.00 on 02-03      cohort 2024-01
 *   c2 South   5.50 on 01-20                      cohort 2024-01
 *   c3 North   7.25 on 02-10                      cohort 2024-02
 *   c4 South 100.00 on 03-01                      cohort 2024-03
 *   c5 North  15.00 and 5.00 on 02-20 (one day)   cohort 2024-02
 * Tiers by revenue: high c4; mid c1, c5; low c3, c2.
 */
const ORDERS = new Blob([`order_id,customer_id,order_date,amount,status,region
A1,c1,2024-01-05,10.00,paid,North
A2,c2,2024-01-20,5.50,paid,South
A3,c1,2024-02-03,20.00,paid,North
A4,c3,2024-02-10,7.25,paid,North
A5,c5,2024-02-20,15.00,paid,North
A6,c5,2024-02-20,5.00,paid,North
A7,c4,2024-03-01,100.00,paid,South
`]);

async function withOrders(api: AnalysisApi, db: AtlasDb): Promise<{ id: string; table: OrderTable }> {
  const ws = await api.createWorkspace('Shop');
  const inspection = await api.inspectFile(ORDERS, 'orders.csv');
  expect(inspection).toHaveProperty('mapping');
  const { encoding, delimiter, mapping, dayOrder, groupLineItems } = inspection as Inspection;
  const options: ImportOptions = { encoding, delimiter, mapping, dayOrder, groupLineItems };
  expect(await api.importOrders(ws.id, ORDERS, 'orders.csv', options)).toMatchObject({ ok: true, added: 7 });
  const table = await loadOrders(db, (await ordersDataset(db, ws.id))!);
  return { id: ws.id, table };
}

/** Flags per orders customer code for the given customer ids. */
function onlyIds(table: OrderTable, ids: string[]): Uint8Array {
  return Uint8Array.from(table.customer.values, (id) => (ids.includes(id) ? 1 : 0));
}

const NORTH = { grouping: 'attr:region' as const, group: 'North' };

describe('createTrendsApi (spread into createAnalysisApi)', () => {
  it('gives the cohort table of the core, hand-checked, and restricts it by a filter', async () => {
    const { api, db } = setup();
    const { id, table } = await withOrders(api, db);
    const all = (await api.cohorts(id, { period: 'month' }))!;
    expect(all).toEqual(cohortTable(table, { period: 'month' }));
    expect(all.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(all.cohorts.map((c) => [c.key, c.size, c.active, c.revenueCents])).toEqual([
      ['2024-01', 2, [2, 1, 0], [1550, 2000, 0]],
      ['2024-02', 2, [2, 0], [2725, 0]],
      ['2024-03', 1, [1], [10000]],
    ]);

    const north = (await api.cohorts(id, { period: 'month', filter: NORTH }))!;
    expect(north).toEqual(cohortTable(table, { period: 'month', only: onlyIds(table, ['c1', 'c3', 'c5']) }));
    expect(north.cohorts.map((c) => [c.key, c.size, c.active, c.revenueCents])).toEqual([
      ['2024-01', 1, [1, 1, 0], [1000, 2000, 0]],
      ['2024-02', 2, [2, 0], [2725, 0]],
    ]);
    // A group no one is in leaves an empty table, not everyone.
    const nobody = (await api.cohorts(id, { period: 'quarter', filter: { grouping: 'tier', group: 'x' } }))!;
    expect(nobody.cohorts).toEqual([]);
  });

  it('gives the monthly KPIs of the core, hand-checked, within a range and for a filter', async () => {
    const { api, db } = setup();
    const { id, table } = await withOrders(api, db);
    const rows = await api.kpisOverTime(id, { period: 'month' });
    // Historic CLTV of each month's new customers: (30.00 + 5.50) / 2, (7.25 + 20.00) / 2, 100.00 / 1.
    const cltv = [1775, 1363, 10000];
    expect(rows).toEqual(periodKpis(table, { period: 'month' }).map((row, i) => ({
      ...row, historicCltvCents: cltv[i], predictedCltvCents: null,
    })));
    expect(rows).toEqual([
      {
        period: '2024-01', from: '2024-01-05', to: '2024-01-31', activeCustomers: 2, newCustomers: 2,
        retentionRate: null, churnRate: null, repeatRate: 0, revenueCents: 1550, orders: 2, aovCents: 775,
        arpaCents: 775, historicCltvCents: 1775, predictedCltvCents: null,
      },
      {
        period: '2024-02', from: '2024-02-01', to: '2024-02-29', activeCustomers: 3, newCustomers: 2,
        retentionRate: 0.5, churnRate: 0.5, repeatRate: 0, revenueCents: 4725, orders: 4, aovCents: 1181,
        arpaCents: 1575, historicCltvCents: 1363, predictedCltvCents: null,
      },
      {
        period: '2024-03', from: '2024-03-01', to: '2024-03-01', activeCustomers: 1, newCustomers: 1,
        retentionRate: 0, churnRate: 1, repeatRate: 0, revenueCents: 10000, orders: 1, aovCents: 10000,
        arpaCents: 10000, historicCltvCents: 10000, predictedCltvCents: null,
      },
    ]);
    const range = { from: '2024-02-01', to: '2024-02-29' };
    const february = await api.kpisOverTime(id, { period: 'month', range, filter: NORTH });
    const fromDay = Date.UTC(2024, 1, 1) / 86_400_000;
    expect(february).toEqual(periodKpis(table, {
      period: 'month', fromDay, toDay: fromDay + 28, only: onlyIds(table, ['c1', 'c3', 'c5']),
    }).map((row) => ({ ...row, historicCltvCents: 1363, predictedCltvCents: null })));
    expect(february.map((r) => [r.period, r.activeCustomers, r.revenueCents]))
      .toEqual([['2024-02', 3, 4725]]);
    // An as-of day set on the Segments screen ends the KPIs there too.
    await api.saveCustomerSettings(id, { ...DEFAULT_CUSTOMER_SETTINGS, asOf: '2024-02-15' });
    const asOf = await api.kpisOverTime(id, { period: 'month' });
    expect(asOf.map((r) => [r.period, r.to, r.activeCustomers])).toEqual([
      ['2024-01', '2024-01-31', 2], ['2024-02', '2024-02-15', 2], // c1 on 02-03, c3 on 02-10
    ]);
    const tiersAsOf = await api.kpisByGrouping(id, { grouping: 'tier', period: 'month' });
    expect(tiersAsOf.reduce((n, g) => n + g.orders, 0)).toBe(4); // A1–A4
    await api.saveCustomerSettings(id, DEFAULT_CUSTOMER_SETTINGS);
    // Customers who bought in February: c1, c3, c5 (c2 and c4 did not).
    const buyers = await api.kpisOverTime(id, { period: 'month', filter: { activeIn: range } });
    expect(buyers.map((r) => [r.period, r.activeCustomers, r.revenueCents])).toEqual([
      ['2024-01', 1, 1000], ['2024-02', 3, 4725], ['2024-03', 0, 0],
    ]);
  });

  it('gives the KPIs of each tier, which add up to the totals', async () => {
    const { api, db } = setup();
    const { id, table } = await withOrders(api, db);
    const tiers = await api.kpisByGrouping(id, { grouping: 'tier', period: 'month' });
    expect(tiers.map((t) => [t.group, t.activeCustomers, t.revenueCents, t.orders])).toEqual([
      ['high', 1, 10000, 1], ['mid', 2, 5000, 4], ['low', 2, 1275, 2],
    ]);
    const totals = periodKpis(table, { period: 'month' });
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(tiers.map((t) => t.revenueCents))).toBe(sum(totals.map((r) => r.revenueCents)));
    expect(sum(tiers.map((t) => t.orders))).toBe(sum(totals.map((r) => r.orders)));
    expect(sum(tiers.map((t) => t.newCustomers))).toBe(sum(totals.map((r) => r.newCustomers)));

    const perPeriod = await api.kpisByGrouping(id, { grouping: 'tier', period: 'month', perPeriod: true });
    expect(perPeriod.map((t) => t.periods!.map((r) => r.revenueCents))).toEqual([
      [0, 0, 10000], [1000, 4000, 0], [550, 725, 0],
    ]);
    // A filter restricts every group: the North customers are c1, c5 (mid) and c3 (low).
    const north = await api.kpisByGrouping(id, { grouping: 'tier', period: 'month', filter: NORTH });
    expect(north.map((t) => [t.group, t.activeCustomers, t.revenueCents])).toEqual([
      ['high', 0, 0], ['mid', 2, 5000], ['low', 1, 725],
    ]);
    // Saved micro-segments side by side, each counted alone though they overlap: North (c1, c3, c5) and
    // "two or more purchases" (c1, c5), in the Segments screen's order (by name).
    const northern = { kind: 'oneOf' as const, field: 'attr:region', values: ['North'] };
    await api.saveSegment({ id: 'n', workspaceId: id, name: 'North', condition: northern });
    const repeat = { kind: 'range' as const, field: 'orders', min: 2, max: null };
    await api.saveSegment({ id: 'r', workspaceId: id, name: 'Repeat', condition: repeat });
    const saved = await api.kpisByGrouping(id, { grouping: 'saved', period: 'month', perPeriod: true });
    expect(saved.map((g) => [g.group, g.activeCustomers, g.revenueCents, g.orders])).toEqual([
      ['n', 3, 5725, 5], ['r', 2, 5000, 4], // 30.00 + 7.25 + 20.00; 30.00 + 20.00
    ]);
    expect(saved[1]!.periods!.map((r) => r.activeCustomers)).toEqual([1, 2, 0]);
    expect(await api.kpisByGrouping(id, { grouping: 'nope', period: 'year' })).toEqual([]);
    // Before clusters() no cluster grouping exists.
    expect(await api.kpisByGrouping(id, { grouping: 'cluster', period: 'year' })).toEqual([]);
  });

  it('clusters the demo shop deterministically, caches it, and the list filters by cluster', async () => {
    const { api, db } = setup();
    expect(await api.ensureSamples('./')).toBe(true);
    const [demo] = await api.listWorkspaces();
    const id = demo!.id;
    const first = (await api.clusters(id))!;
    // Computed after the clustering, on the frame that holds it, the Segments result does not list it (it is
    // cached and must not depend on whether clusters were computed).
    const segments = (await api.segments(id, DEFAULT_CUSTOMER_SETTINGS))!;
    expect(segments.cached).toBe(false);
    expect(Object.keys(segments.groupings)).not.toContain('cluster');
    const { purchasers } = segments.counts;
    expect(first.cached).toBe(false);
    expect(first.k).toBeGreaterThanOrEqual(2);
    expect(first.k).toBeLessThanOrEqual(10);
    expect(first.curve.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.k).toBe(first.curve.reduce((a, b) => (b.silhouette > a.silhouette ? b : a)).k);
    expect(first.customers).toBe(purchasers);
    expect(first.sampleSize).toBe(2000);
    expect(first.clusters.map((c) => c.group))
      .toEqual(Array.from({ length: first.k }, (_, i) => `c${i + 1}`));
    expect(first.clusters.reduce((n, c) => n + c.size, 0)).toBe(purchasers);
    expect(first.clusters.reduce((n, c) => n + c.revenueShare, 0)).toBeCloseTo(1, 9);

    const again = (await api.clusters(id, {}))!;
    const { ms: _ms, ...computed } = first;
    expect(again).toEqual({ ...computed, cached: true });

    // The same data gives the same clusters when computed afresh (another k is another cache entry).
    const three = (await api.clusters(id, { k: 3 }))!;
    expect(three.k).toBe(3);
    expect(three.curve).toEqual(first.curve);
    const { api: other } = setup();
    expect(await other.ensureSamples('./')).toBe(true);
    const [otherDemo] = await other.listWorkspaces();
    const fresh = (await other.clusters(otherDemo!.id, { k: 3 }))!;
    const { ms: _a, ...a } = three;
    const { ms: _b, ...b } = fresh;
    expect(b).toEqual(a);

    // 'cluster' is now a grouping: the list filtered by c1 holds exactly c1's customers.
    const page = await api.customerPage(id, DEFAULT_CUSTOMER_SETTINGS, {
      filter: { grouping: 'cluster', group: 'c1' }, sort: { column: 'id', direction: 'asc' },
      offset: 0, limit: 5000, columns: ['id'],
    });
    expect(page.total).toBe(three.clusters[0]!.size);
    // and the list's cluster column names it, in the export too
    const csv = new TextDecoder().decode(await api.exportCustomers(
      id, DEFAULT_CUSTOMER_SETTINGS, { grouping: 'cluster', group: 'c1' }, ['id', 'cluster'],
      { id: 'Customer', cluster: 'Cluster' }, { 'cluster.c1': 'Cluster 1' },
      { column: 'id', direction: 'asc' },
    ));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Customer,Cluster');
    expect(lines.length - 1).toBe(three.clusters[0]!.size);
    expect(lines.slice(1).every((line) => line.endsWith(',Cluster 1'))).toBe(true);
    const byCluster = await api.kpisByGrouping(id, { grouping: 'cluster', period: 'year' });
    expect(byCluster.map((g) => [g.group, g.activeCustomers])).toEqual(
      three.clusters.map((c) => [c.group, c.size]),
    );
    const inC1 = await api.evaluateCondition(id, DEFAULT_CUSTOMER_SETTINGS,
      { kind: 'oneOf', field: 'cluster', values: ['c1'] });
    expect(inC1.customers).toBe(three.clusters[0]!.size);
    const inC2 = { grouping: 'cluster' as const, group: 'c2' };
    const cohorts = (await api.cohorts(id, { period: 'quarter', filter: inC2 }))!;
    expect(cohorts.totals.size).toBe(three.clusters[1]!.size);

    // Other tiers make another frame over the same profiles: the clustering is reused, not recomputed.
    const tiers = { ...DEFAULT_CUSTOMER_SETTINGS, tiers: { high: 0.1, mid: 0.2 } };
    await api.saveCustomerSettings(id, tiers);
    expect(await api.clusters(id, { k: 3 })).toEqual({ ...a, cached: true });
    const onNewFrame = await api.customerPage(id, tiers, {
      filter: inC2, sort: { column: 'id', direction: 'asc' }, offset: 0, limit: 1, columns: ['id'],
    });
    expect(onNewFrame.total).toBe(three.clusters[1]!.size);

    // Each cluster's table row agrees with its size and value, as the Segments screen shows it.
    expect(three.clusters.map((c) => [c.summary.group, c.summary.customers, c.summary.revenueCents]))
      .toEqual(three.clusters.map((c) => [c.group, c.size, c.revenueCents]));
    // The last request is remembered: a fresh worker (another api on the same database) reads the same
    // clusters back from the cache without computing, and never computes from heldClusters.
    const reopened = createAnalysisApi(db, {
      fetch: async () => { throw new TypeError('Failed to fetch'); },
    });
    const held = await reopened.heldClusters(id);
    expect(held.request).toEqual({
      features: ['recency', 'frequency', 'monetary', 'tenure', 'interval', 'breadth'], k: 3, seed: 1,
    });
    expect(held.result).toEqual({ ...a, cached: true });
    const later = await reopened.customerPage(id, tiers, {
      filter: inC2, sort: { column: 'id', direction: 'asc' }, offset: 0, limit: 1, columns: ['id'],
    });
    expect(later.total).toBe(three.clusters[1]!.size);
    const { api: empty } = setup();
    const nothing = await empty.createWorkspace('Empty');
    expect(await empty.heldClusters(nothing.id)).toEqual({
      request: {
        features: ['recency', 'frequency', 'monetary', 'tenure', 'interval', 'breadth'], k: null, seed: 1,
      },
      result: null,
    });
  }, 60_000);

  it('gives each quarter\'s new customers their predicted CLTV once computed, never fitting', async () => {
    const { api } = setup();
    expect(await api.ensureSamples('./')).toBe(true);
    const [demo] = await api.listWorkspaces();
    const id = demo!.id;
    const before = await api.kpisOverTime(id, { period: 'quarter' });
    expect(before.every((row) => row.predictedCltvCents === null)).toBe(true);
    expect(await api.cachedPredictions(id)).toBeNull(); // asking for KPIs did not fit a model

    await api.savePredictionSettings(id, DEFAULT_PREDICTION_SETTINGS);
    expect(await api.predictions(id, DEFAULT_PREDICTION_SETTINGS)).not.toBeNull();
    const after = await api.kpisOverTime(id, { period: 'quarter' });
    // The same numbers from the customer list: mean predicted CLV by quarter of the first purchase.
    const page = await api.customerPage(id, DEFAULT_CUSTOMER_SETTINGS, {
      filter: {}, sort: { column: 'id', direction: 'asc' }, offset: 0, limit: 100_000,
      columns: ['firstDay', 'predictedClvCents', 'revenueCents'],
    });
    const sums = new Map<string, { clv: number; n: number; revenue: number; buyers: number }>();
    for (const row of page.rows) {
      if (typeof row.firstDay !== 'string') continue;
      const quarterOfYear = Math.floor((Number(row.firstDay.slice(5, 7)) - 1) / 3) + 1;
      const quarter = `${row.firstDay.slice(0, 4)}-Q${quarterOfYear}`;
      const sum = sums.get(quarter) ?? { clv: 0, n: 0, revenue: 0, buyers: 0 };
      if (typeof row.predictedClvCents === 'number') {
        [sum.clv, sum.n] = [sum.clv + row.predictedClvCents, sum.n + 1];
      }
      [sum.revenue, sum.buyers] = [sum.revenue + Number(row.revenueCents), sum.buyers + 1];
      sums.set(quarter, sum);
    }
    expect(after.map((row) => row.period)).toEqual(before.map((row) => row.period));
    for (const row of after) {
      const sum = sums.get(row.period)!;
      expect(Math.abs(row.predictedCltvCents! - sum.clv / sum.n)).toBeLessThanOrEqual(1);
      expect(Math.abs(row.historicCltvCents! - sum.revenue / sum.buyers)).toBeLessThanOrEqual(1);
    }
  }, 60_000);
});
