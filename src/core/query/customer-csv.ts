import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { CUSTOMER_COLUMN_KINDS } from './column-kinds';
import { csvTextCell } from './csv-text-cell';
import { customerColumnValue } from './customer-column-value';

/**
 * The customer list as CSV text for Excel: a UTF-8 byte-order mark, then a header row of `headers[column]`
 * (the column name when missing) and one row per entry of `order`, every line ended by CRLF.
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
  const lines: string[] = [columns.map((column) => csvTextCell(own(headers, column) ?? column)).join(',')];
  const cells: string[] = new Array<string>(columns.length);
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const value = customerColumnValue(frame, column, row);
      const kind = CUSTOMER_COLUMN_KINDS[column];
      if (value === null) cells[c] = '';
      else if (typeof value === 'number') cells[c] = kind === 'money' ? (value / 100).toFixed(2) : numberText(value);
      else if (kind === 'group') cells[c] = csvTextCell(own(labels, `${column}.${value}`) ?? own(labels, value) ?? value);
      else cells[c] = csvTextCell(value);
    }
    lines.push(cells.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function own(record: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
