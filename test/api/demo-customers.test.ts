import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../src/api/analysis-api';
import { DEFAULT_CUSTOMER_SETTINGS } from '../../src/core/customer-types';
import { openDb, type AtlasDb } from '../../src/storage/db';
import { loadCustomers } from '../../src/storage/load-customers';

const opened: AtlasDb[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

const ORDER_REGIONS = ['华东', '华北', '华南', '西南', '华中', 'North America', 'Europe'];

describe('the demo shop sample', () => {
  it('comes with its customers file: 2,375 buyers in both, 125 in the orders only, 300 prospects', async () => {
    const db = openDb('demo-customers-1');
    opened.push(db);
    const api = createAnalysisApi(db, { fetch: async () => { throw new TypeError('Failed to fetch'); } });
    expect(await api.ensureSamples('./')).toBe(true);
    const [demo, ...others] = await api.listWorkspaces();
    expect(others).toEqual([]);
    expect(demo).toMatchObject({ sample: 'demo', customers: 2500 });
    const datasets = await db.datasets.where({ workspaceId: demo!.id }).toArray();
    expect(datasets.map((d) => [d.kind, d.sourceFiles]).sort()).toEqual([
      ['customers', ['demo-customers.csv']], ['orders', ['demo-shop.csv']],
    ]);
    // Every row of the file was read: 2,375 buyers and 300 prospects.
    expect((await loadCustomers(db, demo!.id))?.length).toBe(2675);

    const result = (await api.segments(demo!.id, DEFAULT_CUSTOMER_SETTINGS))!;
    expect(result.counts).toMatchObject({ customers: 2800, inBoth: 2375, ordersOnly: 125, fileOnly: 300 });
    expect(result.attributes).toEqual(['ageBand', 'channel', 'gender', 'region']);
    const groups = (name: string) => result.groupings[`attr:${name}`]!.map((g) => g.group);
    expect(groups('gender').sort()).toEqual(['女', '男']);
    expect(groups('ageBand').sort()).toEqual(['18-24', '25-34', '35-44', '45-54', '55+']);
    expect(groups('channel').sort()).toEqual(['Marketplace', 'Online store', 'Retail', '微信小程序']);
    // The file's provinces, and for the 125 buyers it leaves out, the region of their orders.
    const regions = result.groupings['attr:region']!;
    expect(regions.map((g) => g.group)).toEqual(expect.arrayContaining(['广东', '北京', '上海', 'California']));
    const fromOrders = regions.filter((g) => ORDER_REGIONS.includes(g.group));
    expect(fromOrders.reduce((n, g) => n + g.customers, 0)).toBe(125);
  });
});
