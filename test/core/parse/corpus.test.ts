import { describe, expect, it } from 'vitest';
import type { ParsedOrders } from '../../../src/core/parse/order-parser';
import type { Inspection, KnownSource, OrderField } from '../../../src/core/types';
import { fixture, importBytes, rows } from './helpers';

/** What a person checks after importing one real-looking export; every figure worked out by hand from the file. */
interface Expected {
  file: string;
  source?: KnownSource;
  /** Header of the column proposed for each key role; null means no column should get it. */
  roles: Partial<Record<OrderField, string | null>>;
  delimiter?: string;
  headerLine?: number;
  orders: number;
  totalCents: number;
  customers: number;
  /** Data rows read (blank lines, headers and footers excluded), when worth checking. */
  rowsRead?: number;
  /** Rejected rows as [line, column, reason, value]. */
  rejected?: [number, number, string, string][];
  /** Some orders, looked up by their row in the table: whichever fields are listed. */
  spot: [row: number, fields: Record<string, string | number | null>][];
}

const CASES: Expected[] = [
  {
    file: 'shopify-orders-export.csv', source: 'shopify-orders',
    roles: { customerId: 'Email', orderDate: 'Created at', amount: 'Total', orderId: 'Name', refund: 'Refunded Amount' },
    // #1001 59.00, #1002 120.00 − 20.00, #1003 35.50 − 35.50, #1004 1234.00; #1005 (POS, no email) rejected.
    orders: 4, totalCents: 139300, customers: 3, rowsRead: 8,
    rejected: [[10, 2, 'missingCustomer', '']],
    spot: [
      [0, { orderId: '#1001', date: '2024-05-01', time: 36000, cents: 5900, quantity: 3, line: 2 }],
      [1, { orderId: '#1002', date: '2024-05-02', time: 84600, cents: 10000, quantity: 3, 'keep:Notes': 'Ring twice,\nthen leave it' }],
      [2, { orderId: '#1003', cents: 0, quantity: 3, status: 'refunded', 'keep:Cancelled at': '2024-05-04 09:00:00 +0800' }],
      [3, { orderId: '#1004', date: '2024-05-05', cents: 123400, line: 9 }],
    ],
  },
  {
    file: 'shopify-orders-newer.csv', source: 'shopify-orders',
    roles: { customerId: 'Email', orderDate: 'Created at', amount: 'Total', orderId: 'Name' },
    orders: 3, totalCents: 4820 + 9900 + 1500, customers: 2,
    spot: [
      [0, { orderId: '#2001', date: '2024-06-01', time: 35892, cents: 4820, quantity: 3 }],
      [1, { orderId: '#2002', status: 'voided', 'keep:Canceled at': '2024-06-03 21:00:00 -0400' }],
    ],
  },
  {
    file: 'woocommerce-analytics-orders.csv', source: 'woocommerce-analytics',
    roles: { customerId: 'Customer', orderDate: 'Date', amount: 'Net sales', orderId: 'Order #' },
    orders: 5, totalCents: 7500 + 2700 + 2250 - 2700 + 105000, customers: 3,
    spot: [
      [0, { product: '2× Hoodie, 1× Cap', quantity: 3, time: 37230 }],
      [3, { orderId: '1202', date: '2024-05-04', cents: -2700, quantity: -1, status: 'Refunded' }],
      [4, { date: '2024-05-05', cents: 105000 }],
    ],
  },
  {
    file: 'woocommerce-export-plugin.csv', source: 'woocommerce-export',
    // Guests all have customer_id 0: the email tells them apart.
    roles: { customerId: 'customer_email', orderDate: 'order_date', amount: 'order_total', orderId: 'order_id' },
    orders: 4, totalCents: 4500 + 1250 + 3000 + 2000, customers: 3,
    spot: [
      [1, { customer: 'guest1@example.com', currency: 'EUR', 'keep:customer_note': 'Please, no plastic' }],
      [3, { orderId: '304', date: '2024-05-04', cents: 2000, line: 5 }],
    ],
  },
  {
    file: 'stripe-unified-payments.csv', source: 'stripe-payments',
    roles: { customerId: 'Customer ID', orderDate: 'Created date (UTC)', amount: 'Amount', orderId: 'id', refund: 'Amount Refunded' },
    orders: 5, totalCents: 4900 + 100000 + 4900 + 1900 + 0, customers: 4,
    spot: [
      [1, { customer: 'cus_B2', cents: 100000, currency: 'usd', status: 'Partially refunded' }],
      [2, { status: 'Failed', cents: 4900 }],
      [3, { customer: 'guest@example.com', date: '2024-05-03', time: 48600 }],
      [4, { cents: 0, status: 'Refunded' }],
    ],
  },
  {
    file: 'stripe-payments-legacy.csv', source: 'stripe-payments',
    roles: { customerId: 'Customer ID', orderDate: 'Created (UTC)', amount: 'Amount', orderId: 'id' },
    orders: 4, totalCents: 2500 + 2500 + 7450 + 10000, customers: 2,
    spot: [[0, { date: '2019-03-25', time: 51660, currency: 'eur' }], [2, { cents: 7450 }]],
  },
  {
    file: 'hubspot-deals.csv', source: 'hubspot-deals',
    roles: { customerId: 'Associated Company IDs', orderDate: 'Close Date', amount: 'Amount', orderId: 'Record ID' },
    orders: 4, totalCents: 1200000 + 450050 + 800000 + 150000, customers: 3,
    rejected: [[5, 6, 'badAmount', ''], [6, 9, 'missingCustomer', '']],
    spot: [[1, { orderId: '9002', cents: 450050, date: '2024-05-12' }], [3, { customer: '5001', status: 'Closed won' }]],
  },
  {
    file: 'hubspot-deals-zh.csv', source: 'hubspot-deals',
    roles: { customerId: '关联公司 IDs', orderDate: '成交日期', amount: '金额', orderId: '记录 ID' },
    orders: 4, totalCents: 6800000 + 980050 + 1500000 + 320000, customers: 3,
    spot: [[2, { orderId: '8103', date: '2024-06-20', cents: 1500000, status: '已预约', product: '北京扩容' }]],
  },
  {
    file: 'salesforce-details-only.csv', source: 'salesforce-report',
    roles: { customerId: 'Account Name', orderDate: 'Close Date', amount: 'Amount', orderId: 'Opportunity Name' },
    orders: 4, totalCents: 123456700 + 1250000 + 0 + 800050, customers: 3, rowsRead: 5,
    rejected: [[6, 5, 'badAmount', '']],
    spot: [[0, { cents: 123456700, date: '2024-05-20' }], [3, { orderId: 'Acme - services', date: '2024-06-28', cents: 800050 }]],
  },
  {
    file: 'zoho-deals.csv',
    // Two accounts share the name "Acme Corp"; the lookup id tells them apart.
    roles: { customerId: 'Account Name.id', orderDate: 'Closing Date', amount: 'Amount', orderId: 'Record Id' },
    orders: 4, totalCents: 1200000 + 450050 + 150000 + 80000, customers: 3,
    spot: [[3, { orderId: 'zcrm_4876876000000357004', customer: 'zcrm_4876876000000300009', date: '2024-06-03', cents: 80000 }]],
  },
  {
    file: 'taobao-orders-gb18030.csv', source: 'taobao-orders',
    // Excel turned two order numbers into 2.02405E+15: that column cannot tell orders apart, so it is only kept.
    roles: { customerId: '买家会员名', orderDate: '订单创建时间', amount: '买家实际支付金额', orderId: null },
    orders: 5, totalCents: 11800 + 6790 + 0 + 128000 + 2000, customers: 3,
    spot: [
      [0, { 'keep:订单编号': '2024050112345678', customer: '小王2024', time: 37230, quantity: 2, 'keep:物流单号': 'SF1234567890' }],
      [1, { 'keep:订单编号': '2.02405E+15', customer: '茶客阿丽', cents: 6790 }],
      [3, { cents: 128000, status: '卖家已发货，等待买家确认' }],
    ],
  },
  {
    file: 'jd-orders.csv',
    roles: { customerId: '客户ID', orderDate: '下单时间', amount: '实付金额(元)', orderId: '订单号' },
    orders: 4, totalCents: 11800 + 5990 - 800 + 128000, customers: 3,
    spot: [
      [0, { orderId: '248000000001', customer: 'jd_u_1001', time: 37230, product: '蓝牙耳机 Pro, 黑色' }],
      [2, { orderId: '248000000003', date: '2024-05-03', cents: -800 }],
    ],
  },
  {
    file: 'youzan-orders.csv',
    roles: { customerId: '客户编号', orderDate: '下单时间', amount: '实付金额（元）', orderId: '订单号', quantity: '商品数量' },
    orders: 4, totalCents: 12800 + 5990 + 3500 + 1, customers: 3, rowsRead: 4,
    // The export time and row count under the data are no rows.
    spot: [[0, { customer: 'YZ001', quantity: 2, category: '茶叶' }], [3, { cents: 1, category: null }]],
  },
  {
    file: 'excel-unicode-text.txt', delimiter: '\t',
    roles: { customerId: 'Customer ID', orderDate: 'Order Date', amount: 'Amount', orderId: 'Order ID' },
    orders: 4, totalCents: 123450 + 9900 - 2000 + 0, customers: 3,
    spot: [[0, { product: 'Desk, oak', cents: 123450 }], [2, { orderId: 'SO-3', date: '2024-06-02', cents: -2000 }]],
  },
  {
    file: 'excel-utf8-bom-zh.csv',
    roles: { customerId: '客户编号', orderDate: '下单日期', amount: '金额（元）', orderId: '订单编号', category: '商品类别' },
    orders: 4, totalCents: 128000 + 5990 + 3500 - 1250, customers: 3,
    rejected: [[6, 1, 'missingCustomer', '']],
    spot: [[2, { date: '2024-05-13', cents: 3500 }], [3, { cents: -1250, 'keep:备注': '退货' }]],
  },
  {
    file: 'excel-de-semicolon.csv', delimiter: ';',
    roles: { customerId: 'Kundennummer', orderDate: 'Bestelldatum', amount: 'Betrag', orderId: 'Bestellnummer', currency: 'Währung' },
    orders: 4, totalCents: 123456 + 9990 - 2000 + 99, customers: 3,
    rejected: [[6, 3, 'badDate', '30.02.2025']],
    spot: [[0, { date: '2024-12-31', cents: 123456 }], [3, { date: '2025-02-01', cents: 99 }]],
  },
  {
    file: 'excel-fr-semicolon.csv', delimiter: ';',
    roles: { customerId: 'N° client', orderDate: 'Date', amount: 'Montant', orderId: 'N° commande', category: 'Catégorie' },
    orders: 4, totalCents: 123456 + 9990 - 2000 + 99, customers: 3,
    spot: [[0, { date: '2024-12-31', cents: 123456 }], [1, { date: '2025-01-02' }]],
  },
  {
    file: 'excel-us-ampm.csv',
    roles: { customerId: 'Customer ID', orderDate: 'Order Date', amount: 'Amount', orderId: null },
    orders: 4, totalCents: 123400 - 1250 - 1250 + 500, customers: 3,
    rejected: [[6, 2, 'badDate', '2/30/2024 1:00 PM']],
    spot: [
      [0, { date: '2024-05-01', time: 54240, cents: 123400 }],
      [1, { date: '2024-05-01', time: 0, cents: -1250 }],
      [2, { date: '2024-05-02', time: 45000, cents: -1250 }],
      [3, { date: '2024-12-31', time: 86340, quantity: 2 }],
    ],
  },
  {
    file: 'iso-instants.csv',
    roles: { customerId: 'customer_id', orderDate: 'created_at', amount: 'total', orderId: 'order_id' },
    orders: 4, totalCents: 10000, customers: 3,
    spot: [[1, { date: '2024-05-01', time: 86399 }], [2, { date: '2024-05-02', time: 0 }], [3, { time: 34200 }]],
  },
  {
    file: 'erp-pipe.txt', delimiter: '|',
    roles: { customerId: 'CUST_NO', orderDate: 'ORDER_DATE', amount: 'NET_AMOUNT', orderId: 'ORDER_NO', quantity: 'QTY' },
    orders: 3, totalCents: 10000 + 25050 + 7525, customers: 2,
    rejected: [[5, 3, 'badDate', '20240532']],
    spot: [[2, { date: '2024-05-03', cents: 7525 }]],
  },
  {
    file: 'title-and-blank-line.csv', headerLine: 3,
    roles: { customerId: '客户', orderDate: '成交时间', amount: '金额', orderId: '订单号' },
    orders: 3, totalCents: 10000 + 20050 + 30000, customers: 2,
    spot: [[0, { date: '2024-05-01', time: 37200 }], [2, { date: '2024-05-13', time: 32700, line: 6 }]],
  },
  {
    file: 'orders-report-title.csv', headerLine: 3,
    roles: { customerId: 'Customer', orderDate: 'Date', amount: 'Total', orderId: 'Order ID' },
    orders: 3, totalCents: 6000, customers: 2,
    // One filled cell inside the data is a broken row; under the data it would be a footer.
    rejected: [[5, 0, 'wrongColumnCount', 'dave']],
    spot: [[0, { line: 4, date: '2024-01-05' }], [1, { line: 6, customer: 'bob' }]],
  },
  {
    file: 'trailing-empty-columns.csv',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount' },
    orders: 3, totalCents: 6000, customers: 2,
    spot: [[2, { customer: 'c1', date: '2024-05-03', cents: 3000 }]],
  },
  {
    file: 'trailing-delimiter.csv', delimiter: ';',
    roles: { customerId: 'customer', orderDate: 'date', amount: 'amount' },
    orders: 2, totalCents: 1050 + 2000, customers: 2,
    rejected: [[4, 3, 'badAmount', '']],
    spot: [[0, { cents: 1050 }]],
  },
  {
    file: 'duplicate-headers.csv',
    roles: { customerId: 'Customer ID', orderDate: 'Date', amount: 'Amount', orderId: 'Order ID' },
    orders: 3, totalCents: 6000, customers: 2,
    spot: [
      [0, { date: '2024-05-01', 'keep:Notes': 'gift', 'keep:Notes (2)': 'fragile', 'keep:Date (2)': '2024-05-03' }],
      [2, { date: '2024-05-05', 'keep:Notes': 'rush', 'keep:Notes (2)': 'late', 'keep:Date (2)': null }],
    ],
  },
  {
    file: 'messy-headers.csv',
    roles: { customerId: '客户ＩＤ', orderDate: '下单时间', amount: '实付金额 (元)', orderId: '订单号', quantity: '数量（件）' },
    orders: 3, totalCents: 1200 + 850 + 10000, customers: 2,
    spot: [[1, { customer: 'u2', quantity: 2, cents: 850 }]],
  },
  {
    file: 'mac-cr-only.csv',
    roles: { customerId: 'Customer', orderDate: 'Date', amount: 'Amount' },
    orders: 3, totalCents: 600, customers: 2,
    spot: [[2, { line: 4, date: '2024-05-03', cents: 300 }]],
  },
  {
    file: 'no-trailing-newline.csv',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount' },
    orders: 2, totalCents: 1125, customers: 2,
    spot: [[1, { customer: 'n2', cents: 625 }]],
  },
  {
    file: 'null-cells.csv',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount', orderId: 'order_id', refund: 'refund_amount' },
    orders: 3, totalCents: 6000, customers: 3,
    rejected: [[5, 3, 'missingDate', 'NULL'], [6, 4, 'badAmount', 'NULL'], [7, 4, 'badAmount', 'n/a'], [8, 2, 'missingCustomer', '-']],
    spot: [
      [0, { cents: 1000, quantity: NaN, category: null }],
      [1, { cents: 2000, quantity: NaN, category: 'books', email: null }],
      [2, { customer: 'c3@example.com', category: null, quantity: 1 }],
    ],
  },
  {
    file: 'amount-forms.csv',
    roles: { customerId: 'customer', orderDate: 'date', amount: 'amount' },
    orders: 9, totalCents: 123400 + 128000 - 1250 - 1250 - 1250 - 800 + 9900 + 10000 + 500, customers: 9,
    rejected: [[11, 3, 'badAmount', '12.5.0']],
    spot: [[5, { customer: 'f', cents: -800 }], [7, { customer: 'h', cents: 10000 }]],
  },
  {
    file: 'report-preamble-month-names.csv', headerLine: 4,
    roles: { customerId: 'Customer', orderDate: 'Order Date', amount: 'Amount', orderId: 'Order ID', channel: 'Channel' },
    orders: 3, totalCents: 120000 + 8000 + 2000, customers: 2,
    rejected: [[8, 3, 'badDate', '31-Apr-24']],
    spot: [[1, { date: '2024-05-02', cents: 8000 }], [2, { date: '2024-05-13', cents: 2000 }]],
  },
  {
    file: 'excel-serial-dates.csv',
    roles: { customerId: '客户编号', orderDate: '下单时间', amount: '实付金额' },
    orders: 3, totalCents: 60000, customers: 2,
    spot: [
      [0, { date: '2024-05-01', time: -1, 'keep:支付时间': '2024/5/1 下午3:04' }],
      [1, { date: '2024-05-02', time: 43200 }],
      [2, { date: '2024-06-01' }],
    ],
  },
  {
    file: 'concatenated-exports.csv',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount', orderId: 'order_id' },
    orders: 3, totalCents: 6000, customers: 2, rowsRead: 4,
    rejected: [[7, 4, 'badAmount', 'bad']],
    spot: [[2, { orderId: '3', line: 6, date: '2024-05-01' }]],
  },
  {
    file: 'excel-sep-line.csv', delimiter: ';', headerLine: 2,
    roles: { customerId: 'Customer', orderDate: 'Date', amount: 'Amount' },
    orders: 2, totalCents: 1050 + 100000, customers: 2, rowsRead: 2,
    spot: [[0, { 'keep:Note': 'a, b', line: 3 }]],
  },
  {
    file: 'pandas-float-ids.csv',
    roles: { customerId: 'customer_id', orderDate: 'order_date', amount: 'amount', orderId: 'order_id' },
    // 12345.0 and 12345 are one customer.
    orders: 4, totalCents: 1990 + 500 + 725 + 100, customers: 2,
    rejected: [[6, 3, 'missingCustomer', '']],
    spot: [[0, { orderId: '5001', customer: '12345', quantity: 2 }], [1, { quantity: NaN }], [3, { orderId: null }]],
  },
  {
    file: 'zh-units-quantity.csv',
    roles: { customerId: '客户 ID', orderDate: '下单时间', amount: '实付金额 (元)', orderId: '订单号：', quantity: '购买数量' },
    orders: 3, totalCents: 1200 + 3000 + 800, customers: 2,
    rejected: [[5, 5, 'badQuantity', '两件']],
    spot: [[0, { quantity: 2 }], [1, { quantity: 1 }], [2, { quantity: 3, orderId: 'A3' }]],
  },
  {
    file: 'email-keys.csv',
    roles: { customerId: 'Email*', orderDate: 'Order Date:', amount: 'Amount' },
    orders: 3, totalCents: 6000, customers: 2,
    spot: [[0, { customer: 'ana@example.com' }], [2, { customer: 'bo@x.org' }]],
  },
];

