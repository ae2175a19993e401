import type { OrderTable } from '../types';
import { isVoidStatus } from './status';

/** How an order row counts: not at all, as a purchase, as money paid back, or as an order of no value. */
export const ROW_KIND = { skip: 0, purchase: 1, refund: 2, zero: 3 } as const;

/**
 * The kind of every row, by the definitions every number follows (DESIGN.md): a positive amount is a
 * purchase, a negative one a refund, zero an order of no value; a row whose amount cannot be read, in a file
 * that has amounts, is skipped. A void status (cancelled, failed, refunded in full — isVoidStatus) skips a
 * row unless money went back: a negative row always counts, and a voided sale counts as a purchase when a
 * negative row of the same order id records its refund (WooCommerce writes both), so the refund is not
 * subtracted twice. Without an amount column every row that is not void is a purchase.
 */
export function rowKinds(table: OrderTable): Uint8Array {
  const n = table.length;
  const { amountCents } = table;
  const kinds = new Uint8Array(n);
  let hasAmount = false;
  for (let i = 0; i < n && !hasAmount; i++) hasAmount = !Number.isNaN(amountCents[i]!);

  const status = table.text.status;
  const isVoid = Uint8Array.from(status?.values ?? [], (value) => (isVoidStatus(value) ? 1 : 0));
  const orderId = table.text.orderId;
  // Order ids of refund rows, as text: near-unique id columns may hold one string under several codes.
  const refunded = new Set<string>();
  if (orderId && hasAmount) {
    for (let i = 0; i < n; i++) {
      const code = orderId.codes[i]!;
      if (amountCents[i]! < 0 && code >= 0) refunded.add(orderId.values[code]!);
    }
  }

  for (let i = 0; i < n; i++) {
    const amount = hasAmount ? amountCents[i]! : 1;
    if (Number.isNaN(amount)) continue;
    const s = status ? status.codes[i]! : -1;
    if (amount >= 0 && s >= 0 && isVoid[s] === 1) {
      const code = orderId ? orderId.codes[i]! : -1;
      if (!(amount > 0 && code >= 0 && refunded.has(orderId!.values[code]!))) continue;
    }
    kinds[i] = amount > 0 ? ROW_KIND.purchase : amount < 0 ? ROW_KIND.refund : ROW_KIND.zero;
  }
  return kinds;
}
