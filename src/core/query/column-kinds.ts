import type { CustomerColumn } from '../customer-types';

/**
 * How each customer-list column is read, shown and sorted: `id` the customer id; `text` an attribute;
 * `day` a day number shown as ISO; `count`/`number` plain numbers; `money` cents; `category` the favourite
 * category; `score` an RFM score 1–5 (0 = none); `group` a grouping's group name.
 */
export const CUSTOMER_COLUMN_KINDS = {
  id: 'id',
  name: 'text',
  email: 'text',
  region: 'text',
  channel: 'text',
  firstDay: 'day',
  lastDay: 'day',
  orders: 'number',
  occasions: 'number',
  units: 'number',
  revenueCents: 'money',
  refundCents: 'money',
  aovCents: 'money',
  meanGapDays: 'number',
  medianGapDays: 'number',
  tenureDays: 'number',
  daysSinceLast: 'number',
  favouriteCategory: 'category',
  frequency: 'number',
  recency: 'number',
  T: 'number',
  monetaryCents: 'money',
  r: 'score',
  f: 'score',
  m: 'score',
  rfm: 'group',
  cnEight: 'group',
  tier: 'group',
  behaviour: 'group',
  lifecycle: 'group',
  // empty until clusters were found (the Clusters screen)
  cluster: 'group',
  pAlive: 'number',
  expectedPurchases: 'number',
  predictedClvCents: 'money',
} as const satisfies Record<CustomerColumn, string>;
export type CustomerColumnKind = (typeof CUSTOMER_COLUMN_KINDS)[CustomerColumn];
