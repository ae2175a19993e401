import { describe, expect, it } from 'vitest';
import { inspect } from '../../../src/core/parse/inspect';
import type { Inspection } from '../../../src/core/types';
import { fixture, roles, utf8 } from './helpers';

function inspected(bytes: Uint8Array, name = 'orders.csv'): Inspection {
  const result = inspect(bytes, name, bytes.length);
  if (!('mapping' in result)) throw new Error(`inspect failed: ${result.problem}`);
  return result;
}

describe('inspect: known exports', () => {
  it('recognises a Shopify orders export and groups its line items by Name', () => {
    const r = inspected(fixture('exports/shopify-orders.csv'));
    expect([r.source, r.groupLineItems, r.headerLine, r.preview.length, r.header.length]).toEqual(['shopify-orders', true, 1, 6, 35]);
    expect(roles(r)).toEqual({
      Name: 'orderId', Email: 'customerId', 'Financial Status': 'status', Currency: 'currency', Total: 'amount',
      'Created at': 'orderDate', 'Lineitem quantity': 'quantity', 'Lineitem name': 'product', 'Billing Name': 'customerName',
      'Billing Country': 'region', 'Refunded Amount': 'refund', Source: 'channel',
    });
    expect(r.mapping.filter((m) => m.role === 'keep')).toHaveLength(23);
  });

  it('recognises WooCommerce Analytics → Orders', () => {
    const r = inspected(fixture('exports/woocommerce-analytics.csv'));
    expect(r.source).toBe('woocommerce-analytics');
    expect(roles(r)).toEqual({
      Date: 'orderDate', 'Order #': 'orderId', Status: 'status', Customer: 'customerId', 'Product(s)': 'product',
      'Items sold': 'quantity', 'Net sales': 'amount', Attribution: 'channel',
    });
  });

  it('recognises a WooCommerce order export; the email is the customer, since guests all have customer_id 0', () => {
    const r = inspected(fixture('exports/woocommerce-export.csv'));
    expect(r.source).toBe('woocommerce-export');
    expect(roles(r)).toEqual({
      order_id: 'orderId', order_date: 'orderDate', status: 'status', order_total: 'amount', order_currency: 'currency',
      customer_email: 'customerId', billing_country: 'region',
    });
  });

  it('recognises Stripe payments: Customer ID, Amount, Amount Refunded', () => {
    const r = inspected(fixture('exports/stripe-payments.csv'));
    expect(r.source).toBe('stripe-payments');
    expect(roles(r)).toEqual({
      id: 'orderId', 'Created date (UTC)': 'orderDate', Amount: 'amount', 'Amount Refunded': 'refund', Currency: 'currency',
      Description: 'product', Status: 'status', 'Customer ID': 'customerId', 'Customer Name': 'customerName',
      'Customer Email': 'email',
    });
  });

  it('recognises HubSpot deals', () => {
    const r = inspected(fixture('exports/hubspot-deals.csv'));
    expect(r.source).toBe('hubspot-deals');
    expect(roles(r)).toEqual({
      'Record ID': 'orderId', 'Deal Name': 'product', 'Deal Stage': 'status', 'Close Date': 'orderDate', Amount: 'amount',
      Pipeline: 'channel', 'Associated Company IDs': 'customerId',
    });
  });

  it('recognises a Salesforce report and reads its day order from 5/20/2024', () => {
    const r = inspected(fixture('exports/salesforce-report.csv'));
    expect(r.source).toBe('salesforce-report');
    expect(roles(r)).toEqual({
      'Account Name': 'customerId', 'Opportunity Name': 'orderId', Stage: 'status', Amount: 'amount',
      'Close Date': 'orderDate', Type: 'category', 'Lead Source': 'channel',
    });
    expect([r.dayOrder, r.dayOrderAmbiguous, r.dayOrderEvidence]).toEqual(['mdy', false, '5/20/2024']);
    // The footer lines are in the preview (inspect shows the file); the parser drops them.
    expect(r.preview.map((row) => row[0])).toEqual([
      'Dana Ruiz', 'Dana Ruiz', 'Lee Park', 'Grand Totals (3 records)', 'Confidential Information - Do Not Distribute',
      'Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.',
    ]);
  });

  it('recognises a Taobao order report written by Chinese Excel in GB18030', () => {
    const r = inspected(fixture('exports/taobao-orders.csv'));
    expect([r.source, r.encoding, r.encodingFromBom]).toEqual(['taobao-orders', 'gb18030', false]);
    expect(roles(r)).toEqual({
      订单编号: 'orderId', 买家会员名: 'customerId', 买家实际支付金额: 'amount', 订单状态: 'status',
      收货人姓名: 'customerName', 订单创建时间: 'orderDate', 宝贝标题: 'product', 宝贝总数量: 'quantity',
    });
    expect(r.preview[1]!.slice(0, 2)).toEqual(['="3912345678901235"', '茶客阿丽']);
  });

  it('recognises the CDNOW layout', () => {
    const r = inspected(fixture('exports/cdnow.csv'));
    expect([r.source, roles(r)]).toEqual(['cdnow', {
      customer_id: 'customerId', date: 'orderDate', quantity: 'quantity', amount: 'amount',
    }]);
  });
});

