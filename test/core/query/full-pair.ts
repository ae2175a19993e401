import { frameOf } from './frame-of';

/** One customer with every column filled in, and one prospect with nothing but an id. */
export const fullPair = () =>
  frameOf([
    {
      id: 'C-001', name: '王芳, "Fang"', email: 'fang@example.cn', region: '华东', channel: '+wechat',
      firstDay: '2023-03-05', lastDay: '2024-11-30', orders: 4, occasions: 3, units: 9, revenueCents: 123456,
      refundCents: 1999, aovCents: 30864, meanGapDays: 211.6666666, medianGapDays: 200.5, tenureDays: 667,
      daysSinceLast: 31, favourite: '茶叶', frequency: 2, recency: 636, T: 667, monetaryCents: 41150.25,
      r: 4, f: 3, m: 5,
      groups: { rfm: 'loyal', cnEight: 'importantKeep', tier: 'high', behaviour: 'loyal', lifecycle: 'repeat' },
    },
    { id: 'P-002' },
  ], { asOf: '2024-12-31' });
