import type { RejectedRow } from '../core/types';
import { tableCsv } from './table-csv';

/** Translated texts of the rejected-rows CSV. */
export interface RejectedCsvLabels {
  header: [file: string, line: string, column: string, reason: string, value: string];
  reason: (row: RejectedRow) => string;
}

/**
 * The rejected rows as a CSV text for Excel: UTF-8 byte-order mark (so Chinese text opens correctly),
 * CRLF line ends, a translated header, column as "number name", and formula-like cells made inert by a `'`.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[], labels: RejectedCsvLabels): string {
  return tableCsv(labels.header, rows.map((row) => {
    const column = row.column === 0 ? row.columnName : `${row.column} ${row.columnName}`.trim();
    return [row.file, row.line, column, labels.reason(row), row.value];
  }));
}
