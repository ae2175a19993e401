import 'fake-indexeddb/auto';
import { expose, proxy, wrap } from 'comlink';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalysisApi, type AnalysisApi, type ApiEnvironment } from '../../src/api/analysis-api';
import type { ImportOptions, ImportProgress, ImportSummary, Inspection } from '../../src/core/types';
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

function setup(env: ApiEnvironment = {}, upTo?: number) {
  const db = openDb(`api-${++serial}`, upTo);
  opened.push(db);
  return { db, api: createAnalysisApi(db, env) };
}

const csv = (text: string) => new Blob([text.trim() + '\n']);

const JANUARY_FEBRUARY = csv(`
order_id,customer_id,order_date,amount,status
A1,c1,2024-01-05,10.00,paid
A2,c2,2024-01-20,5.50,paid
A3,c1,2024-02-03,20.00,paid
A4,c3,2024-02-10,7.25,paid
`);

async function optionsFor(api: Pick<AnalysisApi, 'inspectFile'>, file: Blob, name: string): Promise<ImportOptions> {
  const inspection = await api.inspectFile(file, name);
  expect(inspection).toHaveProperty('mapping');
  const { encoding, delimiter, mapping, dayOrder, groupLineItems } = inspection as Inspection;
  return { encoding, delimiter, mapping, dayOrder, groupLineItems };
}

const ALL = { from: null, to: null };
const EXPECTED_OVERVIEW = {
  dataFrom: '2024-01-05',
  dataTo: '2024-02-10',
  currency: null,
  kpis: { revenueCents: 4275, orders: 4, customers: 3, aovCents: 1069, repeatRate: 1 / 3, arpaCents: 1425 },
  monthly: [
    { month: '2024-01', revenueCents: 1550, orders: 2, activeCustomers: 2 },
    { month: '2024-02', revenueCents: 2725, orders: 2, activeCustomers: 2 },
  ],
};

const counts = (r: Awaited<ReturnType<AnalysisApi['importOrders']>>) =>
  r.ok ? { added: r.added, updated: r.updated, unchanged: r.unchanged, ordersRead: r.ordersRead } : r;

/** Every record of every data table, to show that a failed import changed nothing. */
async function snapshot(db: AtlasDb) {
  const [workspaces, datasets, chunks, dicts, results] = await Promise.all(
    [db.workspaces, db.datasets, db.chunks, db.dicts, db.results].map((t) => t.toArray()));
  return { workspaces, datasets, chunks, dicts, results };
}

