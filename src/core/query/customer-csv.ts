import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { csvColumnCell } from './csv-column-cell';
import { csvTextCell } from './csv-text-cell';

/**
 * The customer list as CSV text for Excel: a UTF-8 byte-order mark, then a header row of `headers[column]`
 * (the column name when missing) and one row per entry of `order` (profile rows), every line ended by CRLF.
 * - Money as currency units with two decimals (cents / 100: 1234 → 12.34); other numbers as they are,
 *   fractions rounded to two decimals; days ISO `YYYY-MM-DD`; no value is an empty cell.
 * - Group names translated through `labels['<column>.<group>']`, else `labels[group]`, else kept as is.
 * - Numbers are written as numbers (a negative amount stays -12.50, which no spreadsheet runs as a formula);
 *   text cells starting with = + - @, tab or CR get a leading apostrophe; cells are quoted per RFC 4180.
 */
export function customerCsv(
  frame: CustomerFrame,
  order: Int32Array,
  columns: readonly CustomerColumn[],
  headers: Record<string, string>,
  labels: Record<string, string>,
): string {
  const header = columns.map((column) => csvTextCell(Object.hasOwn(headers, column) ? headers[column]! : column));
  const writers = columns.map((column) => csvColumnCell(frame, column, labels));
  // One flat array joined once: building each line by `+=` leaves rope strings that cost more to flatten.
  const parts: string[] = [header.join(','), '\r\n'];
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    for (let c = 0; c < writers.length; c++) parts.push(c === 0 ? '' : ',', writers[c]!(row));
    parts.push('\r\n');
  }
  return `\uFEFF${parts.join('')}`;
}
