import type { Workspace } from '../core/types';
import type { AtlasDb, Dataset } from './db';

/** The workspace's orders dataset, or undefined when nothing was imported yet. */
export async function ordersDataset(db: AtlasDb, workspaceId: string): Promise<Dataset | undefined> {
  return db.datasets.where({ workspaceId, kind: 'orders' }).first();
}

/** Workspaces with their orders and customers counts, oldest first (the built-in demo before CDNOW). */
export async function workspaceSummaries(
  db: AtlasDb,
): Promise<Array<Workspace & { orders: number; customers: number }>> {
  return db.transaction('r', db.workspaces, db.datasets, async () => {
    const [workspaces, datasets] = await Promise.all([db.workspaces.toArray(), db.datasets.toArray()]);
    const orders = new Map(datasets.filter((d) => d.kind === 'orders').map((d) => [d.workspaceId, d]));
    const rank = (w: Workspace) => (w.sample === 'demo' ? 0 : w.sample === 'cdnow' ? 1 : 2);
    return workspaces
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || rank(a) - rank(b) || a.id.localeCompare(b.id))
      .map((w) => ({ ...w, orders: orders.get(w.id)?.rows ?? 0, customers: orders.get(w.id)?.customers ?? 0 }));
  });
}

/** Deletes a workspace with all its datasets, chunks, dictionaries and cached results, in one transaction. */
export async function deleteWorkspaceRecords(db: AtlasDb, workspaceId: string): Promise<void> {
  await db.transaction('rw', [db.workspaces, db.datasets, db.chunks, db.dicts, db.results, db.meta], async () => {
    const datasetIds = await db.datasets.where({ workspaceId }).primaryKeys();
    await db.chunks.where('datasetId').anyOf(datasetIds).delete();
    await db.dicts.where('datasetId').anyOf(datasetIds).delete();
    await db.datasets.bulkDelete(datasetIds);
    await db.results.where({ workspaceId }).delete();
    await db.meta.delete(lastRangeKey(workspaceId));
    await db.workspaces.delete(workspaceId);
  });
}

/** The `meta` key under which a workspace's last Overview range is remembered. */
export function lastRangeKey(workspaceId: string): string {
  return `lastRange:${workspaceId}`;
}
