import { mergeOrders } from '../core/orders/merge-orders';
import { createOrderParser } from '../core/parse/order-parser';
import type { FileFailure, ImportOptions, ImportProgress, ImportResult } from '../core/types';
import type { AtlasDb } from '../storage/db';
import { isQuotaError } from '../storage/is-quota-error';
import { replaceOrders } from '../storage/replace-orders';
import { importNeedBytes, storageEstimate, type StorageLike } from '../storage/storage-estimate';
import { ordersDataset } from '../storage/workspace-records';
import type { OrderCache } from './order-cache';
import { pushBlobText } from './push-blob-text';

/** What an import needs from the worker around it. */
export interface ImportContext {
  db: AtlasDb;
  orders: OrderCache;
  storage?: StorageLike;
  /** Bytes decoded per step (tests make it small to cancel midway). */
  chunkBytes?: number;
}

/** A running import; `cancelled` is set by cancelImport and checked between steps and before the write. */
export interface ImportJob {
  cancelled: boolean;
}

const CANCELLED: FileFailure = { ok: false, problem: 'cancelled' };

/**
 * Reads, parses and validates a whole file in memory, merges it with the workspace's orders and stores
 * the result in one transaction. Expected failures (unreadable file, no space, cancelled) come back as
 * values and leave the workspace exactly as it was.
 */
export async function runImport(
  ctx: ImportContext,
  job: ImportJob,
  workspaceId: string,
  file: Blob,
  fileName: string,
  options: ImportOptions,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const { db } = ctx;
  const bytesTotal = file.size;
  const previous = await ordersDataset(db, workspaceId);

  const needed = importNeedBytes(bytesTotal, previous?.rows ?? 0);
  const { usage, quota } = await storageEstimate(ctx.storage);
  if (usage !== null && quota !== null && needed > quota - usage) {
    return { ok: false, problem: 'quota', detail: { needed, available: Math.max(0, quota - usage) } };
  }

  const parser = createOrderParser(fileName, options);
  let parseMs = 0;
  onProgress({ phase: 'reading', bytesRead: 0, bytesTotal, rows: 0 });
  const readMs = await pushBlobText(file, {
    encoding: options.encoding,
    chunkBytes: ctx.chunkBytes,
    stopped: () => job.cancelled,
    push: (text) => {
      const t0 = performance.now();
      parser.push(text);
      parseMs += performance.now() - t0;
    },
    afterPiece: (bytesRead) => onProgress({ phase: 'parsing', bytesRead, bytesTotal, rows: parser.rowsRead }),
  });
  if (readMs === false) return CANCELLED;
  const t0 = performance.now();
  const parsed = parser.finish();
  parseMs += performance.now() - t0;
  if (!parsed.ok) return parsed;
  if (parsed.table.length === 0) return { ok: false, problem: 'noValidRows' };
  if (job.cancelled) return CANCELLED;

  const tPersist = performance.now();
  onProgress({ phase: 'merging', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  const existing = previous ? await ctx.orders.get(previous) : null;
  const merged = mergeOrders(existing, parsed.table);
  if (job.cancelled) return CANCELLED;

  onProgress({ phase: 'saving', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  const sourceFiles = [...(previous?.sourceFiles ?? []), fileName];
  let datasetId: string;
  try {
    const dataset = await replaceOrders(db, workspaceId, merged.table, sourceFiles, () => {
      if (job.cancelled) throw new DOMException('import cancelled', 'AbortError');
    });
    datasetId = dataset.id;
  } catch (err) {
    if (job.cancelled) return CANCELLED;
    if (isQuotaError(err)) {
      const estimate = await storageEstimate(ctx.storage);
      const available = estimate.quota !== null && estimate.usage !== null
        ? Math.max(0, estimate.quota - estimate.usage) : -1;
      return { ok: false, problem: 'quota', detail: { needed, available } };
    }
    throw err;
  }
  ctx.orders.set(datasetId, merged.table);
  const persistMs = performance.now() - tPersist;
  onProgress({ phase: 'done', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  return {
    ok: true,
    datasetId,
    rowsRead: parsed.rowsRead,
    ordersRead: parsed.table.length,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    rejected: parsed.rejectedCount,
    rejectedRows: parsed.rejected,
    timings: { readMs: Math.round(readMs), parseMs: Math.round(parseMs), persistMs: Math.round(persistMs) },
  };
}
