import { mergeOrders } from '../core/orders/merge-orders';
import { createOrderParser } from '../core/parse/order-parser';
import type {
  FileFailure, ImportKind, ImportOptions, ImportProgress, ImportResult, OrderTable, RejectedRow,
} from '../core/types';
import type { AtlasDb, Dataset } from '../storage/db';
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

/** What differs between importing orders and importing a customers file: how to parse, merge and store. */
export interface ImportKindSteps<T extends { length: number }> {
  kind: ImportKind;
  /** The workspace's stored dataset of this kind, if any. */
  stored(ctx: ImportContext, workspaceId: string): Promise<Dataset | undefined>;
  parser(fileName: string, options: ImportOptions): {
    push(text: string): void;
    readonly rowsRead: number;
    finish():
      | { ok: true; table: T; rowsRead: number; rejected: RejectedRow[]; rejectedCount: number }
      | FileFailure;
  };
  load(ctx: ImportContext, workspaceId: string, stored: Dataset): Promise<T | null>;
  merge(existing: T | null, incoming: T): { table: T; added: number; updated: number; unchanged: number };
  /** Writes the merged table in one transaction; `beforeWrite` runs inside it and may throw to abort. */
  replace(ctx: ImportContext, workspaceId: string, table: T, sourceFiles: string[], beforeWrite: () => void):
    Promise<{ id: string }>;
  /** Called after the write committed (orders keep the table in the worker's cache). */
  committed?(ctx: ImportContext, datasetId: string, table: T): void;
}

const CANCELLED: FileFailure = { ok: false, problem: 'cancelled' };

/**
 * Reads, parses and validates a whole file in memory, merges it with the workspace's dataset of that kind
 * and stores the result in one transaction. Expected failures (unreadable file, no space, cancelled) come
 * back as values and leave the workspace exactly as it was.
 */
export async function runKindImport<T extends { length: number }>(
  steps: ImportKindSteps<T>,
  ctx: ImportContext,
  job: ImportJob,
  workspaceId: string,
  file: Blob,
  fileName: string,
  options: ImportOptions,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const bytesTotal = file.size;
  const previous = await steps.stored(ctx, workspaceId);

  const needed = importNeedBytes(bytesTotal, previous?.rows ?? 0);
  const { usage, quota } = await storageEstimate(ctx.storage);
  if (usage !== null && quota !== null && needed > quota - usage) {
    return { ok: false, problem: 'quota', detail: { needed, available: Math.max(0, quota - usage) } };
  }

  const parser = steps.parser(fileName, options);
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
  const existing = previous ? await steps.load(ctx, workspaceId, previous) : null;
  const merged = steps.merge(existing, parsed.table);
  if (job.cancelled) return CANCELLED;

  onProgress({ phase: 'saving', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  const sourceFiles = [...(previous?.sourceFiles ?? []), fileName];
  let datasetId: string;
  try {
    const dataset = await steps.replace(ctx, workspaceId, merged.table, sourceFiles, () => {
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
  steps.committed?.(ctx, datasetId, merged.table);
  const persistMs = performance.now() - tPersist;
  onProgress({ phase: 'done', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  return {
    ok: true,
    ...(steps.kind === 'customers' ? { kind: 'customers' as const } : {}),
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

/** Importing orders: parsed by the orders parser, merged by order id or content, kept in the order cache. */
export const ORDER_STEPS: ImportKindSteps<OrderTable> = {
  kind: 'orders',
  stored: (ctx, workspaceId) => ordersDataset(ctx.db, workspaceId),
  parser: createOrderParser,
  load: (ctx, _workspaceId, stored) => ctx.orders.get(stored),
  merge: mergeOrders,
  replace: (ctx, workspaceId, table, sourceFiles, beforeWrite) =>
    replaceOrders(ctx.db, workspaceId, table, sourceFiles, beforeWrite),
  committed: (ctx, datasetId, table) => ctx.orders.set(datasetId, table),
};

/** Reads, parses and merges an orders file into the workspace, atomically (see runKindImport). */
export function runImport(
  ctx: ImportContext, job: ImportJob, workspaceId: string, file: Blob, fileName: string,
  options: ImportOptions, onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  return runKindImport(ORDER_STEPS, ctx, job, workspaceId, file, fileName, options, onProgress);
}

