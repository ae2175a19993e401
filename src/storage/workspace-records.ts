import type { Workspace } from '../core/types';
import type { AtlasDb, Dataset } from './db';

/** The workspace's orders dataset, or undefined when nothing was imported yet. */
export async function ordersDataset(db: AtlasDb, workspaceId: string): Promise<Dataset | undefined> {
  return db.datasets.where({ workspaceId, kind: 'orders' }).first();
}

/** The workspace's customers file dataset, or undefined when none was imported. */
export async function customersDataset(db: AtlasDb, workspaceId: string): Promise<Dataset | undefined> {
  return db.datasets.where({ workspaceId, kind: 'customers' }).first();
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

/**
 * Deletes a workspace with all its datasets, chunks, dictionaries, cached results, saved segments and
 * settings, in one transaction.
 */
export async function deleteWorkspaceRecords(db: AtlasDb, workspaceId: string): Promise<void> {
  const tables = [db.workspaces, db.datasets, db.chunks, db.dicts, db.results, db.meta, db.segments];
  await db.transaction('rw', tables, async () => {
    const datasetIds = await db.datasets.where({ workspaceId }).primaryKeys();
    await db.chunks.where('datasetId').anyOf(datasetIds).delete();
    await db.dicts.where('datasetId').anyOf(datasetIds).delete();
    await db.datasets.bulkDelete(datasetIds);
    await db.results.where({ workspaceId }).delete();
    await db.segments.where({ workspaceId }).delete();
    await db.meta.bulkDelete([
      lastRangeKey(workspaceId), customerSettingsKey(workspaceId), predictionSettingsKey(workspaceId),
      clusterRequestKey(workspaceId),
    ]);
    await db.workspaces.delete(workspaceId);
  });
}

/** The `meta` key under which a workspace's last Overview range is remembered. */
export function lastRangeKey(workspaceId: string): string {
  return `lastRange:${workspaceId}`;
}

/** The `meta` key of a workspace's customer settings (as-of day, RFM cuts, tiers, rules). */
export function customerSettingsKey(workspaceId: string): string {
  return `customerSettings:${workspaceId}`;
}

/** The `meta` key of a workspace's prediction settings. */
export function predictionSettingsKey(workspaceId: string): string {
  return `predictionSettings|${workspaceId}`;
}

/** The `meta` key of a workspace's last clustering request (features, k, seed). */
export function clusterRequestKey(workspaceId: string): string {
  return `clusterRequest|${workspaceId}`;
}
