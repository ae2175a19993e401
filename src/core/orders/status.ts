/**
 * Statuses that mean the order did not (or no longer) bring money: cancelled before payment, payment failed
 * or declined, voided, or refunded in full. Partial refunds, pending and on-hold orders are not void.
 * Keys are normalised: lower case, runs of spaces, `_` and `-` as one space, no spaces for Chinese.
 */
const VOID_STATUSES: ReadonlySet<string> = new Set([
  // English, incl. Shopify financial status, Stripe status and WooCommerce order status values
  'cancelled', 'canceled', 'cancel', 'voided', 'void', 'failed', 'failure', 'payment failed', 'declined',
  'refunded', 'fully refunded', 'rejected', 'trash', 'expired', 'abandoned',
  // 简体中文 (Taobao/Tmall, JD, Youzan, generic ERP exports)
  '已取消', '取消', '订单取消', '交易取消', '已撤销', '交易关闭', '已关闭', '关闭', '订单关闭',
  '退款成功', '已退款', '全额退款', '退款完成', '失败', '支付失败', '交易失败', '付款失败', '已作废', '作废',
  '已拒绝', '拒绝', '已失效', '已过期',
]);

/** True when a status (any case or spacing, English or Chinese) marks a cancelled, failed or fully refunded order. */
export function isVoidStatus(status: string): boolean {
  const key = status
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    // WooCommerce's database and some exports prefix statuses: wc-cancelled.
    .replace(/^wc /, '');
  return VOID_STATUSES.has(key) || VOID_STATUSES.has(key.replace(/ /g, ''));
}
