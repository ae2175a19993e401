import type { CustomerTable } from '../core/customer-types';
import type { AtlasDb } from './db';
import { decodeCustomers } from './decode-customers';
import type { CustomerChunk, CustomersDataset } from './encode-customers';
import { customersDataset } from './workspace-records';

/**
 * The workspace's customers table, decoded from its chunks and dictionaries read in one transaction; null
 * when the workspace has no customers file.
 */
export async function loadCustomers(db: AtlasDb, workspaceId: string): Promise<CustomerTable | null> {
  const found = await db.transaction('r', db.datasets, db.chunks, db.dicts, async () => {
    const dataset = (await customersDataset(db, workspaceId)) as CustomersDataset | undefined;
    if (!dataset) return null;
    const [chunks, dicts] = await Promise.all([
      db.chunks.where({ datasetId: dataset.id }).toArray(),
      db.dicts.where({ datasetId: dataset.id }).toArray(),
    ]);
    return { dataset, chunks: chunks as unknown as CustomerChunk[], dicts };
  });
  return found && decodeCustomers(found.dataset, found.chunks, found.dicts);
}
