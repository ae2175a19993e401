import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerTable } from '../../src/core/customer-types';
import { openDb, type AtlasDb } from '../../src/storage/db';
import { decodeCustomers } from '../../src/storage/decode-customers';
import { encodeCustomers, type CustomersDataset } from '../../src/storage/encode-customers';
import { loadCustomers } from '../../src/storage/load-customers';
import { replaceCustomers } from '../../src/storage/replace-customers';
import { replaceOrders } from '../../src/storage/replace-orders';
import { tableOf } from '../core/orders/orders-fixture';
import { customerRows } from '../core/customers-file/helpers';

const opened: AtlasDb[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

let serial = 0;
async function withWorkspace(): Promise<AtlasDb> {
  const db = openDb(`customers-storage-${++serial}`);
  opened.push(db);
  await db.workspaces.add({ id: 'w1', name: 'Shop', sample: null, createdAt: 'x', updatedAt: 'x' });
  return db;
}

const customers = (ids: string[], names: (string | null)[]): CustomerTable => {
  const values: string[] = [];
  return {
    length: ids.length,
    customer: { codes: Int32Array.from(ids, (_, i) => i), values: ids },
    signupDay: Float64Array.from(ids, (_, i) => (i === 0 ? 19800 : NaN)),
    birthday: new Float64Array(ids.length).fill(NaN),
    age: Float64Array.from(ids, (_, i) => (i === 1 ? 42 : NaN)),
    line: Int32Array.from(ids, (_, i) => i + 2),
    text: { name: { codes: Int32Array.from(names, (n) => (n === null ? -1 : values.push(n) - 1)), values } },
  };
};

describe('customers storage', () => {
  it('round-trips a customers table through IndexedDB; loadCustomers is null before any import', async () => {
    const db = await withWorkspace();
    expect(await loadCustomers(db, 'w1')).toBeNull();
    const table = customers(['c1', '客户2', 'c3'], ['Ann', '王芳', null]);
    const dataset = await replaceCustomers(db, 'w1', table, ['a.csv']);
    expect([dataset.kind, dataset.rows, dataset.customers, dataset.textColumns, dataset.sourceFiles])
      .toEqual(['customers', 3, 3, ['name'], ['a.csv']]);
    const back = await loadCustomers(db, 'w1');
    expect(back && customerRows(back)).toEqual([
      { id: 'c1', signup: '2024-03-18', birthday: null, age: null, line: 2, name: 'Ann' },
      { id: '客户2', signup: null, birthday: null, age: 42, line: 3, name: '王芳' },
      { id: 'c3', signup: null, birthday: null, age: null, line: 4 },
    ]);
    expect(back?.signupDay).toBeInstanceOf(Float64Array);
  });

  it('replaces the customers atomically, leaves the orders dataset alone and clears cached results', async () => {
    const db = await withWorkspace();
    const orders = await replaceOrders(db, 'w1', tableOf([{ customer: 'c1', day: 19800, amountCents: 100 }]), ['o.csv']);
    const first = await replaceCustomers(db, 'w1', customers(['c1'], ['Ann']), ['a.csv']);
    await db.results.put({ key: 'k', workspaceId: 'w1', datasetId: orders.id, value: {} as never, createdAt: 'x' });
    const second = await replaceCustomers(db, 'w1', customers(['c1', 'c2'], ['Ann', 'Bo']), ['a.csv', 'b.csv']);
    const datasets = await db.datasets.toArray();
    expect(datasets.map((d) => [d.id, d.kind]).sort()).toEqual([[orders.id, 'orders'], [second.id, 'customers']].sort());
    expect(await db.chunks.where({ datasetId: first.id }).count()).toBe(0);
    expect(await db.dicts.where({ datasetId: first.id }).count()).toBe(0);
    expect(await db.chunks.where({ datasetId: orders.id }).count()).toBe(1);
    expect(await db.results.count()).toBe(0);
    expect((await loadCustomers(db, 'w1'))?.customer.values).toEqual(['c1', 'c2']);
  });

  it('changes nothing when the write is aborted', async () => {
    const db = await withWorkspace();
    await replaceCustomers(db, 'w1', customers(['c1'], ['Ann']), ['a.csv']);
    const before = await Promise.all([db.datasets.toArray(), db.chunks.toArray(), db.dicts.toArray()]);
    await expect(replaceCustomers(db, 'w1', customers(['c9'], ['Zed']), ['b.csv'], () => {
      throw new DOMException('import cancelled', 'AbortError');
    })).rejects.toThrow('import cancelled');
    expect(await Promise.all([db.datasets.toArray(), db.chunks.toArray(), db.dicts.toArray()])).toEqual(before);
  });

  it('decodes a table split over several chunks, in any order', () => {
    const table = customers(['a', 'b', 'c'], ['A', null, 'C']);
    const { chunks, dicts } = encodeCustomers(table, 'd1');
    const [only] = chunks;
    const split = [
      { ...only!, id: 'd1:1', index: 1, start: 2, length: 1, customer: only!.customer.slice(2),
        signupDay: only!.signupDay.slice(2), birthday: only!.birthday.slice(2), age: only!.age.slice(2),
        line: only!.line.slice(2), text: { name: only!.text.name!.slice(2) } },
      { ...only!, length: 2, customer: only!.customer.slice(0, 2), signupDay: only!.signupDay.slice(0, 2),
        birthday: only!.birthday.slice(0, 2), age: only!.age.slice(0, 2), line: only!.line.slice(0, 2),
        text: { name: only!.text.name!.slice(0, 2) } },
    ];
    const dataset = { id: 'd1', rows: 3, textColumns: ['name'] } as CustomersDataset;
    expect(customerRows(decodeCustomers(dataset, split, dicts))).toEqual(customerRows(table));
  });
});
