import 'fake-indexeddb/auto';
import { expose, wrap } from 'comlink';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysisApi, type AnalysisApi } from '../../src/api/analysis-api';
import type { CustomerPageQuery } from '../../src/api/customers-api';
import {
  DEFAULT_CUSTOMER_SETTINGS, type Condition, type CustomerSettings,
} from '../../src/core/customer-types';
import type { ImportOptions, Inspection } from '../../src/core/types';
import { openDb, type AtlasDb } from '../../src/storage/db';

let serial = 0;
const opened: AtlasDb[] = [];
const ports: MessagePort[] = [];
afterEach(async () => {
  for (const port of ports.splice(0)) port.close();
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

function setup() {
  const db = openDb(`customers-api-${++serial}`);
  opened.push(db);
  return { db, api: createAnalysisApi(db, {}) };
}

/*
 * Five customers, as of 2024-03-01 (the last order day):
 *   c1 Alice  North  10.00 on 01-05, 20.00 on 02-03   2 orders, 2 occasions, 3000 cents, 27 days since last
 *   c2 Bob    South   5.50 on 01-20                    1 order,               550 cents, 41 days
 *   c3 Chen   North   7.25 on 02-10                    1 order,               725 cents, 20 days
 *   c4 Dana   South 100.00 on 03-01                    1 order,             10000 cents,  0 days
 *   c5 =cmd   North  15.00 and 5.00 on 02-20           2 orders, 1 occasion, 2000 cents, 10 days
 * Net revenue 16275 cents. By revenue: c4, c1, c5, c3, c2.
 */
const ORDERS = new Blob([`order_id,customer_id,order_date,amount,status,customer_name,email,region
A1,c1,2024-01-05,10.00,paid,Alice,alice@x.com,North
A2,c2,2024-01-20,5.50,paid,Bob,bob@x.com,South
A3,c1,2024-02-03,20.00,paid,Alice,alice@x.com,North
A4,c3,2024-02-10,7.25,paid,Chen 陈,chen@x.cn,North
A5,c5,2024-02-20,15.00,paid,=cmd,e@x.com,North
A6,c5,2024-02-20,5.00,paid,=cmd,e@x.com,North
A7,c4,2024-03-01,100.00,paid,Dana,dana@x.com,South
`]);

async function withOrders(api: AnalysisApi) {
  const ws = await api.createWorkspace('Shop');
  const inspection = await api.inspectFile(ORDERS, 'orders.csv');
  expect(inspection).toHaveProperty('mapping');
  const { encoding, delimiter, mapping, dayOrder, groupLineItems } = inspection as Inspection;
  const options: ImportOptions = { encoding, delimiter, mapping, dayOrder, groupLineItems };
  expect(await api.importOrders(ws.id, ORDERS, 'orders.csv', options)).toMatchObject({ ok: true, added: 7 });
  return ws;
}

const SETTINGS: CustomerSettings = DEFAULT_CUSTOMER_SETTINGS;
const BY_REVENUE: CustomerPageQuery['sort'] = { column: 'revenueCents', direction: 'desc' };
const REPEAT: Condition = { kind: 'range', field: 'orders', min: 2, max: null };

const page = (filter: CustomerPageQuery['filter'], offset = 0, limit = 10): CustomerPageQuery =>
  ({ filter, sort: BY_REVENUE, offset, limit, columns: ['id', 'revenueCents', 'orders'] });
const ids = (p: { rows: Array<Record<string, unknown>> }) => p.rows.map((r) => r['id']);

describe('createCustomersApi (spread into createAnalysisApi)', () => {
  it('computes the Segments result, caches it by its inputs, recomputes when settings change', async () => {
    const { api } = setup();
    const ws = await withOrders(api);
    expect(await api.cachedSegments(ws.id)).toBeNull();

    const result = await api.segments(ws.id, SETTINGS);
    expect(result).not.toBeNull();
    const r = result!;
    expect(r.asOf).toBe('2024-03-01');
    expect(r.cached).toBe(false);
    expect(r.counts).toEqual({
      customers: 5, purchasers: 5, ordersOnly: 5, fileOnly: 0, inBoth: 0, revenueCents: 16275,
    });
    // Tiers: 5 ranked customers, high = round(0.2 · 5) = 1 (c4), mid up to round(0.5 · 5) = 3 (c1, c5).
    expect(r.groupings['tier']!.map((g) => [g.group, g.customers, g.revenueCents]))
      .toEqual([['high', 1, 10000], ['mid', 2, 5000], ['low', 2, 1275]]);
    // Lifecycle: c1 has two occasions (repeat), everyone else one (new); nobody is at risk 0–41 days out.
    expect(r.groupings['lifecycle']!.map((g) => [g.group, g.customers])).toEqual([
      ['prospect', 0], ['new', 4], ['repeat', 1], ['loyal', 0], ['atRisk', 0], ['churned', 0],
    ]);
    expect(r.attributes).toEqual(['region']);
    expect(r.groupings['attr:region']!.map((g) => [g.group, g.customers, g.revenueCents]))
      .toEqual([['North', 3, 5725], ['South', 2, 10550]]);
    const stages = ['new', 'repeat', 'loyal', 'atRisk', 'churned'];
    const month = (m: string, counts: number[]) =>
      stages.map((stage, i) => ({ month: m, stage, customers: counts[i] }));
    expect(r.trend).toEqual([
      ...month('2024-01', [2, 0, 0, 0, 0]), // c1, c2 bought once by Jan 31
      ...month('2024-02', [3, 1, 0, 0, 0]), // c1 twice; c2, c3, c5 once
      ...month('2024-03', [4, 1, 0, 0, 0]), // c4 joins on Mar 1
    ]);
    expect(r.rfm.grid.reduce((sum, cell) => sum + cell.customers, 0)).toBe(5);
    expect(r.rfm.grid.reduce((sum, cell) => sum + cell.revenueCents, 0)).toBe(16275);

    expect(await api.segments(ws.id, SETTINGS)).toEqual({ ...r, timings: undefined, cached: true });
    // The cached first paint reads the saved settings: none saved yet means the defaults.
    expect(await api.cachedSegments(ws.id)).toEqual({ ...r, timings: undefined, cached: true });

    const wider = { ...SETTINGS, tiers: { high: 0.4, mid: 0.2 } };
    const again = await api.segments(ws.id, wider);
    expect(again!.cached).toBe(false);
    expect(again!.groupings['tier']!.map((g) => [g.group, g.customers]))
      .toEqual([['high', 2], ['mid', 1], ['low', 2]]);
    expect(await api.cachedSegments(ws.id)).toEqual({ ...r, timings: undefined, cached: true });
    await api.saveCustomerSettings(ws.id, wider);
    expect(await api.cachedSegments(ws.id)).toEqual({ ...again, timings: undefined, cached: true });
  });

  it("keeps each customer's lifecycle stage month by month, up to the as-of day", async () => {
    const { api } = setup();
    const ws = await withOrders(api);
    // c1 bought on Jan 5 (new at the end of January) and again on Feb 3 (repeat from February on).
    expect(await api.customerStageHistory(ws.id, SETTINGS, 'c1')).toEqual([
      { month: '2024-01', stage: 'new' }, { month: '2024-02', stage: 'repeat' }, { month: '2024-03', stage: 'repeat' },
    ]);
    expect(await api.customerStageHistory(ws.id, SETTINGS, 'c4')).toEqual([{ month: '2024-03', stage: 'new' }]);
    expect(await api.customerStageHistory(ws.id, SETTINGS, 'nobody')).toEqual([]);
  });

  it('draws the lifecycle trend of only the customers a filter selects', async () => {
    const { api } = setup();
    const ws = await withOrders(api);
    const all = await api.stageTrend(ws.id, SETTINGS, {});
    expect(all).toEqual((await api.segments(ws.id, SETTINGS))!.trend);
    // The low tier is c3 and c2 (the two smallest spenders): one-time buyers, new from their first month.
    const low = await api.stageTrend(ws.id, SETTINGS, { grouping: 'tier', group: 'low' });
    expect(low).toHaveLength(all.length);
    expect(low.filter((r) => r.customers > 0)).toEqual([
      { month: '2024-01', stage: 'new', customers: 1 },
      { month: '2024-02', stage: 'new', customers: 2 },
      { month: '2024-03', stage: 'new', customers: 2 },
    ]);
  });

  it('pages the list sorted by revenue, filters by group, search, condition and saved segment', async () => {
    const { api } = setup();
    const ws = await withOrders(api);
    expect(await api.customerPage(ws.id, SETTINGS, page({}, 1, 2))).toEqual({
      total: 5,
      offset: 1,
      rows: [{ id: 'c1', revenueCents: 3000, orders: 2 }, { id: 'c5', revenueCents: 2000, orders: 2 }],
      ms: expect.any(Number),
    });
    expect(ids(await api.customerPage(ws.id, SETTINGS, page({}, 3, 10)))).toEqual(['c3', 'c2']);
    expect(ids(await api.customerPage(ws.id, SETTINGS, page({}, 9, 10)))).toEqual([]);
    const ascending = { ...page({}), sort: { column: 'daysSinceLast', direction: 'asc' } } as const;
    expect(ids(await api.customerPage(ws.id, SETTINGS, ascending))).toEqual(['c4', 'c5', 'c3', 'c1', 'c2']);

    expect(ids(await api.customerPage(ws.id, SETTINGS, page({ search: 'CHEN' })))).toEqual(['c3']);
    expect(ids(await api.customerPage(ws.id, SETTINGS, page({ search: '@x.com' }))))
      .toEqual(['c4', 'c1', 'c5', 'c2']);
    expect(ids(await api.customerPage(ws.id, SETTINGS, page({ grouping: 'attr:region', group: 'South' }))))
      .toEqual(['c4', 'c2']);
    expect(ids(await api.customerPage(ws.id, SETTINGS, page({ grouping: 'tier', group: 'mid' }))))
      .toEqual(['c1', 'c5']);
    expect(await api.customerPage(ws.id, SETTINGS, page({ grouping: 'tier', group: 'nope' })))
      .toEqual({ total: 0, offset: 0, rows: [], ms: expect.any(Number) });
    expect(ids(await api.customerPage(ws.id, SETTINGS, page({ condition: REPEAT, search: 'e' }))))
      .toEqual(['c1', 'c5']);
    const northRepeat =
      { grouping: 'attr:region', group: 'North', condition: { kind: 'not', child: REPEAT } } as const;
    expect(ids(await api.customerPage(ws.id, SETTINGS, page(northRepeat)))).toEqual(['c3']);

    expect(await api.evaluateCondition(ws.id, SETTINGS, REPEAT))
      .toEqual({ customers: 2, share: 2 / 5, revenueShare: 5000 / 16275, ms: expect.any(Number) });
    expect(await api.evaluateCondition(ws.id, SETTINGS, { kind: 'range', field: 'shoeSize', min: 1, max: 2 }))
      .toEqual({ customers: 0, share: 0, revenueShare: 0, problem: 'condition.unknownField' });

    expect(await api.listSegments(ws.id)).toEqual([]);
    const saved = await api.saveSegment(
      { id: 's1', workspaceId: ws.id, name: ' Repeat buyers ', condition: REPEAT });
    expect(saved).toEqual({ id: 's1', workspaceId: ws.id, name: 'Repeat buyers', condition: REPEAT,
      createdAt: expect.any(String), updatedAt: saved.createdAt });
    expect(await api.listSegments(ws.id)).toEqual([saved]);
    expect(await api.savedSegmentSummaries(ws.id, SETTINGS)).toEqual([{
      id: 's1', name: 'Repeat buyers', group: 's1', customers: 2, share: 2 / 5, revenueCents: 5000,
      revenueShare: 5000 / 16275, avgRevenueCents: 2500, avgOrders: 2, avgDaysSinceLast: (27 + 10) / 2,
    }]);
    const inSegment = async () =>
      ids(await api.customerPage(ws.id, SETTINGS, page({ grouping: 'segment:s1' })));
    expect(await inSegment()).toEqual(['c1', 'c5']);

    // Editing the saved condition changes the list at once, though the sorted list before was held.
    const big: Condition = { kind: 'range', field: 'revenueCents', min: 2500, max: null };
    const edited = await api.saveSegment({ id: 's1', workspaceId: ws.id, name: 'Big', condition: big });
    expect(edited.createdAt).toBe(saved.createdAt);
    expect(await inSegment()).toEqual(['c4', 'c1']);
    await api.deleteSegment('s1');
    expect(await api.listSegments(ws.id)).toEqual([]);
    expect(await inSegment()).toEqual([]);
  });

  it('exports the list as CSV bytes: BOM, translated titles and labels, formula cells neutralised', async () => {
    const { api } = setup();
    const ws = await withOrders(api);
    await api.saveSegment({ id: 's1', workspaceId: ws.id, name: 'Repeat', condition: REPEAT });
    const bytes = await api.exportCustomers(ws.id, SETTINGS, { grouping: 'segment:s1' },
      ['id', 'name', 'revenueCents', 'tier'], { id: '客户', name: 'Name', revenueCents: 'Revenue' },
      { mid: '中' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes))
      .toBe('\ufeff客户,Name,Revenue,tier\r\nc1,Alice,30.00,中\r\nc5,\'=cmd,20.00,中\r\n');
  });

  it('joins a customers file with Chinese headers: both sides counted, file values win', async () => {
    const { api } = setup();
    const ws = await withOrders(api);
    const file = new Blob(['客户编号,姓名,邮箱,地区\nc1,艾丽斯,alice@x.com,华东\n'
      + 'c2,鲍勃,bob@x.com,华南\nc9,周杰,zhou@x.cn,华东\n']);
    const inspection = await api.inspectFile(file, '会员.csv') as Inspection & { kind: string };
    expect(inspection.kind).toBe('customers');
    const { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine } = inspection;
    const options = { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine, kind: 'customers' };
    expect(await api.importCustomers(ws.id, file, '会员.csv', options))
      .toMatchObject({ ok: true, added: 3 });

    const r = (await api.segments(ws.id, SETTINGS))!;
    expect(r.cached).toBe(false);
    expect(r.counts).toEqual({
      customers: 6, purchasers: 5, ordersOnly: 3, fileOnly: 1, inBoth: 2, revenueCents: 16275,
    });
    expect(r.groupings['lifecycle']!.map((g) => [g.group, g.customers])).toEqual([
      ['prospect', 1], ['new', 4], ['repeat', 1], ['loyal', 0], ['atRisk', 0], ['churned', 0],
    ]);
    // Region: the file's value where it has one (c1, c2, c9), the latest order's elsewhere.
    expect(r.groupings['attr:region']!.map((g) => [g.group, g.customers]).sort())
      .toEqual([['North', 2], ['South', 1], ['华东', 2], ['华南', 1]]);
    const rows = (await api.customerPage(ws.id, SETTINGS,
      { ...page({ search: '周' }), columns: ['id', 'name', 'region', 'orders', 'lifecycle'] })).rows;
    expect(rows).toEqual([{ id: 'c9', name: '周杰', region: '华东', orders: 0, lifecycle: 'prospect' }]);
    expect(ids(await api.customerPage(ws.id, SETTINGS, page({ grouping: 'attr:region', group: '华东' }))))
      .toEqual(['c1', 'c9']);
  });

  it('keeps settings per workspace and deletes them with its segments when the workspace goes', async () => {
    const { api, db } = setup();
    const ws = await withOrders(api);
    const other = await api.createWorkspace('Other');
    expect(await api.customerSettings(ws.id)).toEqual(DEFAULT_CUSTOMER_SETTINGS);
    const mine: CustomerSettings = {
      asOf: '2024-02-29', rfmCuts: { recency: [10, 20, 30, 40], frequency: null, monetary: null },
      tiers: { high: 0.1, mid: 0.4 },
      rules: { churnDays: 200, atRiskDays: 100, loyalOccasions: 3 },
    };
    await api.saveCustomerSettings(ws.id, mine);
    expect(await api.customerSettings(ws.id)).toEqual(mine);
    expect(await api.customerSettings(other.id)).toEqual(DEFAULT_CUSTOMER_SETTINGS);
    // As of Feb 29, c4 (first order Mar 1) is not a customer yet.
    expect(ids(await api.customerPage(ws.id, mine, page({})))).toEqual(['c1', 'c5', 'c3', 'c2']);

    await api.saveSegment({ id: 's1', workspaceId: ws.id, name: 'Repeat', condition: REPEAT });
    await api.saveSegment({ id: 's2', workspaceId: other.id, name: 'Repeat', condition: REPEAT });
    await api.segments(ws.id, mine);
    await api.deleteWorkspace(ws.id);
    expect(await db.segments.toArray()).toMatchObject([{ id: 's2' }]);
    expect(await db.meta.get(`customerSettings:${ws.id}`)).toBeUndefined();
    expect(await db.results.where({ workspaceId: ws.id }).count()).toBe(0);
    expect(await api.segments(ws.id, mine)).toBeNull();
    expect(await api.customerPage(ws.id, mine, page({}))).toEqual({ total: 0, offset: 0, rows: [] });
  });
});

describe('createCustomersApi across a MessageChannel', () => {
  it('gives the same segments, pages and export through Comlink as when called directly', async () => {
    const direct = setup();
    const wsDirect = await withOrders(direct.api);
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    const { api } = setup();
    expose(api, port2);
    const remote = wrap<AnalysisApi>(port1);
    const ws = await withOrders(api);

    const mine = await remote.segments(ws.id, SETTINGS);
    const theirs = await direct.api.segments(wsDirect.id, SETTINGS);
    // Timings differ from run to run; everything else crosses unchanged.
    expect({ ...mine, workspaceId: 'w', timings: null }).toEqual({ ...theirs, workspaceId: 'w', timings: null });
    expect({ ...await remote.customerPage(ws.id, SETTINGS, page({}, 0, 2)), ms: 0 })
      .toEqual({ ...await direct.api.customerPage(wsDirect.id, SETTINGS, page({}, 0, 2)), ms: 0 });
    await remote.saveSegment({ id: 's1', workspaceId: ws.id, name: 'Repeat', condition: REPEAT });
    expect((await remote.listSegments(ws.id)).map((s) => s.name)).toEqual(['Repeat']);
    const bytes = await remote.exportCustomers(ws.id, SETTINGS, { grouping: 'segment:s1' }, ['id'], {}, {});
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\ufeffid\r\nc1\r\nc5\r\n');
  });
});
