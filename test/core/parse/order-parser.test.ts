import { describe, expect, it } from 'vitest';
import { createOrderParser } from '../../../src/core/parse/order-parser';
import type { ParsedOrders } from '../../../src/core/parse/order-parser';
import type { ColumnMapping, ColumnRole, FileFailure, ImportOptions } from '../../../src/core/types';
import { fixture, importBytes, rows } from './helpers';

function mapping(header: string, roles: ColumnRole[]): ColumnMapping[] {
  return header.split(/[,;]/).map((h, index) => ({ index, header: h, role: roles[index] ?? 'keep' }));
}

function options(header: string, roles: ColumnRole[], extra: Partial<ImportOptions> = {}): ImportOptions {
  return { encoding: 'utf-8', delimiter: ',', mapping: mapping(header, roles), dayOrder: 'mdy', groupLineItems: false, ...extra };
}

function parse(text: string | string[], opts: ImportOptions): ParsedOrders | FileFailure {
  const parser = createOrderParser('t.csv', opts);
  for (const chunk of typeof text === 'string' ? [text] : text) parser.push(chunk);
  return parser.finish();
}

function ok(result: ParsedOrders | FileFailure): ParsedOrders {
  if (!result.ok) throw new Error(`parse failed: ${result.problem}`);
  return result;
}

const pick = (keys: string[]) => (row: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, row[k]]));

