import { CN_EIGHT } from '../customer-types';
import type { CustomerProfiles, Grouping } from '../customer-types';

/**
 * 中国八类客户 of every customer with a purchase (key 'cnEight', groups in CN_EIGHT order; −1 without a
 * purchase). Uses the raw values, as the common published method does, not the 1–5 scores: R is high when
 * days since the last purchase are below their mean, F high when purchases (orders) are above their mean,
 * M high when net revenue is above its mean; means over customers with a purchase. A value equal to its mean
 * is low. A value that is not a finite number is low and does not enter the mean.
 */
export function cnEightSegments(profiles: CustomerProfiles): Grouping {
  const n = profiles.length;
  const { orders, daysSinceLast, revenueCents } = profiles;
  const meanDays = meanOverPurchasers(daysSinceLast, orders);
  const meanOrders = meanOverPurchasers(orders, orders);
  const meanRevenue = meanOverPurchasers(revenueCents, orders);
  const codes = new Int16Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!(orders[i]! > 0)) continue;
    const rHigh = daysSinceLast[i]! < meanDays;
    const fHigh = orders[i]! > meanOrders;
    const mHigh = revenueCents[i]! > meanRevenue;
    // CN_EIGHT lists M high before M low, then R high before R low, then F high before F low.
    codes[i] = (mHigh ? 0 : 4) + (rHigh ? 0 : 2) + (fHigh ? 0 : 1);
  }
  return { key: 'cnEight', groups: [...CN_EIGHT], codes };
}

function meanOverPurchasers(values: ArrayLike<number>, orders: Int32Array): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < orders.length; i++) {
    const v = values[i]!;
    if (orders[i]! > 0 && Number.isFinite(v)) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}
