import type { CustomerTable } from '../core/customer-types';
import { createCustomerParser } from '../core/customers-file/customer-parser';
import { mergeCustomers } from '../core/customers-file/merge-customers';
import type { ImportOptions, ImportProgress, ImportResult } from '../core/types';
import { loadCustomers } from '../storage/load-customers';
import { replaceCustomers } from '../storage/replace-customers';
import { customersDataset } from '../storage/workspace-records';
import { runKindImport, type ImportContext, type ImportJob, type ImportKindSteps } from './run-import';

/** Importing a customers file: merged by customer id with the stored customers; the orders are not touched. */
const CUSTOMER_STEPS: ImportKindSteps<CustomerTable> = {
  kind: 'customers',
  stored: (ctx, workspaceId) => customersDataset(ctx.db, workspaceId),
  parser: createCustomerParser,
  load: (ctx, workspaceId) => loadCustomers(ctx.db, workspaceId),
  merge: mergeCustomers,
  replace: (ctx, workspaceId, table, sourceFiles, beforeWrite) =>
    replaceCustomers(ctx.db, workspaceId, table, sourceFiles, beforeWrite),
};

/**
 * Reads, parses and merges a customers file into the workspace, atomically, as runImport does for orders.
 * `ordersRead` in the summary counts the customers the file holds; added / updated / unchanged count them
 * against the stored ones.
 */
export function runCustomersImport(
  ctx: ImportContext, job: ImportJob, workspaceId: string, file: Blob, fileName: string,
  options: ImportOptions, onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  return runKindImport(CUSTOMER_STEPS, ctx, job, workspaceId, file, fileName, options, onProgress);
}
