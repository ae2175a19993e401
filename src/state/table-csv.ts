import { csvTextCell } from '../core/query/csv-text-cell';

/** One cell of a table written out: text (made safe for spreadsheets), a number as it is, or empty. */
export type TableCell = string | number | null;

/**
 * A small table as CSV text for Excel: a UTF-8 byte-order mark (so Chinese opens correctly), CRLF line ends,
 * text cells that look like formulas made inert, numbers unformatted (a spreadsheet formats them itself)
 * and missing values empty.
 */
export function tableCsv(header: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const cell = (value: TableCell) => {
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    return value === null ? '' : csvTextCell(value);
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Hands text or bytes to the browser as a downloaded file (nothing leaves the machine). */
export function downloadFile(
  name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/csv;charset=utf-8',
) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
