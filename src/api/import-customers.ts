import { createCustomerParser } from '../core/customers-file/customer-parser';
import { mergeCustomers } from '../core/customers-file/merge-customers';
import type { FileFailure, ImportOptions, ImportProgress, ImportResult } from '../core/types';
import { isQuotaError } from '../storage/is-quota-error';
import { customersDataset, loadCustomers } from '../storage/load-customers';
import { replaceCustomers } from '../storage/replace-customers';
import { importNeedBytes, storageEstimate } from '../storage/storage-estimate';
import { pushBlobText } from './push-blob-text';
import type { ImportContext, ImportJob } from './run-import';

const CANCELLED: FileFailure = { ok: false, problem: 'cancelled' };

/**
 * Reads, parses and validates a whole customers file in memory, merges it by customer id with the
 * workspace's customers and stores the result in one transaction, as runImport does for orders; the
 * orders are not touched. `ordersRead` in the summary counts the customers the file holds; added /
 * updated / unchanged count them against the stored ones. Expected failures come back as values and leave
 * the workspace exactly as it was.
 */
export async function runCustomersImport(
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
  const previous = await customersDataset(db, workspaceId);

  const needed = importNeedBytes(bytesTotal, previous?.rows ?? 0);
  const { usage, quota } = await storageEstimate(ctx.storage);
  if (usage !== null && quota !== null && needed > quota - usage) {
    return { ok: false, problem: 'quota', detail: { needed, available: Math.max(0, quota - usage) } };
  }

  const parser = createCustomerParser(fileName, options);
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
  if (job.cancelled) return CANCELLED;

  const tPersist = performance.now();
  onProgress({ phase: 'merging', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  const existing = previous ? await loadCustomers(db, workspaceId) : null;
  const merged = mergeCustomers(existing, parsed.table);
  if (job.cancelled) return CANCELLED;

  onProgress({ phase: 'saving', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  const sourceFiles = [...(previous?.sourceFiles ?? []), fileName];
  let datasetId: string;
  try {
    const dataset = await replaceCustomers(db, workspaceId, merged.table, sourceFiles, () => {
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
  const persistMs = performance.now() - tPersist;
  onProgress({ phase: 'done', bytesRead: bytesTotal, bytesTotal, rows: parsed.rowsRead });
  return {
    ok: true,
    kind: 'customers',
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
