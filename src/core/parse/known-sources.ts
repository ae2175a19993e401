import type { KnownSource, OrderField } from '../types';

/** How a known export is recognised (all `requires` headers present) and the roles its columns play. */
export interface SourceProfile {
  source: KnownSource;
  /** Folded header names that must all be present; a `|` separates alternatives. */
  requires: readonly string[];
  /** Role per folded header name; first present name wins when a role lists several. */
  roles: Readonly<Partial<Record<OrderField, readonly string[]>>>;
  groupLineItems?: boolean;
  /** Exactly this many columns, for bare formats such as CDNOW. */
  columns?: number;
}

/** The exports of REFERENCE.md §1, most specific first. */
export const SOURCE_PROFILES: readonly SourceProfile[] = [
  {
    source: 'shopify-orders',
    requires: ['name', 'financial status', 'lineitem name', 'created at'],
    groupLineItems: true,
    roles: {
      orderId: ['name'], customerId: ['email'], orderDate: ['created at', 'paid at'], amount: ['total'],
      currency: ['currency'], quantity: ['lineitem quantity'], product: ['lineitem name'],
      status: ['financial status'], refund: ['refunded amount'], customerName: ['billing name'],
      region: ['billing country', 'shipping country'], channel: ['source'],
    },
  },
  {
    source: 'stripe-payments',
    requires: ['id', 'created date (utc)|created (utc)', 'amount refunded', 'customer id'],
    roles: {
      orderId: ['id'], customerId: ['customer id'], email: ['customer email'],
      orderDate: ['created date (utc)', 'created (utc)'],
      amount: ['amount'], refund: ['amount refunded'], currency: ['currency'], status: ['status'],
      customerName: ['customer name'], product: ['description'],
    },
  },
  {
    source: 'hubspot-deals',
    // Labels follow the exporting user's language; the ZH_CN ones are listed beside the English.
    requires: ['record id|记录id', 'deal name|交易名称', 'deal stage|交易阶段'],
    roles: {
      orderId: ['record id', '记录id'],
      customerId: ['associated company ids', 'associated company', '关联公司ids', '关联公司id', '关联公司',
        'associated contact ids', '关联联系人ids', '关联联系人id'],
      orderDate: ['close date', '成交日期'], amount: ['amount', '金额'], status: ['deal stage', '交易阶段'],
      product: ['deal name', '交易名称'], channel: ['pipeline', '管道'],
    },
  },
  {
    source: 'salesforce-report',
    requires: ['opportunity name', 'account name', 'close date', 'stage'],
    roles: {
      orderId: ['opportunity name'], customerId: ['account name'], orderDate: ['close date'], amount: ['amount'],
      status: ['stage'], category: ['type'], channel: ['lead source'],
    },
  },
  {
    source: 'woocommerce-analytics',
    requires: ['order #', 'items sold', 'net sales'],
    roles: {
      orderId: ['order #'], orderDate: ['date'], status: ['status'], customerId: ['customer'],
      product: ['product(s)'], quantity: ['items sold'], amount: ['net sales'], channel: ['attribution'],
    },
  },
  {
    source: 'woocommerce-export',
    requires: ['order id|order number', 'order date', 'order total', 'customer user|billing first name|order currency'],
    roles: {
      orderId: ['order id', 'order number'], orderDate: ['order date'], status: ['status'], amount: ['order total'],
      // Guest orders all carry customer id 0, so the email is the key that tells customers apart.
      currency: ['order currency'], customerId: ['customer email', 'billing email', 'customer id', 'customer user'],
      email: ['customer email', 'billing email'], region: ['billing country'],
    },
  },
  {
    source: 'taobao-orders',
    requires: ['订单编号', '买家会员名'],
    roles: {
      orderId: ['订单编号'], customerId: ['买家会员名'], orderDate: ['订单创建时间', '订单付款时间'],
      amount: ['买家实际支付金额', '总金额'], status: ['订单状态'], product: ['宝贝标题'], quantity: ['宝贝总数量'],
      customerName: ['收货人姓名'],
    },
  },
  {
    source: 'cdnow',
    requires: ['customer id', 'date', 'quantity|number of cds', 'amount|dollar value'],
    columns: 4,
    roles: {
      customerId: ['customer id'], orderDate: ['date'], quantity: ['quantity', 'number of cds'],
      amount: ['amount', 'dollar value'],
    },
  },
];
