import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysisApi, type ApiEnvironment } from '../../src/api/analysis-api';
import { openDb, type AtlasDb } from '../../src/storage/db';

const CDNOW_HEAD = `customer_id,date,quantity,amount
1,1997-01-01,1,11.77
2,1997-01-12,1,12.00
2,1997-01-12,5,77.00
3,1997-01-02,2,20.76
`;

let serial = 0;
const opened: AtlasDb[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

function setup(fetch: ApiEnvironment['fetch']) {
  const db = openDb(`samples-${++serial}`);
  opened.push(db);
  const urls: string[] = [];
  const api = createAnalysisApi(db, { fetch: (url) => { urls.push(url); return fetch!(url); } });
  return { db, api, urls };
}

describe('ensureSamples', () => {
  it('creates the demo shop first and CDNOW second, once, and never again after they are deleted', async () => {
    const { db, api, urls } = setup(async () => new Response(CDNOW_HEAD));
    const phases = new Set<string>();
    expect(await api.ensureSamples('/app/', (p) => phases.add(p.phase))).toBe(true);
    expect(urls).toEqual(['/app/samples/cdnow.csv']);
    expect(phases.has('done')).toBe(true);

    const list = await api.listWorkspaces();
    expect(list.map((w) => [w.name, w.sample])).toEqual([['Demo shop · 演示商店', 'demo'], ['CDNOW', 'cdnow']]);
    expect(list[0]!.orders).toBeGreaterThan(1000); // a year or more of a shop
    expect(list[1]).toMatchObject({ orders: 4, customers: 3 });
    const cdnow = await api.overview(list[1]!.id, { from: null, to: null });
    expect(cdnow).toMatchObject({ dataFrom: '1997-01-01', dataTo: '1997-01-12',
      kpis: { revenueCents: 12153, orders: 4, customers: 3 } });

    expect(await api.ensureSamples('/app/')).toBe(false);
    for (const w of list) await api.deleteWorkspace(w.id);
    expect(await api.ensureSamples('/app/')).toBe(false);
    expect(await api.listWorkspaces()).toEqual([]);
    expect(await db.chunks.count()).toBe(0);

    // …unless the person asks for them back
    const mine = await api.createWorkspace('Mine');
    expect(await api.restoreSamples('/app/')).toBe(2);
    expect((await api.listWorkspaces()).map((w) => [w.name, w.sample]))
      .toEqual([['Mine', null], ['Demo shop · 演示商店', 'demo'], ['CDNOW', 'cdnow']]);
    await api.deleteWorkspace((await api.listWorkspaces())[2]!.id);
    expect(await api.restoreSamples('/app/')).toBe(1);
    expect((await api.listWorkspaces()).map((w) => w.sample)).toEqual([null, 'demo', 'cdnow']);
    expect(mine.sample).toBeNull();
  });

  it('keeps the demo shop when CDNOW cannot be fetched (offline first visit)', async () => {
    const { api } = setup(async () => { throw new TypeError('Failed to fetch'); });
    expect(await api.ensureSamples('./')).toBe(true);
    expect((await api.listWorkspaces()).map((w) => w.sample)).toEqual(['demo']);
    expect(await api.ensureSamples('./')).toBe(false);
  });

  it('leaves a database that already has workspaces alone', async () => {
    const { api, urls } = setup(async () => new Response(CDNOW_HEAD));
    await api.createWorkspace('Mine');
    expect(await api.ensureSamples('./')).toBe(false);
    expect((await api.listWorkspaces()).map((w) => w.name)).toEqual(['Mine']);
    expect(urls).toEqual([]);
  });

  it('seeds once when asked twice at the same time', async () => {
    const { api } = setup(async () => new Response(CDNOW_HEAD));
    const [a, b] = await Promise.all([api.ensureSamples('./'), api.ensureSamples('./')]);
    expect([a, b]).toEqual([true, true]);
    expect((await api.listWorkspaces()).map((w) => w.sample)).toEqual(['demo', 'cdnow']);
  });
});