function roleHeaders(inspection: Inspection, wanted: readonly OrderField[]): Record<string, string | null> {
  return Object.fromEntries(wanted.map((role) => [role, inspection.mapping.find((m) => m.role === role)?.header ?? null]));
}

describe('importer corpus: real-looking exports, read with the proposed options', () => {
  it('has at least 25 files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('$file', (c) => {
    const { inspection, parsed } = importBytes(fixture(`corpus/${c.file}`), c.file);
    if (!('mapping' in inspection)) throw new Error(`inspect failed: ${inspection.problem}`);
    if (parsed === null || !parsed.ok) throw new Error(`parse failed: ${parsed?.problem}`);
    const result: ParsedOrders = parsed;
    const wanted = Object.keys(c.roles) as OrderField[];
    expect(roleHeaders(inspection, wanted), 'proposed mapping').toEqual(c.roles);
    if (c.source !== undefined) expect(inspection.source).toBe(c.source);
    if (c.delimiter !== undefined) expect(inspection.delimiter).toBe(c.delimiter);
    if (c.headerLine !== undefined) expect(inspection.headerLine).toBe(c.headerLine);
    if (c.rowsRead !== undefined) expect(result.rowsRead, 'rows read').toBe(c.rowsRead);
    const table = result.table;
    const all = rows(table);
    expect({
      orders: table.length,
      totalCents: all.reduce((s, r) => s + (r.cents as number), 0),
      customers: new Set(all.map((r) => r.customer)).size,
      rejected: result.rejected.map((r) => [r.line, r.column, r.reason, r.value]),
    }).toEqual({ orders: c.orders, totalCents: c.totalCents, customers: c.customers, rejected: c.rejected ?? [] });
    for (const [at, fields] of c.spot) {
      const row = all[at]!;
      expect(Object.fromEntries(Object.keys(fields).map((k) => [k, row[k] ?? null])), `row ${at}`).toEqual(fields);
    }
  });
});
