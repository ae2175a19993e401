import type { ColumnMapping, ImportKind, KnownSource } from '../types';

interface Proposal {
  source: KnownSource;
  mapping: readonly ColumnMapping[];
}

// Customer facts an orders file does not carry: with two of them, a date column is a signup date, not an
// order date.
const CUSTOMER_ONLY = new Set(['phone', 'city', 'signupDate', 'birthday', 'gender', 'age', 'ageBand', 'company',
  'firstName', 'lastName']);

/**
 * Whether a header describes orders or customers, from the two proposals for it. A recognised export
 * decides; otherwise it is a customers file when it has a customer id and no amount, and either no order
 * date and some customer attribute, or at least two attributes only customer files have (phone, birthday …).
 */
export function decideKind(orders: Proposal, customers: Proposal): ImportKind {
  if (customers.source !== 'generic-customers') return 'customers';
  if (orders.source !== 'generic') return 'orders';
  const has = (p: Proposal, role: string) => p.mapping.some((m) => m.role === role);
  if (!has(customers, 'customerId') || has(orders, 'amount')) return 'orders';
  const attributes = customers.mapping.filter((m) => m.role !== 'keep' && m.role !== 'customerId');
  if (!has(orders, 'orderDate')) return attributes.length > 0 ? 'customers' : 'orders';
  return attributes.filter((m) => CUSTOMER_ONLY.has(m.role)).length >= 2 ? 'customers' : 'orders';
}
