import { RFM_SEGMENTS } from '../../../src/core/customer-types';
import { frameOf } from './frame-of';

/** Six customers as of 2024-12-31: four buyers, one prospect (d), one whose refunds exceed purchases (f). */
export const shop = () =>
  frameOf([
    {
      id: 'a', name: 'Ada Lovelace', email: 'ada@example.com', channel: 'web', orders: 3, revenueCents: 12000,
      daysSinceLast: 10, firstDay: '2024-01-15', lastDay: '2024-12-21', signupDay: '2023-12-01', age: 34,
      favourite: 'Books', r: 5, f: 4, m: 5, groups: { rfm: 'champions', tier: 'high', 'attr:region': 'North' },
    },
    {
      id: 'b', name: 'Bob', email: 'BOB@Mail.cn', channel: 'store', orders: 1, revenueCents: 2500,
      daysSinceLast: 200, firstDay: '2024-06-14', lastDay: '2024-06-14', favourite: 'Toys', r: 2, f: 1, m: 2,
      groups: { rfm: 'hibernating', tier: 'low', 'attr:region': 'South' },
    },
    {
      id: 'c', name: '张伟', channel: 'web', orders: 2, revenueCents: 7000, daysSinceLast: 30,
      firstDay: '2023-05-01', lastDay: '2024-12-01', signupDay: '2023-04-20', age: 51, favourite: 'Books',
      r: 4, f: 3, m: 4, groups: { rfm: 'loyal', tier: 'mid', 'attr:region': 'North' },
    },
    { id: 'd', name: 'Dora', orders: 0, revenueCents: 0, signupDay: '2024-12-25', groups: { 'attr:region': 'East' } },
    {
      id: 'e', email: 'eve@example.com', orders: 5, revenueCents: 30000, refundCents: 1500, daysSinceLast: 0,
      firstDay: '2022-01-01', lastDay: '2024-12-31', favourite: 'Garden', r: 5, f: 5, m: 5,
      groups: { rfm: 'champions', tier: 'high', 'attr:region': 'South' },
    },
    {
      id: 'f', name: '=cmd', orders: 1, revenueCents: -500, refundCents: 3000, daysSinceLast: 366,
      firstDay: '2023-12-31', lastDay: '2023-12-31', r: 1, f: 1, m: 1, groups: { rfm: 'lost', tier: 'low' },
    },
  ], { groupOrder: { rfm: [...RFM_SEGMENTS], tier: ['high', 'mid', 'low'] } });
