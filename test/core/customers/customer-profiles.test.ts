import { describe, expect, it } from 'vitest';
import { customerProfiles } from '../../../src/core/customers/customer-profiles';
import { isoToDay } from '../../../src/core/dates';
import { customerTable, decoded, orderTable, profileRows, type TestOrder } from './tables';

const day = isoToDay;
const NaN_ = Number.NaN;

const shop: TestOrder[] = [
  // A's rows out of day order: the profile must not depend on row order.
  { customer: 'A', date: '2024-03-01', amount: 40, quantity: 3, text: { status: 'paid', category: 'books', customerName: 'Ann Lee' } },
  { customer: 'A', date: '2024-01-05', amount: 100, quantity: 2, text: { status: 'paid', category: 'books', customerName: 'Ann' } },
  { customer: 'A', date: '2024-01-05', amount: 50, quantity: 1, text: { status: 'paid', category: 'music' } }, // same day
  { customer: 'A', date: '2024-01-20', amount: 30, text: { status: 'refunded', category: 'toys' } }, // void: left out
  { customer: 'A', date: '2024-02-04', amount: 20, text: { status: 'paid', category: 'music' } }, // unknown quantity
  { customer: 'A', date: '2024-02-10', amount: -15, text: { status: 'refunded' } }, // money paid back
  { customer: 'A', date: '2024-04-02', amount: 999, text: { status: 'paid', customerName: 'Later' } }, // after as-of
  { customer: 'B', date: '2024-02-01', text: { status: 'paid', customerName: 'Bob' } }, // no amount: neither
  { customer: 'B', date: '2024-03-31', amount: 0, text: { status: 'paid', customerName: 'Robert' } }, // $0
  { customer: 'C', date: '2024-04-05', amount: 60, text: { status: 'paid', category: 'garden' } }, // after as-of only
  { customer: 'D', date: '2024-03-10', amount: 25, text: { status: 'Cancelled', category: 'garden' } },
  { customer: 'E', date: '2024-01-31', amount: 10, text: { status: 'paid', category: 'toys' } },
  { customer: 'E', date: '2024-01-01', amount: 10, text: { status: 'paid', category: 'books' } },
  { customer: 'F', date: '2024-02-01', amount: 5, quantity: 1, text: { status: 'paid', category: 'toys' } },
  { customer: 'F', date: '2024-02-01', amount: 8, quantity: 1, text: { status: 'paid', category: 'garden' } },
];
const asOf = day('2024-03-31');

const noPurchase = {
  hasOrders: 1, inCustomerFile: 0, firstDay: NaN_, lastDay: NaN_, orders: 0, occasions: 0, units: 0,
  revenueCents: 0, refundCents: 0, aovCents: NaN_, meanGapDays: NaN_, medianGapDays: NaN_, tenureDays: NaN_,
  daysSinceLast: NaN_, favouriteCategory: -1, frequency: 0, recency: NaN_, T: NaN_, monetaryCents: 0,
};

// categories in first-seen order: books 0, music 1, toys 2, garden 3.
const expectedRows = {
  A: {
    hasOrders: 1, inCustomerFile: 0, firstDay: day('2024-01-05'), lastDay: day('2024-03-01'),
    orders: 4, occasions: 3, units: 6, revenueCents: 19500, refundCents: 1500, aovCents: 5250,
    // gaps 30 (Jan 5 → Feb 4) and 26 (Feb 4 → Mar 1, 2024 is a leap year)
    meanGapDays: 28, medianGapDays: 28, tenureDays: 86, daysSinceLast: 30,
    favouriteCategory: 0, // books and music 2 purchases each; books has $140 against $70
    frequency: 2, recency: 56, T: 86, monetaryCents: 3000, // repeat days Feb 4 ($20) and Mar 1 ($40)
  },
  // A row without an amount is nothing; the $0 order is a BG/NBD transaction on the as-of day, not a purchase.
  B: { ...noPurchase, recency: 0, T: 0 },
  D: noPurchase, // cancelled, so no purchase, but the customer has orders
  E: {
    hasOrders: 1, inCustomerFile: 0, firstDay: day('2024-01-01'), lastDay: day('2024-01-31'),
    orders: 2, occasions: 2, units: 0, revenueCents: 2000, refundCents: 0, aovCents: 1000,
    meanGapDays: 30, medianGapDays: 30, tenureDays: 90, daysSinceLast: 60,
    favouriteCategory: 0, // toys and books tie on purchases and money: alphabetical
    frequency: 1, recency: 30, T: 90, monetaryCents: 1000,
  },
  F: {
    hasOrders: 1, inCustomerFile: 0, firstDay: day('2024-02-01'), lastDay: day('2024-02-01'),
    orders: 2, occasions: 1, units: 2, revenueCents: 1300, refundCents: 0, aovCents: 650,
    meanGapDays: NaN_, medianGapDays: NaN_, tenureDays: 59, daysSinceLast: 59,
    favouriteCategory: 3, // garden ($8) beats toys ($5)
    frequency: 0, recency: 0, T: 59, monetaryCents: 0, // two orders on one day are one occasion
  },
};

