import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysisApi, type AnalysisApi } from '../../src/api/analysis-api';
import type { ImportOptions, ImportProgress, Inspection } from '../../src/core/types';
import { openDb, type AtlasDb } from '../../src/storage/db';
import { loadCustomers } from '../../src/storage/load-customers';
import { customerRows } from '../core/customers-file/helpers';
import { fixture } from '../core/parse/helpers';

let serial = 0;
const opened: AtlasDb[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

function setup(chunkBytes?: number) {
  const db = openDb(`import-customers-${++serial}`);
  opened.push(db);
  return { db, api: createAnalysisApi(db, { chunkBytes }) };
}

const csv = (text: string) => new Blob([text.trim() + '\n']);

async function optionsFor(api: AnalysisApi, file: Blob, name: string): Promise<ImportOptions & { kind: string }> {
  const inspection = (await api.inspectFile(file, name)) as Inspection;
  const { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine, kind } = inspection;
  return { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine, kind };
}

const counts = (r: Awaited<ReturnType<AnalysisApi['importCustomers']>>) => (r.ok
  ? { kind: r.kind, rowsRead: r.rowsRead, customers: r.ordersRead, added: r.added, updated: r.updated,
    unchanged: r.unchanged, rejected: r.rejected }
  : r);

describe('api.importCustomers', () => {
  it('imports a Chinese GB18030 customers file beside the orders, then merges a second file by id', async () => {
    const { db, api } = setup();
    const ws = await api.createWorkspace('Shop');
    const orders = csv('customer_id,order_date,amount\nC001,2024-01-05,10.00\nC009,2024-01-06,5.00');
    const ordersResult = await api.importOrders(ws.id, orders, 'o.csv', await optionsFor(api, orders, 'o.csv'));
    expect(ordersResult.ok).toBe(true);

    const file = new Blob([new Uint8Array(fixture('customers/zh-customers-gb18030.csv'))]);
    const options = await optionsFor(api, file, '会员.csv');
    expect(options.kind).toBe('customers');
    const phases: string[] = [];
    const result = await api.importCustomers(ws.id, file, '会员.csv', options, (p: ImportProgress) => {
      if (phases.at(-1) !== p.phase) phases.push(p.phase);
    });
    expect(counts(result)).toEqual({
      kind: 'customers', rowsRead: 6, customers: 3, added: 3, updated: 0, unchanged: 0, rejected: 3,
    });
    expect(result.ok && result.rejectedRows.map((r) => [r.line, r.reason])).toEqual([
      [4, 'badDate'], [5, 'missingCustomer'], [6, 'badNumber'],
    ]);
    expect(phases).toEqual(['reading', 'parsing', 'merging', 'saving', 'done']);
    expect((await loadCustomers(db, ws.id))?.customer.values).toEqual(['C001', 'C002', 'C005']);
    // The orders are untouched and still counted by the workspace list.
    expect((await api.listWorkspaces()).find((w) => w.id === ws.id)).toMatchObject({ orders: 2, customers: 2 });

    const second = csv('客户编号,姓名,城市\nC002,李雷,宁波\nC005,陈静,\nC006,周杰,台北');
    const merged = await api.importCustomers(ws.id, second, 'b.csv', await optionsFor(api, second, 'b.csv'));
    expect(counts(merged)).toEqual({
      kind: 'customers', rowsRead: 3, customers: 3, added: 1, updated: 1, unchanged: 1, rejected: 0,
    });
    const table = await loadCustomers(db, ws.id);
    expect(table && customerRows(table).map((r) => [r.id, r.name, r.city ?? null, r.line])).toEqual([
      ['C001', '王芳', '上海', 2], ['C002', '李雷', '宁波', 2], ['C005', '陈静', null, 7], ['C006', '周杰', '台北', 4],
    ]);
    expect((await db.datasets.where({ workspaceId: ws.id, kind: 'customers' }).first())?.sourceFiles)
      .toEqual(['会员.csv', 'b.csv']);
  });

  it('reports a file it cannot use and a cancelled import, changing nothing', async () => {
    const { db, api } = setup(64);
    const ws = await api.createWorkspace('Shop');
    const noId = csv('姓名,城市\n王芳,上海');
    const options = await optionsFor(api, noId, 'x.csv');
    expect(await api.importCustomers(ws.id, noId, 'x.csv', options))
      .toEqual({ ok: false, problem: 'missingRequired', detail: { fields: 'customerId' } });

    const big = csv(['customer id,name,phone', ...Array.from({ length: 200 }, (_, i) => `c${i},N${i},1${i}`)].join('\n'));
    const running = api.importCustomers(ws.id, big, 'big.csv', await optionsFor(api, big, 'big.csv'), () => {
      void api.cancelImport();
    });
    expect(await running).toEqual({ ok: false, problem: 'cancelled' });
    expect(await db.datasets.count()).toBe(0);
    expect(await loadCustomers(db, ws.id)).toBeNull();
  });
});