describe('inspect: layout', () => {
  it('skips blank and title lines above the header and reports its line', () => {
    const r = inspected(utf8('\n\nSales report May 2024\n\ncustomer,date,amount\nA,2024-05-01,1\n'));
    expect([r.headerLine, r.header, r.preview]).toEqual([5, ['customer', 'date', 'amount'], [['A', '2024-05-01', '1']]]);
  });

  it.each([
    ['13/04/2024 and 4/5/2024', ['4/5/2024', '13/04/2024'], ',', { dayOrder: 'dmy', ambiguous: false, evidence: '13/04/2024' }],
    ['4/13/2024', ['4/5/2024', '4/13/2024'], ',', { dayOrder: 'mdy', ambiguous: false, evidence: '4/13/2024' }],
    ['only small parts', ['4/5/2024', '1/2/2024'], ',', { dayOrder: 'mdy', ambiguous: true, evidence: null }],
    ['small parts, semicolons', ['4/5/2024', '1/2/2024'], ';', { dayOrder: 'dmy', ambiguous: true, evidence: null }],
    ['dots', ['4.5.2024', '1.2.2024'], ',', { dayOrder: 'dmy', ambiguous: false, evidence: '4.5.2024' }],
    ['ISO', ['2024-05-04', '2024-02-01'], ',', { dayOrder: 'mdy', ambiguous: false, evidence: null }],
  ])('decides the day order from the whole column: %s', (_name, dates, d, expected) => {
    const text = `customer${d}date${d}amount\n${dates.map((x, i) => `C${i}${d}${x}${d}1`).join('\n')}\n`;
    const r = inspected(utf8(text));
    expect({ dayOrder: r.dayOrder, ambiguous: r.dayOrderAmbiguous, evidence: r.dayOrderEvidence }).toEqual(expected);
  });

  it('notices decimal commas in the amount column', () => {
    const r = inspected(utf8('kunde;datum;betrag\nA;1.5.2024;12,50\nB;2.5.2024;1.234,00\n'));
    expect([r.delimiter, r.decimalComma, r.dayOrder]).toEqual([';', true, 'dmy']);
  });

  it('reads a head cut in the middle of a line and of a character', () => {
    const full = utf8('客户编号,下单时间,实付金额\nC1,2024-05-01,12.50\nC2,2024-05-02,¥8\n');
    const head = full.subarray(0, full.length - 6);
    const r = inspect(head, 'cut.csv', full.length);
    expect('preview' in r && r.preview).toEqual([['C1', '2024-05-01', '12.50']]);
  });

  it('honours encoding and delimiter overrides', () => {
    const bytes = utf8('a|b,c\n1|2,3\n4|5,6\n');
    const r = inspect(bytes, 'x.csv', bytes.length, { delimiter: '|', encoding: 'gb18030' });
    expect('header' in r && [r.delimiter, r.encoding, r.header]).toEqual(['|', 'gb18030', ['a', 'b,c']]);
  });
});
