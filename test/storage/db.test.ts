import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openDb, type AtlasDb } from '../../src/storage/db';

const opened: AtlasDb[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});
const open = (name: string, upTo?: number) => {
  const db = openDb(name, upTo);
  opened.push(db);
  return db;
};

describe('openDb', () => {
  it('upgrades a version 1 database: datasets get their kind, results appear, nothing is lost', async () => {
    const v1 = open('upgrade-1', 1);
    await v1.table('workspaces').add({ id: 'w1', name: 'Shop', sample: null, createdAt: 'x', updatedAt: 'x' });
    await v1.table('datasets').add({ id: 'd1', workspaceId: 'w1', rows: 3 }); // v1 had no kind
    await v1.table('chunks').add({ id: 'd1:0', datasetId: 'd1', index: 0, day: Int32Array.of(1, 2, 3) });
    await v1.table('meta').add({ key: 'seeded', value: true });
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name).sort()).toEqual(['chunks', 'datasets', 'dicts', 'meta', 'workspaces']);
    v1.close();

    const latest = open('upgrade-1');
    await latest.open();
    expect(latest.verno).toBe(DB_VERSION);
    expect(await latest.datasets.toArray()).toEqual([{ id: 'd1', workspaceId: 'w1', rows: 3, kind: 'orders' }]);
    expect(await latest.datasets.where({ workspaceId: 'w1', kind: 'orders' }).count()).toBe(1);
    expect(await latest.results.count()).toBe(0);
    const chunk = await latest.chunks.get('d1:0');
    expect(Array.from(chunk!.day)).toEqual([1, 2, 3]);
    expect(chunk!.day).toBeInstanceOf(Int32Array);
    expect(await latest.meta.get('seeded')).toEqual({ key: 'seeded', value: true });
  });

  it('creates a fresh database at the latest version with every table', async () => {
    const db = open('fresh');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort())
      .toEqual(['chunks', 'datasets', 'dicts', 'meta', 'results', 'workspaces']);
  });
});