describe('customerProfiles on a hand-computed shop', () => {
  it('profiles every customer with an order up to the as-of day, and only from rows up to it', () => {
    const p = customerProfiles(orderTable(shop), null, asOf);
    expect(p.ids).toEqual(['A', 'B', 'D', 'E', 'F']);
    expect(p.length).toBe(5);
    expect(p.asOfDay).toBe(asOf);
    expect(p.categories).toEqual(['books', 'music', 'toys', 'garden']);
    expect(profileRows(p)).toEqual(expectedRows);
    // Without a customers file the names come from each customer's latest order up to the as-of day.
    expect(Object.keys(p.attributes)).toEqual(['name']);
    expect(p.attributes.name).toEqual({ codes: Int32Array.of(0, 1, -1, -1, -1), values: ['Ann Lee', 'Robert'] });
    expect(p.numbers).toEqual({
      signupDay: new Float64Array(5).fill(NaN),
      birthday: new Float64Array(5).fill(NaN),
      age: new Float64Array(5).fill(NaN),
    });
  });

  it('joins the customers file: file-only customers follow, the file\'s attributes win over the orders\'', () => {
    const file = customerTable([
      { id: 'G', signup: '2023-06-01', age: 41, text: { name: 'Gus', region: 'South' } },
      { id: 'A', signup: '2023-12-24', birthday: '1990-05-17', text: { name: 'Ann (file)', region: 'North' } },
      { id: 'C', text: { name: 'Cat' } }, // C's only order is after the as-of day: a file-only customer
      { id: 'E', text: { region: 'North' } }, // no name in the file, none on E's orders either
      { id: 'B', text: { region: '南部' } }, // no name in the file: B's latest order says Robert
    ]);
    const p = customerProfiles(orderTable(shop), file, asOf);
    expect(p.ids).toEqual(['A', 'B', 'D', 'E', 'F', 'G', 'C']);
    const fileOnly = { ...noPurchase, hasOrders: 0, inCustomerFile: 1 };
    expect(profileRows(p)).toEqual({
      A: { ...expectedRows.A, inCustomerFile: 1 },
      B: { ...expectedRows.B, inCustomerFile: 1 },
      D: expectedRows.D,
      E: { ...expectedRows.E, inCustomerFile: 1 },
      F: expectedRows.F,
      G: fileOnly,
      C: fileOnly,
    });
    expect(decoded(p, 'name')).toEqual({ A: 'Ann (file)', B: 'Robert', D: null, E: null, F: null, G: 'Gus', C: 'Cat' });
    expect(p.attributes.name!.values).toEqual(['Gus', 'Ann (file)', 'Cat', 'Robert']);
    expect(p.attributes.region).toEqual({
      codes: Int32Array.of(1, 2, -1, 1, -1, 0, -1),
      values: ['South', 'North', '南部'],
    });
    expect(p.numbers).toEqual({
      signupDay: Float64Array.of(day('2023-12-24'), NaN, NaN, NaN, NaN, day('2023-06-01'), NaN),
      birthday: Float64Array.of(day('1990-05-17'), NaN, NaN, NaN, NaN, NaN, NaN),
      age: Float64Array.of(NaN, NaN, NaN, NaN, NaN, 41, NaN),
    });
  });

  it('takes the last order day of the data as the as-of day when none is given', () => {
    const p = customerProfiles(orderTable(shop), null, null);
    expect(p.asOfDay).toBe(day('2024-04-05'));
    expect(p.ids).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    const rows = profileRows(p);
    // A's $999 order of Apr 2 now counts: 5 purchases on 4 days.
    expect(rows.A).toEqual({
      ...expectedRows.A,
      lastDay: day('2024-04-02'), orders: 5, occasions: 4, revenueCents: 119400, aovCents: 24180,
      meanGapDays: (day('2024-04-02') - day('2024-01-05')) / 3, medianGapDays: 30, tenureDays: 91, daysSinceLast: 3,
      frequency: 3, recency: 88, T: 91, monetaryCents: (2000 + 4000 + 99900) / 3,
    });
    expect(rows.C).toEqual({
      ...noPurchase, firstDay: p.asOfDay, lastDay: p.asOfDay, orders: 1, occasions: 1, revenueCents: 6000,
      aovCents: 6000, tenureDays: 0, daysSinceLast: 0, favouriteCategory: 3, recency: 0, T: 0,
    });
    expect(decoded(p, 'name')).toEqual({ A: 'Later', B: 'Robert', C: null, D: null, E: null, F: null });
  });

  it('orders the latest value by day, then time of day, then table order', () => {
    const p = customerProfiles(
      orderTable([
        { customer: 'A', date: '2024-01-02', time: 50, amount: 1, text: { email: 'late@x' } },
        { customer: 'A', date: '2024-01-02', time: 10, amount: 1, text: { email: 'early@x' } },
        { customer: 'A', date: '2024-01-01', time: 90, amount: 1, text: { email: 'before@x' } },
        { customer: 'B', date: '2024-01-02', amount: 1, text: { email: 'first@x' } },
        { customer: 'B', date: '2024-01-02', amount: 1, text: { email: 'second@x' } },
        { customer: 'B', date: '2024-01-03', amount: 1 }, // the latest row without an email does not erase it
      ]),
      null,
      null,
    );
    expect(decoded(p, 'email')).toEqual({ A: 'late@x', B: 'second@x' });
  });

  it('counts every counted order as a purchase worth 0 when the file has no amounts', () => {
    const p = customerProfiles(
      orderTable([
        { customer: 'A', date: '2024-01-01', quantity: 2, text: { status: 'paid' } },
        { customer: 'A', date: '2024-01-03', quantity: 1, text: { status: 'cancelled' } },
        { customer: 'A', date: '2024-01-08', text: { status: 'paid' } },
      ]),
      null,
      day('2024-01-10'),
    );
    expect(profileRows(p)).toEqual({
      A: {
        hasOrders: 1, inCustomerFile: 0, firstDay: day('2024-01-01'), lastDay: day('2024-01-08'),
        orders: 2, occasions: 2, units: 2, revenueCents: 0, refundCents: 0, aovCents: 0,
        meanGapDays: 7, medianGapDays: 7, tenureDays: 9, daysSinceLast: 2, favouriteCategory: -1,
        frequency: 1, recency: 7, T: 9, monetaryCents: 0,
      },
    });
  });

  it('takes the median of an odd and an even number of gaps', () => {
    // purchase days 0, 1, 11, 13 → gaps 1, 10, 2 → median 2, mean 13/3; add day 23 → gaps 1, 10, 2, 10 → 6
    const orders = ['2024-01-01', '2024-01-02', '2024-01-12', '2024-01-14', '2024-01-24'].map((date) => ({
      customer: 'A', date, amount: 1,
    }));
    const four = profileRows(customerProfiles(orderTable(orders.slice(0, 4)), null, null)).A!;
    expect([four.meanGapDays, four.medianGapDays]).toEqual([13 / 3, 2]);
    const five = profileRows(customerProfiles(orderTable(orders), null, null)).A!;
    expect([five.meanGapDays, five.medianGapDays]).toEqual([23 / 4, 6]);
  });

  it('gives an empty profile set without orders or customers, and file-only rows without orders', () => {
    const empty = customerProfiles(null, null, null);
    expect({ length: empty.length, asOfDay: empty.asOfDay, ids: empty.ids, attributes: empty.attributes }).toEqual({
      length: 0, asOfDay: NaN, ids: [], attributes: {},
    });
    const fileOnly = customerProfiles(null, customerTable([{ id: 'X', text: { city: '上海' } }, { id: 'Y' }]), null);
    expect(fileOnly.ids).toEqual(['X', 'Y']);
    expect(profileRows(fileOnly)).toEqual({
      X: { ...noPurchase, hasOrders: 0, inCustomerFile: 1 },
      Y: { ...noPurchase, hasOrders: 0, inCustomerFile: 1 },
    });
    expect(fileOnly.attributes).toEqual({ city: { codes: Int32Array.of(0, -1), values: ['上海'] } });
  });

  it.each([['before the first order', day('2023-12-31')], ['unreadable', day('2024-02-30')]])(
    'ignores every order when the as-of day is %s',
    (_, asOfDay) => {
      const p = customerProfiles(orderTable(shop), null, asOfDay);
      expect([p.length, p.ids, p.attributes.name]).toEqual([0, [], { codes: new Int32Array(0), values: [] }]);
    },
  );
});
