import type { RejectedRow } from '../core/types';

/** Translated texts of the rejected-rows CSV. */
export interface RejectedCsvLabels {
  header: [file: string, line: string, column: string, reason: string, value: string];
  reason: (row: RejectedRow) => string;
}

// Excel runs a cell that starts with one of these as a formula, even from CSV (CSV injection)
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rejected rows as a CSV text for Excel: UTF-8 byte-order mark (so Chinese text opens correctly),
 * CRLF line ends, a translated header, column as "number name", and formula-like cells made inert by a `'`.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[], labels: RejectedCsvLabels): string {
  const lines = [labels.header.map(cell).join(',')];
  for (const row of rows) {
    const column = row.column === 0 ? row.columnName : `${row.column} ${row.columnName}`.trim();
    lines.push([row.file, row.line, column, labels.reason(row), row.value].map(cell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
