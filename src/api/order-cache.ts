import type { OrderTable } from '../core/types';
import type { AtlasDb, Dataset } from '../storage/db';
import { loadOrders } from '../storage/load-orders';

/** Remembers the last decoded orders table, by dataset id, so repeated questions do not re-read chunks. */
export interface OrderCache {
  /** The dataset's table, decoded from storage only when it is not the one held. */
  get(dataset: Dataset): Promise<OrderTable>;
  /** Holds a table just written under `datasetId` (after an import), replacing the one held. */
  set(datasetId: string, table: OrderTable): void;
  /** Drops whatever is held, e.g. when its workspace is deleted. */
  clear(): void;
}

/** An OrderCache over `db` holding one table at a time: a 1M-order table is ~40 MB. */
export function createOrderCache(db: AtlasDb): OrderCache {
  let held: { datasetId: string; table: Promise<OrderTable> } | null = null;
  return {
    get(dataset) {
      if (held?.datasetId !== dataset.id) {
        const table = loadOrders(db, dataset);
        held = { datasetId: dataset.id, table };
        table.catch(() => { if (held?.table === table) held = null; });
      }
      return held.table;
    },
    set(datasetId, table) {
      held = { datasetId, table: Promise.resolve(table) };
    },
    clear() {
      held = null;
    },
  };
}
