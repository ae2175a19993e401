import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../fixtures/gb18030.mjs';
import { inspect } from '../../../src/core/parse/inspect';
import { importBytes, utf16, utf8 } from './helpers';
import type { ImportOptions } from '../../../src/core/types';

type Outcome =
  | { problem: string }
  | { orders: [customer: string, day: string, cents: number][]; rejected: [line: number, column: number, reason: string, value: string][] };

function outcome(bytes: Uint8Array, patch: Partial<ImportOptions> = {}): Outcome {
  const { inspection, parsed } = importBytes(bytes, 'in.csv', undefined, patch);
  if (!('mapping' in inspection)) return { problem: inspection.problem };
  if (parsed === null || !parsed.ok) return { problem: parsed?.problem ?? 'none' };
  const t = parsed.table;
  const orders: [string, string, number][] = [];
  for (let i = 0; i < t.length; i++) {
    orders.push([t.customer.values[t.customer.codes[i]!]!, new Date(t.day[i]! * 864e5).toISOString().slice(0, 10), t.amountCents[i]!]);
  }
  return { orders, rejected: parsed.rejected.map((r) => [r.line, r.column, r.reason, r.value]) };
}

const ZH = '客户编号,下单时间,实付金额\n王五,2024-05-01,¥12.50\n李四,2024/5/2,"1,000"\n';
const ZH_ORDERS: Outcome = { orders: [['王五', '2024-05-01', 1250], ['李四', '2024-05-02', 100000]], rejected: [] };
const EN = (d: string) => ['customer', 'date', 'amount'].join(d) + '\n' + ['A', '2024-05-01', '1.50'].join(d) + '\n' +
  ['B', '2024-05-02', '2'].join(d) + '\n';
const EN_ORDERS: Outcome = { orders: [['A', '2024-05-01', 150], ['B', '2024-05-02', 200]], rejected: [] };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0, 0x62, 0xee, 0x9d, 0x68]);

