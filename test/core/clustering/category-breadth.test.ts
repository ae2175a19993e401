import { describe, expect, it } from 'vitest';
import { categoryBreadth } from '../../../src/core/clustering/category-breadth';
import { customerProfiles } from '../../../src/core/customers/customer-profiles';
import { isoToDay } from '../../../src/core/dates';
import { orderTable } from '../customers/tables';

describe('categoryBreadth', () => {
  it('counts distinct categories of purchases up to the as-of day, per profile row', () => {
    const orders = orderTable([
      { customer: 'A', date: '2024-01-01', amount: 10, text: { category: 'books' } },
      { customer: 'B', date: '2024-01-02', amount: 10, text: { category: 'toys' } },
      { customer: 'A', date: '2024-01-03', amount: 10, text: { category: 'books' } }, // same category again
      { customer: 'A', date: '2024-01-04', amount: 10, text: { category: 'music' } },
      { customer: 'A', date: '2024-01-05', amount: -5, text: { category: 'garden' } }, // refund: not bought
      // Cancelled: void, not bought.
      { customer: 'A', date: '2024-01-06', amount: 10, text: { category: 'toys', status: 'cancelled' } },
      { customer: 'B', date: '2024-01-07', amount: 10 }, // no category
      { customer: 'B', date: '2024-03-01', amount: 10, text: { category: 'books' } }, // after as-of
      { customer: 'C', date: '2024-01-08', amount: 0, text: { category: 'books' } }, // no value: not a purchase
    ]);
    const profiles = customerProfiles(orders, null, isoToDay('2024-02-01'));
    const breadth = categoryBreadth(orders, profiles);
    expect(Object.fromEntries(profiles.ids.map((id, row) => [id, breadth[row]]))).toEqual({ A: 2, B: 1, C: 0 });
  });

  it('is 0 for everyone without a category column', () => {
    const orders = orderTable([{ customer: 'A', date: '2024-01-01', amount: 10 }]);
    const profiles = customerProfiles(orders, null, null);
    expect(Array.from(categoryBreadth(orders, profiles))).toEqual([0]);
  });
});
