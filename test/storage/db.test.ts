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

  it('upgrades a version 2 database: an empty segments table, indexed by workspace; nothing lost', async () => {
    const v2 = open('upgrade-2', 2);
    await v2.table('workspaces').add({ id: 'w1', name: 'Shop', sample: null, createdAt: 'x', updatedAt: 'x' });
    await v2.table('datasets').add({ id: 'd1', workspaceId: 'w1', kind: 'orders', rows: 3 });
    await v2.table('results').add({ key: 'overview|d1', workspaceId: 'w1', datasetId: 'd1', value: { n: 1 } });
    await v2.table('meta').add({ key: 'lastRange:w1', value: { from: '2024-01-01', to: null } });
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((t) => t.name)).not.toContain('segments');
    v2.close();

    const latest = open('upgrade-2');
    await latest.open();
    expect(latest.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(3);
    expect(await latest.segments.count()).toBe(0);
    expect(await latest.datasets.toArray()).toEqual([{ id: 'd1', workspaceId: 'w1', kind: 'orders', rows: 3 }]);
    expect(await latest.results.toArray())
      .toEqual([{ key: 'overview|d1', workspaceId: 'w1', datasetId: 'd1', value: { n: 1 } }]);
    expect(await latest.meta.get('lastRange:w1'))
      .toEqual({ key: 'lastRange:w1', value: { from: '2024-01-01', to: null } });
    const condition = { kind: 'range', field: 'orders', min: 2, max: null } as const;
    await latest.segments.bulkAdd([
      { id: 's1', workspaceId: 'w1', name: 'Repeat', condition, createdAt: 'x', updatedAt: 'x' },
      { id: 's2', workspaceId: 'w2', name: 'Other', condition, createdAt: 'x', updatedAt: 'x' },
    ]);
    expect((await latest.segments.where({ workspaceId: 'w1' }).toArray()).map((s) => s.name)).toEqual(['Repeat']);
  });

  it('creates a fresh database at the latest version with every table', async () => {
    const db = open('fresh');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort())
      .toEqual(['chunks', 'datasets', 'dicts', 'meta', 'results', 'segments', 'workspaces']);
  });
});