const cases: [string, Uint8Array, Outcome, Partial<ImportOptions>?][] = [
  ['UTF-8 with BOM', utf8(ZH, true), ZH_ORDERS],
  ['UTF-8 without BOM', utf8(ZH), ZH_ORDERS],
  ['UTF-16LE with BOM, tab-delimited (Excel Unicode text)', utf16(ZH.replace(/,(?=[^"]*(?:"[^"]*"[^"]*)*$)/gm, '\t'), true, true), ZH_ORDERS],
  ['UTF-16BE with BOM', utf16(ZH, false, true), ZH_ORDERS],
  ['UTF-16LE without BOM', utf16(ZH, true, false), ZH_ORDERS],
  ['GB18030 without BOM', encodeGb18030(ZH.replace('¥', '￥')), ZH_ORDERS],
  ['comma', utf8(EN(',')), EN_ORDERS],
  ['semicolon', utf8(EN(';')), EN_ORDERS],
  ['tab', utf8(EN('\t')), EN_ORDERS],
  ['pipe', utf8(EN('|')), EN_ORDERS],
  ['CRLF line ends', utf8(EN(',').replaceAll('\n', '\r\n')), EN_ORDERS],
  ['old Mac CR line ends', utf8(EN(',').replaceAll('\n', '\r')), EN_ORDERS],
  ['delimiter inside quotes', utf8('customer,date,amount\n"Smith, J",2024-05-01,"$1,234.50"\n'),
    { orders: [['Smith, J', '2024-05-01', 123450]], rejected: [] }],
  ['doubled quotes', utf8('customer,date,amount\n"The ""Best"" Shop",2024-05-01,3\n'),
    { orders: [['The "Best" Shop', '2024-05-01', 300]], rejected: [] }],
  ['newline inside quotes moves later line numbers', utf8('customer,note,date,amount\nA,"two\nlines",2024-05-01,1\nB,x,2024-02-30,1\n'),
    { orders: [['A', '2024-05-01', 100]], rejected: [[4, 3, 'badDate', '2024-02-30']] }],
  ['ragged row with too few cells', utf8('customer,date,amount\nA,2024-05-01\nB,2024-05-02,5\n'),
    { orders: [['B', '2024-05-02', 500]], rejected: [[2, 0, 'wrongColumnCount', 'A,2024-05-01']] }],
  ['ragged row with an extra filled cell', utf8('customer,date,amount\nA,2024-05-01,1,oops\n'),
    { problem: 'noValidRows' }],
  ['trailing empty cells are fine', utf8('customer,date,amount\nA,2024-05-01,1,,\nB,2024-05-01,2\n'),
    { orders: [['A', '2024-05-01', 100], ['B', '2024-05-01', 200]], rejected: [] }],
  ['impossible dates', utf8('customer,date,amount\nA,2024-02-30,1\nB,2024-13-01,1\nC,2023-02-29,1\nD,2024-02-29,1\n'),
    { orders: [['D', '2024-02-29', 100]], rejected: [[2, 2, 'badDate', '2024-02-30'], [3, 2, 'badDate', '2024-13-01'],
      [4, 2, 'badDate', '2023-02-29']] }],
  ['empty file', new Uint8Array(0), { problem: 'empty' }],
  ['only blank lines and spaces', utf8('\n  \r\n\t\n'), { problem: 'empty' }],
  ['header only', utf8('customer,date,amount\r\n'), { problem: 'headerOnly' }],
  ['PNG image', PNG, { problem: 'binary' }],
  ['xlsx (zip) workbook', XLSX, { problem: 'binary' }],
  ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), { problem: 'binary' }],
  ['NUL bytes in text', utf8('customer,date\u0000,amount\nA,2024-05-01,1\n'), { problem: 'binary' }],
  ['single column, no delimiter', utf8('customer\nA\nB\n'), { problem: 'noDelimiter' }],
  ['formula-like cells stay text', utf8('customer,date,amount\n=SUM(A1),2024-05-01,1\n+1,2024-05-01,2\n@x,2024-05-01,3\n-2+3,2024-05-01,4\n'),
    { orders: [['=SUM(A1)', '2024-05-01', 100], ['+1', '2024-05-01', 200], ['@x', '2024-05-01', 300],
      ['-2+3', '2024-05-01', 400]], rejected: [] }],
  ['leading and trailing blank lines', utf8('\n\ncustomer,date,amount\n\nA,2024-05-01,1\n\n\nB,2024-05-01,x\n\n\n'),
    { orders: [['A', '2024-05-01', 100]], rejected: [[8, 3, 'badAmount', 'x']] }],
  ['Salesforce footer', utf8('"Account Name","Close Date","Amount"\n"Acme","5/20/2024","$1,234,567"\n\n' +
    '"Grand Totals (1 records)"\n\n"Confidential Information - Do Not Distribute"\n' +
    '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."\n'),
  { orders: [['Acme', '2024-05-20', 123456700]], rejected: [] }],
  ['Chinese total row at the end', utf8('客户编号,下单时间,实付金额\n王五,2024-05-01,10\n合计,,10\n'),
    { orders: [['王五', '2024-05-01', 1000]], rejected: [] }],
  ['amounts with symbols, codes and parentheses', utf8('customer;date;amount\nA;1.5.2024;€ 1.234,50\nB;2.5.2024;(12,00)\n' +
    'C;3.5.2024;12,50-\nD;4.5.2024;RMB 8\n'),
  { orders: [['A', '2024-05-01', 123450], ['B', '2024-05-02', -1200], ['C', '2024-05-03', -1250], ['D', '2024-05-04', 800]],
    rejected: [] }],
  ['missing customer, missing date, bad and empty amounts', utf8('customer,date,amount\n,2024-05-01,1\nA,,1\nB,2024-05-01,abc\n' +
    'C,2024-05-01,\nD,2024-05-01,1\n'),
  { orders: [['D', '2024-05-01', 100]], rejected: [[2, 1, 'missingCustomer', ''], [3, 2, 'missingDate', ''],
    [4, 3, 'badAmount', 'abc'], [5, 3, 'badAmount', '']] }],
  ['bad quantity', utf8('customer,date,quantity\nA,2024-05-01,two\nB,2024-05-01,\n'),
    { orders: [['B', '2024-05-01', NaN]], rejected: [[2, 3, 'badQuantity', 'two']] }],
  ['Excel-wrapped ids', utf8('客户编号,下单时间,实付金额\n"=""00123""",2024-05-01,1\n\'00456,2024-05-01,1\n'),
    { orders: [['00123', '2024-05-01', 100], ['00456', '2024-05-01', 100]], rejected: [] }],
  ['unclosed quote runs to the end of the file', utf8('customer,date,amount\nA,2024-05-01,1\n"B,2024-05-01,1\nC,2024-05-01,1\n'),
    { orders: [['A', '2024-05-01', 100]], rejected: [[3, 0, 'wrongColumnCount', 'B,2024-05-01,1\nC,2024-05-01,1\n']] }],
  ['every row rejected', utf8('customer,date,amount\nA,yesterday,1\n'), { problem: 'noValidRows' }],
  ['required column not mapped', utf8(EN(',')), { problem: 'missingRequired' },
    { mapping: [{ index: 0, header: 'customer', role: 'customerId' }, { index: 1, header: 'date', role: 'keep' }] }],
];

describe('bad input, end to end through inspect and the parser', () => {
  it.each(cases)('%s', (_name, bytes, expected, patch) => {
    expect(outcome(bytes, patch)).toEqual(expected);
  });

  it('reports a single line longer than the head instead of reading it', () => {
    const head = utf8(`customer,date,amount,${'x'.repeat((1 << 20) - 21)}`);
    expect(inspect(head, 'huge.csv', 5 << 20)).toEqual({ ok: false, problem: 'lineTooLong', detail: { line: 1, bytes: 1 << 20 } });
  });
});
