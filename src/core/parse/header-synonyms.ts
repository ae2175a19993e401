import type { OrderField } from '../types';

/**
 * Header names (already folded by `normalizeHeader`) that propose each role, best first. A role is
 * given to the column whose name ranks best; a name listed earlier beats one listed later.
 */
export const HEADER_SYNONYMS: Readonly<Record<OrderField, readonly string[]>> = {
  customerId: [
    'customer id', 'customerid', 'customer no', 'customer number', 'client id', 'user id', 'userid',
    'member id', 'account id', 'account name', 'buyer id', 'cust id', 'customer', 'customer code', 'account', 'client',
    '客户编号', '客户id', '会员编号', '用户id', '买家会员名', '客户代码', '会员id', '买家id', '客户',
    'kundennummer', 'kunde', 'numéro client',
  ],
  orderDate: [
    'order date', 'orderdate', 'order created at', 'created at', 'created date (utc)', 'created (utc)',
    'purchase date', 'transaction date', 'invoice date', 'date', 'created', 'paid at', 'close date',
    'order time', 'timestamp', '下单时间', '订单日期', '下单日期', '订单创建时间', '成交时间', '付款时间',
    '订单付款时间', '交易时间', '日期', '时间',
    'bestelldatum', 'datum', 'date de commande',
  ],
  amount: [
    'amount', 'order total', 'total', 'net sales', 'order amount', 'total amount', 'revenue', 'sales',
    'value', 'price', 'dollar value', 'grand total', 'total price', 'subtotal',
    '实付金额', '买家实际支付金额', '订单金额', '支付金额', '金额', '总金额', '销售额', '实收金额', '成交金额',
    'betrag', 'summe', 'montant', 'importe',
  ],
  orderId: [
    'order id', 'orderid', 'order #', 'order no', 'order number', 'transaction id', 'invoice id',
    'invoice number', 'record id', 'opportunity name', 'id', '订单号', '订单编号', '交易号',
  ],
  currency: ['currency', 'order currency', 'currency code', '币种', '货币'],
  quantity: [
    'quantity', 'qty', 'lineitem quantity', 'items sold', 'units', 'number of items', 'number of cds',
    '数量', '购买数量', '宝贝总数量', '商品数量',
  ],
  category: ['category', 'product category', 'product type', 'category name', '商品类别', '品类', '类目', '商品分类', '类别'],
  product: [
    'product', 'product name', 'lineitem name', 'product(s)', 'item', 'item name', 'sku', 'description',
    '商品名称', '宝贝标题', '商品', '产品名称',
  ],
  status: ['status', 'order status', 'financial status', 'stage', 'deal stage', '订单状态', '状态', '交易状态'],
  refund: [
    'refund', 'refunded amount', 'amount refunded', 'refund amount', 'refunds', '退款金额', '退款',
  ],
  customerName: [
    'customer name', 'name', 'full name', 'billing name', 'client name', '客户名称', '客户姓名', '姓名', '收货人姓名',
  ],
  email: ['email', 'e mail', 'customer email', 'email address', '邮箱', '电子邮箱', '邮件'],
  region: [
    'region', 'country', 'country / region', 'state', 'province', 'city', 'billing country', 'billing province',
    '省份', '城市', '地区', '区域', '省',
  ],
  channel: ['channel', 'source', 'sales channel', 'attribution', 'utm source', '渠道', '来源', '销售渠道'],
};
