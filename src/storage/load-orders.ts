import type { OrderTable } from '../core/types';
import type { AtlasDb, Dataset } from './db';
import { decodeOrders } from './decode-orders';

/** Reads a dataset's chunks and dictionaries in one read transaction and decodes them to a table. */
export async function loadOrders(db: AtlasDb, dataset: Dataset): Promise<OrderTable> {
  const [chunks, dicts] = await db.transaction('r', db.chunks, db.dicts, () => Promise.all([
    db.chunks.where({ datasetId: dataset.id }).toArray(),
    db.dicts.where({ datasetId: dataset.id }).toArray(),
  ]));
  return decodeOrders(dataset, chunks, dicts);
}
