import { describe, expect, it } from 'vitest';
import { isVoidStatus } from '../../../src/core/orders/status';

describe('isVoidStatus', () => {
  it.each([
    // generic and WooCommerce order status
    ['cancelled', true], ['canceled', true], ['Cancelled', true], ['  CANCELED ', true], ['wc-cancelled', true],
    ['failed', true], ['wc-failed', true], ['refunded', true], ['wc-refunded', true], ['trash', true],
    ['completed', false], ['wc-completed', false], ['processing', false], ['on-hold', false], ['On hold', false],
    ['pending', false], ['draft', false],
    // Shopify Financial Status
    ['paid', false], ['authorized', false], ['partially_paid', false], ['partially_refunded', false],
    ['Partially refunded', false], ['voided', true], ['expired', true],
    // Stripe Status
    ['Paid', false], ['Refunded', true], ['Failed', true], ['Declined', true], ['Payment failed', true],
    // 简体中文
    ['已取消', true], ['交易关闭', true], ['已关闭', true], ['退款成功', true], ['已退款', true], ['失败', true],
    ['支付失败', true], ['已作废', true], [' 交易 关闭 ', true], ['交易关闭\u3000', true],
    ['交易成功', false], ['已完成', false], ['已付款', false], ['待发货', false], ['已发货', false],
    ['等待买家付款', false], ['部分退款', false], ['退款中', false],
    // nothing to go on
    ['', false], ['   ', false], ['refund requested', false], ['not cancelled yet', false],
  ])('%j → %s', (status, expected) => {
    expect(isVoidStatus(status)).toBe(expected);
  });
});