describe('createAnalysisApi', () => {
  it('imports a file and computes the Overview of it, then serves it from the cache', async () => {
    const { db, api } = setup();
    const ws = await api.createWorkspace('  Tea shop ');
    const progress: ImportProgress[] = [];
    const result = await api.importOrders(ws.id, JANUARY_FEBRUARY, 'jan-feb.csv',
      await optionsFor(api, JANUARY_FEBRUARY, 'jan-feb.csv'), (p) => progress.push(p));
    expect(counts(result)).toEqual({ added: 4, updated: 0, unchanged: 0, ordersRead: 4 });
    expect(result).toMatchObject({ ok: true, rowsRead: 4, rejected: 0, rejectedRows: [] });
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'parsing', 'merging', 'saving', 'done']);
    expect(progress.at(-1)).toEqual({ phase: 'done', bytesRead: JANUARY_FEBRUARY.size,
      bytesTotal: JANUARY_FEBRUARY.size, rows: 4 });

    expect(await api.listWorkspaces()).toEqual([
      { ...ws, name: 'Tea shop', updatedAt: expect.any(String), orders: 4, customers: 3 },
    ]);
    expect(await db.chunks.count()).toBe(1);
    expect((await db.dicts.toArray()).map((d) => d.column).sort())
      .toEqual(['customer', 'text:orderId', 'text:status']);

    expect(await api.cachedOverview(ws.id)).toBeNull();
    const first = await api.overview(ws.id, ALL);
    expect(first).toEqual({ workspaceId: ws.id, range: ALL, ...EXPECTED_OVERVIEW, cached: false,
      computedAt: expect.any(String) });
    const again = await api.overview(ws.id, ALL);
    expect(again).toEqual({ ...first, cached: true });

    const february = await api.overview(ws.id, { from: '2024-02-01', to: '2024-02-29' });
    expect(february?.kpis).toEqual(
      { revenueCents: 2725, orders: 2, customers: 2, aovCents: 1363, repeatRate: 0, arpaCents: 1363 });

    // a fresh worker (empty in-memory cache) answers the last range at once, without reading any chunk
    const reopened = createAnalysisApi(db, {});
    const chunkReads = vi.spyOn(db.chunks, 'where');
    expect(await reopened.cachedOverview(ws.id)).toEqual({ ...february, cached: true });
    expect(chunkReads).not.toHaveBeenCalled();
  });

  it('merges a re-imported file and a newer export without duplicates, and invalidates cached results', async () => {
    const { db, api } = setup();
    const ws = await api.createWorkspace('Shop');
    const options = await optionsFor(api, JANUARY_FEBRUARY, 'a.csv');
    await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options);
    await api.overview(ws.id, ALL);
    expect(await db.results.count()).toBe(1);

    const same = await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options);
    expect(counts(same)).toEqual({ added: 0, updated: 0, unchanged: 4, ordersRead: 4 });
    expect(await db.results.count()).toBe(0);
    expect(await api.cachedOverview(ws.id)).toBeNull();
    expect(await api.overview(ws.id, ALL)).toMatchObject({ ...EXPECTED_OVERVIEW, cached: false });

    const newer = csv(`
order_id,customer_id,order_date,amount,status
A2,c2,2024-01-20,5.50,paid
A3,c1,2024-02-03,20.00,refunded
A4,c3,2024-02-10,7.25,paid
A5,c4,2024-03-01,3.00,paid
`);
    const merged = await api.importOrders(ws.id, newer, 'b.csv', options);
    expect(counts(merged)).toEqual({ added: 1, updated: 1, unchanged: 2, ordersRead: 4 });
    expect((await db.datasets.toArray()).map((d) => [d.rows, d.customers, d.sourceFiles]))
      .toEqual([[5, 4, ['a.csv', 'a.csv', 'b.csv']]]);
    expect(await db.chunks.count()).toBe(1);
    const overview = await api.overview(ws.id, ALL);
    // A3 is refunded (void, positive amount): left out; A5 added in March
    expect(overview?.kpis).toEqual(
      { revenueCents: 2575, orders: 4, customers: 4, aovCents: 644, repeatRate: 0, arpaCents: 644 });
  });

  it('cancels an import midway and leaves the workspace exactly as it was', async () => {
    const { db, api } = setup({ chunkBytes: 64 });
    const ws = await api.createWorkspace('Shop');
    const options = await optionsFor(api, JANUARY_FEBRUARY, 'a.csv');
    await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options);
    const before = await snapshot(db);

    const lines = Array.from({ length: 200 }, (_, i) => `B${i},c${i % 7},2024-03-0${1 + (i % 9)},1.00,paid`);
    const big = csv(['order_id,customer_id,order_date,amount,status', ...lines].join('\n'));
    const phases: string[] = [];
    const result = await api.importOrders(ws.id, big, 'big.csv', options, (p) => {
      phases.push(p.phase);
      if (p.phase === 'parsing' && p.bytesRead >= 64 * 3) void api.cancelImport();
    });
    expect(result).toEqual({ ok: false, problem: 'cancelled' });
    expect(phases.filter((p) => p === 'parsing').length).toBe(3);
    expect(await snapshot(db)).toEqual(before);
    expect(await api.listWorkspaces()).toMatchObject([{ id: ws.id, orders: 4, customers: 3 }]);
  });

  it('honours a cancel that arrives after parsing, just before the write', async () => {
    const { db, api } = setup();
    const ws = await api.createWorkspace('Shop');
    const options = await optionsFor(api, JANUARY_FEBRUARY, 'a.csv');
    await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options);
    const before = await snapshot(db);
    const newer = csv('order_id,customer_id,order_date,amount,status\nZ9,c9,2024-04-01,1.00,paid');
    const result = await api.importOrders(ws.id, newer, 'b.csv', options, (p) => {
      if (p.phase === 'saving') void api.cancelImport();
    });
    expect(result).toEqual({ ok: false, problem: 'cancelled' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the old data intact when the write fails inside its transaction', async () => {
    const { db, api } = setup();
    const ws = await api.createWorkspace('Shop');
    const options = await optionsFor(api, JANUARY_FEBRUARY, 'a.csv');
    await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options);
    const before = await snapshot(db);
    const newer = csv('order_id,customer_id,order_date,amount,status\nZ9,c9,2024-04-01,1.00,paid');

    const quota = vi.spyOn(db.chunks, 'bulkAdd')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await api.importOrders(ws.id, newer, 'b.csv', options))
      .toEqual({ ok: false, problem: 'quota', detail: { needed: expect.any(Number), available: -1 } });
    expect(await snapshot(db)).toEqual(before);

    quota.mockRejectedValueOnce(new Error('disk on fire'));
    await expect(api.importOrders(ws.id, newer, 'b.csv', options)).rejects.toThrow('disk on fire');
    expect(await snapshot(db)).toEqual(before);
    quota.mockRestore();

    expect(counts(await api.importOrders(ws.id, newer, 'b.csv', options)))
      .toEqual({ added: 1, updated: 0, unchanged: 0, ordersRead: 1 });
  });

  it('refuses an import the storage estimate has no room for', async () => {
    const storage = { estimate: async () => ({ usage: 999_990, quota: 1_000_000 }) };
    const { db, api } = setup({ storage });
    const ws = await api.createWorkspace('Shop');
    const result = await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv',
      await optionsFor(api, JANUARY_FEBRUARY, 'a.csv'));
    expect(result).toEqual({ ok: false, problem: 'quota',
      detail: { needed: Math.ceil(JANUARY_FEBRUARY.size * 0.6), available: 10 } });
    expect(await db.datasets.count()).toBe(0);
    expect(await api.storageInfo()).toEqual({ usage: 999_990, quota: 1_000_000, persisted: false });
  });

  it('returns a file that cannot be read as one failure and leaves the workspace unchanged', async () => {
    const { db, api } = setup();
    const ws = await api.createWorkspace('Shop');
    const options = await optionsFor(api, JANUARY_FEBRUARY, 'a.csv');
    const headerOnly = csv('order_id,customer_id,order_date,amount,status');
    expect(await api.importOrders(ws.id, headerOnly, 'h.csv', options)).toEqual({ ok: false, problem: 'headerOnly' });
    expect(await db.datasets.count()).toBe(0);

    await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options);
    const before = await snapshot(db);
    const allBad = csv('order_id,customer_id,order_date,amount,status\nX1,c1,not a date,1.00,paid');
    expect(await api.importOrders(ws.id, allBad, 'bad.csv', options))
      .toEqual({ ok: false, problem: 'noValidRows', detail: { rejected: 1 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('renames and deletes a workspace with its datasets, chunks, dictionaries and results', async () => {
    const { db, api } = setup();
    const keep = await api.createWorkspace('Keep');
    const drop = await api.createWorkspace('Drop');
    const options = await optionsFor(api, JANUARY_FEBRUARY, 'a.csv');
    for (const ws of [keep, drop]) {
      await api.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options);
      await api.overview(ws.id, ALL);
    }
    await api.renameWorkspace(keep.id, 'Kept ');
    await api.deleteWorkspace(drop.id);
    expect((await api.listWorkspaces()).map((w) => [w.name, w.orders])).toEqual([['Kept', 4]]);
    const keptDataset = (await db.datasets.toArray()).map((d) => d.workspaceId);
    expect(keptDataset).toEqual([keep.id]);
    const [dataset] = await db.datasets.toArray();
    expect((await db.chunks.toArray()).map((c) => c.datasetId)).toEqual([dataset!.id]);
    expect(new Set((await db.dicts.toArray()).map((d) => d.datasetId))).toEqual(new Set([dataset!.id]));
    expect((await db.results.toArray()).map((r) => r.workspaceId)).toEqual([keep.id]);
    expect(await api.overview(drop.id, ALL)).toBeNull();
  });

  it('tells the page when another tab upgrades the database, after closing its connection', async () => {
    const { db, api } = setup({}, 1);
    await api.listWorkspaces().catch(() => [] as unknown[]); // opens the v1 connection
    await db.open();
    const told = vi.fn();
    await api.onVersionChange(told);
    const newer = openDb(db.name);
    opened.push(newer);
    await newer.open(); // would be blocked forever if the old connection stayed open
    expect(told).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
  });
});

describe('createAnalysisApi across a MessageChannel', () => {
  it('gives the same import and Overview through Comlink as when called directly', async () => {
    const direct = setup();
    const wsDirect = await direct.api.createWorkspace('Shop');
    const options = await optionsFor(direct.api, JANUARY_FEBRUARY, 'a.csv');
    const directImport = await direct.api.importOrders(wsDirect.id, JANUARY_FEBRUARY, 'a.csv', options);
    const directOverview = await direct.api.overview(wsDirect.id, ALL);

    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    expose(setup().api, port2);
    const remote = wrap<AnalysisApi>(port1);
    const ws = await remote.createWorkspace('Shop');
    const phases: string[] = [];
    const remoteImport = await remote.importOrders(ws.id, JANUARY_FEBRUARY, 'a.csv', options,
      proxy((p: ImportProgress) => { phases.push(p.phase); }));
    const strip = (r: typeof directImport) => ({ ...r, datasetId: 'id', timings: {} });
    expect(strip(remoteImport)).toEqual(strip(directImport));
    expect((remoteImport as ImportSummary).datasetId).not.toBe((directImport as ImportSummary).datasetId);
    const remoteOverview = await remote.overview(ws.id, ALL);
    expect({ ...remoteOverview, workspaceId: 'w', computedAt: 't' })
      .toEqual({ ...directOverview, workspaceId: 'w', computedAt: 't' });
    expect(await remote.cachedOverview(ws.id)).toEqual({ ...remoteOverview, cached: true });
    await vi.waitFor(() => expect(phases).toContain('done'));
  });
});
