import { describe, expect, it } from 'vitest';
import type { RejectedRow } from '../../src/core/types';
import { rejectedRowsCsv } from '../../src/state/rejected-csv';

const rows: RejectedRow[] = [
  { file: 'orders.csv', line: 3, column: 2, columnName: '下单时间', reason: 'badDate', value: '2024-13-45' },
  { file: 'orders.csv', line: 7, column: 3, columnName: 'Total', reason: 'badAmount', value: '=HYPERLINK("x")' },
  { file: 'orders.csv', line: 9, column: 0, columnName: '', reason: 'wrongColumnCount', value: 'a,b' },
  { file: 'orders.csv', line: 11, column: 3, columnName: 'Total', reason: 'badAmount', value: '-12,5 x' },
  { file: 'orders.csv', line: 12, column: 1, columnName: 'Email', reason: 'missingCustomer', value: '@me' },
];

const labels = {
  header: ['文件', '行号', '列', '原因', '值'] as [string, string, string, string, string],
  reason: (row: RejectedRow) => ({ badDate: '无法识别的日期', badAmount: '无法识别的金额' })[row.reason as 'badDate'] ?? row.reason,
};

describe('rejectedRowsCsv', () => {
  it('writes a BOM, a translated header, CRLF lines, quoted cells and inert formula-like values', () => {
    expect(rejectedRowsCsv(rows, labels)).toBe(
      '\uFEFF文件,行号,列,原因,值\r\n' +
        'orders.csv,3,2 下单时间,无法识别的日期,2024-13-45\r\n' +
        `orders.csv,7,3 Total,无法识别的金额,"'=HYPERLINK(""x"")"\r\n` +
        'orders.csv,9,,wrongColumnCount,"a,b"\r\n' +
        `orders.csv,11,3 Total,无法识别的金额,"'-12,5 x"\r\n` +
        "orders.csv,12,1 Email,missingCustomer,'@me\r\n",
    );
  });

  it('writes just the header for no rows', () => {
    expect(rejectedRowsCsv([], labels)).toBe('\uFEFF文件,行号,列,原因,值\r\n');
  });
});
