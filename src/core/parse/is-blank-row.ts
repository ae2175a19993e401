import type { RowScanner } from './row-scanner';

/** True when every cell of the scanner's last record is empty or spaces (`,,,` lines Excel writes). */
export function isBlankRow(scanner: RowScanner): boolean {
  for (let i = 0; i < scanner.count; i++) if (scanner.cell(i).trim() !== '') return false;
  return true;
}
