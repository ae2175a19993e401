import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../src/core/parse/propose-mapping';

function roleList(header: string[]): string[] {
  return proposeMapping(header).mapping.map((m) => m.role);
}

describe('proposeMapping', () => {
  it('reads common Chinese headers', () => {
    expect(roleList([
      '客户编号', '订单号', '下单时间', '实付金额', '币种', '数量', '商品类别', '商品名称', '订单状态', '退款金额',
      '客户姓名', '邮箱', '省份', '渠道', '备注',
    ])).toEqual([
      'customerId', 'orderId', 'orderDate', 'amount', 'currency', 'quantity', 'category', 'product', 'status', 'refund',
      'customerName', 'email', 'region', 'channel', 'keep',
    ]);
  });

  it('reads the other Chinese synonyms', () => {
    expect(roleList(['会员编号', '订单编号', '订单日期', '支付金额', '货币', '购买数量', '品类', '状态', '姓名', '城市', '来源']))
      .toEqual(['customerId', 'orderId', 'orderDate', 'amount', 'currency', 'quantity', 'category', 'status',
        'customerName', 'region', 'channel']);
  });

  it('reads English headers in any case and with underscores, gives each role once and keeps the rest', () => {
    const proposal = proposeMapping(['Order_ID', 'CUSTOMER ID', 'Order Date', 'Total', 'Amount', 'Qty', 'Notes', 'date']);
    expect(proposal).toEqual({
      source: 'generic',
      groupLineItems: false,
      mapping: [
        { index: 0, header: 'Order_ID', role: 'orderId' },
        { index: 1, header: 'CUSTOMER ID', role: 'customerId' },
        { index: 2, header: 'Order Date', role: 'orderDate' },
        { index: 3, header: 'Total', role: 'keep' },
        { index: 4, header: 'Amount', role: 'amount' },
        { index: 5, header: 'Qty', role: 'quantity' },
        { index: 6, header: 'Notes', role: 'keep' },
        { index: 7, header: 'date', role: 'keep' },
      ],
    });
  });

  it('uses the email as customer id when there is no id column', () => {
    expect(roleList(['Email', 'Date', 'Amount'])).toEqual(['customerId', 'orderDate', 'amount']);
    expect(roleList(['Customer ID', 'Email', 'Date'])).toEqual(['customerId', 'email', 'orderDate']);
  });

  it('reads headers with units, full-width forms, stray spaces, colons and required-field stars', () => {
    expect(roleList(['客户 ID', '订单号：', '下单时间 ', '实付金额（元）', '数量（件）', '币种'])).toEqual([
      'customerId', 'orderId', 'orderDate', 'amount', 'quantity', 'currency',
    ]);
    expect(roleList(['"Customer ID"', 'Order Date*', 'Total (USD)', 'ＱＴＹ', 'Product(s)', 'order_id (metadata)']))
      .toEqual(['customerId', 'orderDate', 'amount', 'quantity', 'product', 'keep']);
  });

  it('prefers the paid amount and the lookup id of a CRM export', () => {
    expect(roleList(['订单金额(元)', '实付金额(元)', '客户ID', '下单时间'])).toEqual(['keep', 'amount', 'customerId', 'orderDate']);
    expect(roleList(['Record Id', 'Account Name', 'Account Name.id', 'Created Time', 'Closing Date', 'Amount']))
      .toEqual(['orderId', 'keep', 'customerId', 'keep', 'orderDate', 'amount']);
  });

  it('leaves required roles unassigned when no header fits', () => {
    expect(roleList(['foo', 'bar', 'amount'])).toEqual(['keep', 'keep', 'amount']);
  });
});
