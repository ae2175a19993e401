import type { OrderTable } from '../core/types';
import type { AtlasDb, Dataset } from './db';
import { encodeOrders } from './encode-orders';

/**
 * Stores `table` as the workspace's new orders dataset and removes the previous one, with its chunks,
 * dictionaries and the workspace's cached results, in ONE transaction: the workspace shows either the old
 * dataset or the new one, never a mix. `beforeWrite` runs inside the transaction first and may throw to
 * abort it (used for cancellation). Returns the new dataset record.
 */
export async function replaceOrders(
  db: AtlasDb,
  workspaceId: string,
  table: OrderTable,
  sourceFiles: string[],
  beforeWrite: () => void = () => {},
): Promise<Dataset> {
  const id = crypto.randomUUID();
  const { chunks, dicts } = encodeOrders(table, id);
  const { firstDay, lastDay, customers } = facts(table);
  const now = new Date().toISOString();
  const dataset: Dataset = {
    id, workspaceId, kind: 'orders', rows: table.length, customers, chunkCount: chunks.length,
    textColumns: Object.keys(table.text), sourceFiles, firstDay, lastDay, createdAt: now,
  };
  await db.transaction('rw', [db.workspaces, db.datasets, db.chunks, db.dicts, db.results], async () => {
    beforeWrite();
    if (!(await db.workspaces.get(workspaceId))) throw new Error(`no workspace ${workspaceId}`);
    const old = await db.datasets.where({ workspaceId, kind: 'orders' }).primaryKeys();
    await db.chunks.where('datasetId').anyOf(old).delete();
    await db.dicts.where('datasetId').anyOf(old).delete();
    await db.datasets.bulkDelete(old);
    await db.results.where({ workspaceId }).delete();
    await db.datasets.add(dataset);
    await db.dicts.bulkAdd(dicts);
    await db.chunks.bulkAdd(chunks);
    await db.workspaces.update(workspaceId, { updatedAt: now });
  });
  return dataset;
}

/** First and last order day and the number of distinct customers that have rows. */
function facts(table: OrderTable): { firstDay: number | null; lastDay: number | null; customers: number } {
  const seen = new Uint8Array(table.customer.values.length);
  let customers = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < table.length; i++) {
    const code = table.customer.codes[i]!;
    if (code >= 0 && seen[code] === 0) {
      seen[code] = 1;
      customers++;
    }
    const day = table.day[i]!;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  return table.length === 0 ? { firstDay: null, lastDay: null, customers } : { firstDay, lastDay, customers };
}
