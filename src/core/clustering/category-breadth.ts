import type { CustomerProfiles } from '../customer-types';
import { ROW_KIND, rowKinds } from '../orders/row-kinds';
import type { OrderTable } from '../types';

/**
 * Distinct categories each profile row bought (count), from purchase rows (rowKinds) up to the profiles' as-of
 * day; 0 for customers without a purchase and for every customer when the orders have no category column.
 */
export function categoryBreadth(orders: OrderTable, profiles: CustomerProfiles): Int32Array {
  const breadth = new Int32Array(profiles.length);
  const category = orders.text.category;
  if (!category) return breadth;
  const rowOfId = new Map<string, number>();
  profiles.ids.forEach((id, row) => rowOfId.set(id, row));
  const rowOfCode = Int32Array.from(orders.customer.values, (id) => rowOfId.get(id) ?? -1);
  const kinds = rowKinds(orders);
  const n = orders.length;
  const { day } = orders;
  const customerCodes = orders.customer.codes;
  const categoryCodes = category.codes;

  // Bucket the qualifying rows' categories by profile row, then count each bucket's distinct categories
  // with a "last row that saw this category" marker: no per-customer sets.
  const start = new Int32Array(profiles.length + 1);
  const rowOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== ROW_KIND.purchase || day[i]! > profiles.asOfDay || categoryCodes[i]! < 0) continue;
    const code = customerCodes[i]!;
    const row = code >= 0 ? rowOfCode[code]! : -1;
    if (row < 0) continue;
    rowOf[i] = row;
    start[row + 1]!++;
  }
  for (let r = 0; r < profiles.length; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, profiles.length);
  const bucket = new Int32Array(start[profiles.length]!);
  for (let i = 0; i < n; i++) {
    const row = rowOf[i]!;
    if (row >= 0) bucket[fill[row]!++] = categoryCodes[i]!;
  }
  const seenBy = new Int32Array(category.values.length).fill(-1);
  for (let r = 0; r < profiles.length; r++) {
    let distinct = 0;
    for (let b = start[r]!; b < start[r + 1]!; b++) {
      const c = bucket[b]!;
      if (seenBy[c] !== r) {
        seenBy[c] = r;
        distinct++;
      }
    }
    breadth[r] = distinct;
  }
  return breadth;
}
