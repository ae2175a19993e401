import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../src/api/analysis-api';
import type { Inspection } from '../../src/core/types';
import { openDb } from '../../src/storage/db';

const db = openDb('cdnow-import');
afterAll(async () => {
  db.close();
  await Dexie.delete('cdnow-import');
});

describe('importOrders on the real CDNOW purchase log', () => {
  it('stores 69,659 orders of 23,570 customers, and a second import of the same file adds none', async () => {
    const file = new Blob([readFileSync(new URL('../../public/samples/cdnow.csv', import.meta.url))]);
    const api = createAnalysisApi(db, {});
    const ws = await api.createWorkspace('CDNOW');
    const inspection = await api.inspectFile(file, 'cdnow.csv') as Inspection;
    expect(inspection.source).toBe('cdnow');
    const { encoding, delimiter, mapping, dayOrder, groupLineItems } = inspection;
    const options = { encoding, delimiter, mapping, dayOrder, groupLineItems };

    const first = await api.importOrders(ws.id, file, 'cdnow.csv', options);
    expect(first).toMatchObject({ ok: true, rowsRead: 69_659, ordersRead: 69_659, added: 69_659, rejected: 0 });
    expect(await api.listWorkspaces()).toMatchObject([{ orders: 69_659, customers: 23_570 }]);
    expect(await db.chunks.count()).toBe(1); // 69,659 rows fit one chunk: a handful of records, not one per row

    const again = await api.importOrders(ws.id, file, 'cdnow.csv', options);
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 69_659 });
    const overview = await api.overview(ws.id, { from: null, to: null });
    expect([overview?.dataFrom, overview?.dataTo]).toEqual(['1997-01-01', '1998-06-30']);
  });
});
