import type { OrderField } from '../types';

/**
 * Header names (already folded by `normalizeHeader`) that propose each role, best first. A role is
 * given to the column whose name ranks best; a name listed earlier beats one listed later.
 */
export const HEADER_SYNONYMS: Readonly<Record<OrderField, readonly string[]>> = {
  customerId: [
    'customer id', 'customerid', 'customer no', 'customer number', 'client id', 'user id', 'userid',
    'member id', 'account id', 'account name.id', 'account name', 'buyer id', 'cust id', 'cust no', 'customer',
    'customer code', 'account', 'client', 'company id', 'company',
    '客户编号', '客户id', '会员编号', '用户id', '买家会员名', '客户代码', '会员id', '买家id', '客户账号', '买家账号', '会员账号',
    '用户名', '客户', '会员', '买家',
    'kundennummer', 'kunden nr', 'kundennr', 'kunde', 'numéro client', 'n° client', 'no client', 'code client',
    'id client',
  ],
  orderDate: [
    'order date', 'orderdate', 'order created at', 'created at', 'created date (utc)', 'created (utc)',
    'purchase date', 'transaction date', 'invoice date', 'date', 'created', 'paid at', 'close date', 'closing date',
    'order time', 'timestamp', 'created time', 'created on', 'date created',
    '下单时间', '订单日期', '下单日期', '订单创建时间', '成交时间', '成交日期', '付款时间', '支付时间',
    '订单付款时间', '交易时间', '交易日期', '订单时间', '购买时间', '创建时间', '日期', '时间',
    'bestelldatum', 'datum', 'date de commande', 'date commande',
  ],
  amount: [
    'amount', 'order total', 'total', 'net sales', 'order amount', 'total amount', 'revenue', 'sales',
    'net amount', 'amount paid', 'paid amount', 'value', 'price', 'dollar value', 'grand total', 'total price',
    'subtotal',
    '实付金额', '买家实际支付金额', '订单实付金额', '实付款', '订单金额', '支付金额', '金额', '总金额', '销售额', '实收金额',
    '成交金额', '应付金额',
    'betrag', 'gesamtbetrag', 'summe', 'umsatz', 'montant', 'montant ttc', 'importe',
  ],
  orderId: [
    'order id', 'orderid', 'order #', 'order no', 'order number', 'transaction id', 'invoice id',
    'invoice number', 'record id', 'deal id', 'opportunity name', 'id', '订单号', '订单编号', '订单id', '交易号', '单号',
    'bestellnummer', 'bestell nr', 'n° commande', 'numéro de commande', 'no commande',
  ],
  currency: ['currency', 'order currency', 'currency code', '币种', '货币', '币别', 'währung', 'devise'],
  quantity: [
    'quantity', 'qty', 'lineitem quantity', 'items sold', 'units', 'number of items', 'number of cds',
    '数量', '购买数量', '宝贝总数量', '商品数量', '件数', 'menge', 'anzahl', 'quantité',
  ],
  category: [
    'category', 'product category', 'product type', 'category name', '商品类别', '品类', '类目', '商品分类', '类别',
    'kategorie', 'warengruppe', 'catégorie',
  ],
  product: [
    'product', 'product name', 'lineitem name', 'product(s)', 'item', 'item name', 'sku', 'description',
    '商品名称', '宝贝标题', '商品', '产品名称', 'artikel', 'produit',
  ],
  status: [
    'status', 'order status', 'financial status', 'stage', 'deal stage', '订单状态', '状态', '交易状态', 'statut',
  ],
  refund: [
    'refund', 'refunded amount', 'amount refunded', 'refund amount', 'refunds', '退款金额', '退款',
  ],
  customerName: [
    'customer name', 'name', 'full name', 'billing name', 'client name', '客户名称', '客户姓名', '姓名', '收货人姓名',
  ],
  email: [
    'email', 'e mail', 'customer email', 'email address', 'billing email', '邮箱', '电子邮箱', '邮件', '邮箱地址',
    'courriel',
  ],
  region: [
    'region', 'country', 'country / region', 'state', 'province', 'city', 'billing country', 'billing province',
    '省份', '城市', '地区', '区域', '省',
  ],
  channel: ['channel', 'source', 'sales channel', 'attribution', 'utm source', '渠道', '来源', '销售渠道'],
};
