import type { CustomerTable } from '../core/customer-types';
import type { AtlasDb } from './db';
import { asStored, encodeCustomers, type CustomersDataset } from './encode-customers';

/**
 * Stores `table` as the workspace's new customers dataset and removes the previous customers dataset with
 * its chunks and dictionaries, and the workspace's cached results, in ONE transaction: the workspace shows
 * the old customers or the new ones, never a mix. The orders dataset is not touched. `beforeWrite` runs
 * inside the transaction first and may throw to abort it (cancellation). Returns the new dataset record.
 */
export async function replaceCustomers(
  db: AtlasDb,
  workspaceId: string,
  table: CustomerTable,
  sourceFiles: string[],
  beforeWrite: () => void = () => {},
): Promise<CustomersDataset> {
  const id = crypto.randomUUID();
  const { chunks, dicts } = encodeCustomers(table, id);
  const now = new Date().toISOString();
  const dataset: CustomersDataset = {
    id, workspaceId, kind: 'customers', rows: table.length, customers: table.length, chunkCount: chunks.length,
    textColumns: Object.keys(table.text), sourceFiles, firstDay: null, lastDay: null, createdAt: now,
  };
  await db.transaction('rw', [db.workspaces, db.datasets, db.chunks, db.dicts, db.results], async () => {
    beforeWrite();
    if (!(await db.workspaces.get(workspaceId))) throw new Error(`no workspace ${workspaceId}`);
    const old = await db.datasets.where({ workspaceId, kind: 'customers' }).primaryKeys();
    await db.chunks.where('datasetId').anyOf(old).delete();
    await db.dicts.where('datasetId').anyOf(old).delete();
    await db.datasets.bulkDelete(old);
    await db.results.where({ workspaceId }).delete();
    await db.datasets.add(asStored(dataset));
    await db.dicts.bulkAdd(dicts);
    await db.chunks.bulkAdd(asStored(chunks));
    await db.workspaces.update(workspaceId, { updatedAt: now });
  });
  return dataset;
}