describe('createOrderParser', () => {
  it('turns Shopify line items into one order each: first row for the order, quantities summed, net of refunds', () => {
    const { parsed } = importBytes(fixture('exports/shopify-orders.csv'), 'orders_export.csv');
    const result = ok(parsed!);
    expect([result.rowsRead, result.rejectedCount, result.table.length]).toEqual([6, 0, 3]);
    expect(rows(result.table).map(pick(['orderId', 'customer', 'date', 'time', 'cents', 'quantity', 'line', 'status', 'product'])))
      .toEqual([
        { orderId: '#1001', customer: 'ana@example.com', date: '2024-05-01', time: 36000, cents: 5000, quantity: 3, line: 2,
          status: 'paid', product: 'Linen Tote' },
        { orderId: '#1002', customer: 'li.wei@example.cn', date: '2024-05-03', time: 76470, cents: 100000, quantity: 1,
          line: 4, status: 'partially_refunded', product: 'Espresso Machine' },
        { orderId: '#1003', customer: 'ana@example.com', date: '2024-05-04', time: 28740, cents: 0, quantity: 6, line: 5,
          status: 'refunded', product: 'Tea Sampler' },
      ]);
    expect(rows(result.table)[1]!['keep:Notes']).toBe('Leave at door, "back gate"');
  });

  it('uses the Stripe customer email when the customer id is empty, and nets out refunds', () => {
    const { parsed } = importBytes(fixture('exports/stripe-payments.csv'), 'unified_payments.csv');
    expect(rows(ok(parsed!).table).map(pick(['orderId', 'customer', 'date', 'cents', 'status']))).toEqual([
      { orderId: 'ch_3PABC1', customer: 'cus_Q1', date: '2024-05-01', cents: 4900, status: 'Paid' },
      { orderId: 'ch_3PABC2', customer: 'ops@example.org', date: '2024-05-02', cents: 10000, status: 'Partially refunded' },
      { orderId: 'ch_3PABC3', customer: 'cus_Q3', date: '2024-05-03', cents: 4900, status: 'Failed' },
    ]);
  });

  it('reads a GB18030 Taobao report: ="…" order ids unwrapped, Chinese text intact', () => {
    const { parsed } = importBytes(fixture('exports/taobao-orders.csv'), '订单报表.csv');
    expect(rows(ok(parsed!).table).map(pick(['orderId', 'customer', 'date', 'time', 'cents', 'quantity', 'status']))).toEqual([
      { orderId: '3912345678901234', customer: '小王2024', date: '2024-05-01', time: 36000, cents: 11800, quantity: 2,
        status: '交易成功' },
      { orderId: '3912345678901235', customer: '茶客阿丽', date: '2024-05-02', time: 77405, cents: 6790, quantity: 1,
        status: '卖家已发货，等待买家确认' },
      { orderId: '3912345678901236', customer: '小王2024', date: '2024-05-03', time: 29700, cents: 0, quantity: 1,
        status: '交易关闭' },
    ]);
  });

  it('drops Salesforce footers without reporting them and reads "$1,234,567"', () => {
    const { parsed } = importBytes(fixture('exports/salesforce-report.csv'), 'report.csv');
    const result = ok(parsed!);
    expect([result.rowsRead, result.rejected]).toEqual([3, []]);
    expect(rows(result.table).map(pick(['customer', 'date', 'cents', 'orderId']))).toEqual([
      { customer: 'Acme Corp', date: '2024-05-20', cents: 123456700, orderId: 'Acme - 200 seats' },
      { customer: 'Globex', date: '2024-04-13', cents: 1250000, orderId: 'Globex - upsell' },
      { customer: 'Initech', date: '2024-04-30', cents: 0, orderId: 'Initech - renewal' },
    ]);
  });

  it('gives the same table and rejected rows whatever the chunk cuts', () => {
    const text = 'id,customer,date,amount,note\r\n' +
      '1,A,2024-05-01,"1,000.50","said ""hi""\r\nand left"\r\n' +
      '\r\n' +
      '2,B,5/2/2024,12,\r\n' +
      '3,,2024-05-03,1,x\r\n' +
      '4,"C, Ltd",2024-05-04T09:30:00Z,(3.00),"a,b"\r\n' +
      '5,D,2024-02-30,1,\r\n' +
      '6,"E""",20240506,¥7,last';
    const opts = options('id,customer,date,amount,note', ['orderId', 'customerId', 'orderDate', 'amount', 'keep']);
    const whole = ok(parse(text, opts));
    expect(rows(whole.table)).toEqual([
      { customer: 'A', date: '2024-05-01', time: -1, cents: 100050, quantity: NaN, line: 2, orderId: '1',
        'keep:note': 'said "hi"\r\nand left' },
      { customer: 'B', date: '2024-05-02', time: -1, cents: 1200, quantity: NaN, line: 5, orderId: '2', 'keep:note': null },
      { customer: 'C, Ltd', date: '2024-05-04', time: 34200, cents: -300, quantity: NaN, line: 7, orderId: '4',
        'keep:note': 'a,b' },
      { customer: 'E"', date: '2024-05-06', time: -1, cents: 700, quantity: NaN, line: 9, orderId: '6', 'keep:note': 'last' },
    ]);
    expect(whole.rejected).toEqual([
      { file: 't.csv', line: 6, column: 2, columnName: 'customer', reason: 'missingCustomer', value: '' },
      { file: 't.csv', line: 8, column: 3, columnName: 'date', reason: 'badDate', value: '2024-02-30' },
    ]);
    const expected = { rows: rows(whole.table), rejected: whole.rejected, rowsRead: whole.rowsRead };
    for (let cut = 1; cut < text.length; cut++) {
      const split = ok(parse([text.slice(0, cut), text.slice(cut)], opts));
      expect({ rows: rows(split.table), rejected: split.rejected, rowsRead: split.rowsRead }, `cut at ${cut}`).toEqual(expected);
    }
    const bytewise = ok(parse([...text], opts));
    expect({ rows: rows(bytewise.table), rejected: bytewise.rejected, rowsRead: bytewise.rowsRead }).toEqual(expected);
  });

  it('reads day-first dates and decimal commas when the options say so', () => {
    const opts = options('k;d;a', ['customerId', 'orderDate', 'amount'], { delimiter: ';', dayOrder: 'dmy', decimalComma: true });
    expect(rows(ok(parse('k;d;a\nA;01/05/2024;1,234\nB;13/05/2024;1.234\n', opts)).table).map(pick(['date', 'cents'])))
      .toEqual([{ date: '2024-05-01', cents: 123 }, { date: '2024-05-13', cents: 123400 }]);
  });

  it('starts after the given header line and ignores columns marked ignore', () => {
    const opts = options('c,d,secret', ['customerId', 'orderDate', 'ignore'], { headerLine: 3 });
    const result = ok(parse('Report,,\nMay,2024,\nc,d,secret\nA,2024-05-01,pw\n', opts));
    expect([rows(result.table), result.rowsRead]).toEqual([
      [{ customer: 'A', date: '2024-05-01', time: -1, cents: NaN, quantity: NaN, line: 4 }], 1,
    ]);
  });

  it('accepts short rows when only unmapped columns are missing', () => {
    const opts = options('c,d,a,extra', ['customerId', 'orderDate', 'amount', 'keep']);
    expect(rows(ok(parse('c,d,a,extra\nA,2024-05-01,1\n', opts)).table)).toEqual([
      { customer: 'A', date: '2024-05-01', time: -1, cents: 100, quantity: NaN, line: 2, 'keep:extra': null },
    ]);
  });

  it('counts every rejected row but keeps the first 100,000', () => {
    const opts = options('c,d', ['customerId', 'orderDate']);
    const text = `c,d\nA,2024-05-01\n${'B,bad\n'.repeat(100_005)}`;
    const result = ok(parse(text, opts));
    expect([result.rejectedCount, result.rejected.length, result.rejected.at(-1)!.line, result.rowsRead])
      .toEqual([100_005, 100_000, 100_002, 100_006]);
  });

  it('names the required fields that are not mapped', () => {
    expect(parse('a,b\n1,2\n', options('a,b', ['amount', 'keep']))).toEqual({
      ok: false, problem: 'missingRequired', detail: { fields: 'customerId,orderDate' },
    });
  });
});
