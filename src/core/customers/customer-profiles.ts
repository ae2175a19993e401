import type { CodedStrings, OrderTable } from '../types';
import type { CustomerProfiles, CustomerTable } from '../customer-types';
import { ROW_KIND, rowKinds } from '../orders/row-kinds';
import { latestValues } from './latest-values';
import { rowsByCustomer } from './rows-by-customer';

/** Order text roles shown as customer attributes when the customers file does not say: attribute ← order role. */
const FROM_ORDERS = [
  ['name', 'customerName'],
  ['email', 'email'],
  ['region', 'region'],
  ['channel', 'channel'],
] as const;

/** Numeric columns of the customers file exposed as `numbers` (day numbers, years). */
const FILE_NUMBERS = ['signupDay', 'birthday', 'age'] as const;

/**
 * One profile row per customer (money in cents, times in days) as of `asOfDay` (a day number; null = the last
 * order day in the data, NaN when there are no orders). Order rows after the as-of day are ignored entirely.
 *
 * - Rows: first every customer with an order row on or before the as-of day, in the order table's dictionary
 *   order, then the customers only in the customers file, in its dictionary order.
 * - Which rows count is the Overview's rule (overviewOf): a row with a void status is left out unless its
 *   amount is negative (money paid back counts whatever the status); a row without an amount in a file
 *   with amounts is left out. Counted negative rows are refunds; counted positive rows are purchases; when
 *   the file has no amount column at all, every counted row is a purchase worth 0.
 * - orders, occasions (distinct purchase days), units (known quantities of purchases), first/last day, gaps
 *   between purchase occasions, tenure, days since last and the favourite category (most purchases, then
 *   most purchase money, then the smaller string) come from purchases. revenueCents is purchases minus
 *   refunds; refundCents is refunds as a positive number. aovCents and monetaryCents are not rounded.
 * - The BG/NBD summary (REFERENCE.md §3) counts transaction days: days with a purchase or a counted order of
 *   amount 0, as the literature's data do (CDNOW's $0.00 orders are transactions). frequency = days − 1,
 *   recency = last − first day, T = as-of − first day, monetaryCents = the mean of the repeat days' summed
 *   amounts (0 when frequency is 0). Without a transaction: frequency 0, recency and T NaN, monetary 0.
 * - Without a purchase, counts are 0, days and averages NaN; revenue and refunds still sum any refunds.
 * - attributes: every text column of the customers file, and name/email/region/channel from the latest
 *   order that has one wherever the file has no value (or no such column). numbers: signupDay, birthday and
 *   age of the customers file, NaN when unknown.
 */
export function customerProfiles(
  orders: OrderTable | null,
  customers: CustomerTable | null,
  asOfDay: number | null,
): CustomerProfiles {
  const n = orders?.length ?? 0;
  const asOf = asOfDay ?? lastDay(orders);
  const orderCodes = orders?.customer.codes ?? new Int32Array(0);
  const orderIds = orders?.customer.values ?? [];
  const day = orders?.day ?? new Int32Array(0);
  const byCustomer = rowsByCustomer(orderCodes, day, n, orderIds.length, asOf);
  const start = byCustomer.start;

  // Profile rows: order customers seen up to the as-of day, then file-only customers.
  const ids: string[] = [];
  const rowOfId = new Map<string, number>();
  const orderCodeOfRow: number[] = [];
  for (let c = 0; c < orderIds.length; c++) {
    if (start[c + 1] === start[c]) continue;
    rowOfId.set(orderIds[c]!, ids.length);
    ids.push(orderIds[c]!);
    orderCodeOfRow.push(c);
  }
  const orderCustomers = ids.length;
  const fileRowOfCode = firstRowOfCode(customers);
  const fileRowOfRow: number[] = new Array<number>(orderCustomers).fill(-1);
  fileRowOfCode.forEach((fileRow, code) => {
    if (fileRow < 0) return;
    const id = customers!.customer.values[code]!;
    const row = rowOfId.get(id);
    if (row !== undefined) {
      fileRowOfRow[row] = fileRow;
      return;
    }
    rowOfId.set(id, ids.length);
    ids.push(id);
    fileRowOfRow.push(fileRow);
  });
  const length = ids.length;

  const profiles: CustomerProfiles = {
    length,
    asOfDay: asOf,
    ids,
    hasOrders: new Uint8Array(length),
    inCustomerFile: Uint8Array.from(fileRowOfRow, (r) => (r >= 0 ? 1 : 0)),
    firstDay: new Float64Array(length).fill(Number.NaN),
    lastDay: new Float64Array(length).fill(Number.NaN),
    orders: new Int32Array(length),
    occasions: new Int32Array(length),
    units: new Float64Array(length),
    revenueCents: new Float64Array(length),
    refundCents: new Float64Array(length),
    aovCents: new Float64Array(length).fill(Number.NaN),
    meanGapDays: new Float64Array(length).fill(Number.NaN),
    medianGapDays: new Float64Array(length).fill(Number.NaN),
    tenureDays: new Float64Array(length).fill(Number.NaN),
    daysSinceLast: new Float64Array(length).fill(Number.NaN),
    favouriteCategory: new Int32Array(length).fill(-1),
    categories: orders?.text.category?.values.slice() ?? [],
    frequency: new Int32Array(length),
    recency: new Float64Array(length).fill(Number.NaN),
    T: new Float64Array(length).fill(Number.NaN),
    monetaryCents: new Float64Array(length),
    attributes: {},
    numbers: {},
  };
  if (orders) fillFromOrders(profiles, orders, byCustomer.rows, start, orderCodeOfRow);
  profiles.attributes = attributesOf(orders, customers, orderCodeOfRow, fileRowOfRow, asOf);
  for (const key of FILE_NUMBERS) {
    const source = customers?.[key];
    profiles.numbers![key] = Float64Array.from(fileRowOfRow, (r) => (r >= 0 && source ? source[r]! : Number.NaN));
  }
  return profiles;
}

function lastDay(orders: OrderTable | null): number {
  let last = -Infinity;
  const day = orders?.day;
  for (let i = 0; i < (orders?.length ?? 0); i++) if (day![i]! > last) last = day![i]!;
  return last === -Infinity ? Number.NaN : last;
}

/** For each code of the customers file's dictionary, its first row; −1 when no row has it. */
function firstRowOfCode(customers: CustomerTable | null): Int32Array {
  if (!customers) return new Int32Array(0);
  const first = new Int32Array(customers.customer.values.length).fill(-1);
  const codes = customers.customer.codes;
  for (let r = 0; r < customers.length; r++) {
    const c = codes[r]!;
    if (c >= 0 && first[c]! < 0) first[c] = r;
  }
  return first;
}

function fillFromOrders(
  p: CustomerProfiles,
  orders: OrderTable,
  rows: Int32Array,
  start: Int32Array,
  orderCodeOfRow: number[],
): void {
  const n = orders.length;
  const { day, amountCents, quantity } = orders;
  const kinds = rowKinds(orders);
  const categoryCodes = orders.text.category?.codes;
  const categoryNames = p.categories;
  let hasAmount = false;
  for (let i = 0; i < n && !hasAmount; i++) hasAmount = !Number.isNaN(amountCents[i]!);

  let longest = 0;
  for (let c = 0; c + 1 < start.length; c++) longest = Math.max(longest, start[c + 1]! - start[c]!);
  const gaps = new Float64Array(longest);
  const categoryCount = new Int32Array(categoryNames.length);
  const categoryMoney = new Float64Array(categoryNames.length);
  const touched = new Int32Array(Math.min(longest, categoryNames.length));
  const asOf = p.asOfDay;

  for (let row = 0; row < orderCodeOfRow.length; row++) {
    const c = orderCodeOfRow[row]!;
    let purchases = 0;
    let occasions = 0;
    let gross = 0;
    let revenue = 0;
    let refund = 0;
    let units = 0;
    let firstPurchase = 0;
    let lastPurchase = 0;
    let gapCount = 0;
    let txDays = 0;
    let firstTx = 0;
    let lastTx = 0;
    let txMoney = 0;
    let firstTxMoney = 0;
    let touchedCount = 0;
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const i = rows[k]!;
      const d = day[i]!;
      const kind = kinds[i]!;
      if (kind === ROW_KIND.skip) continue;
      const amount = hasAmount ? amountCents[i]! : 0;
      revenue += amount;
      if (kind === ROW_KIND.refund) {
        refund -= amount;
        continue;
      }
      if (txDays === 0) {
        firstTx = d;
        lastTx = d;
        txDays = 1;
      } else if (d !== lastTx) {
        txDays++;
        lastTx = d;
      }
      txMoney += amount;
      if (d === firstTx) firstTxMoney += amount;
      if (kind === ROW_KIND.zero) continue;

      purchases++;
      gross += amount;
      const q = quantity[i]!;
      if (!Number.isNaN(q)) units += q;
      if (occasions === 0) {
        firstPurchase = d;
        lastPurchase = d;
        occasions = 1;
      } else if (d !== lastPurchase) {
        gaps[gapCount++] = d - lastPurchase;
        occasions++;
        lastPurchase = d;
      }
      const category = categoryCodes ? categoryCodes[i]! : -1;
      if (category >= 0) {
        if (categoryCount[category] === 0) touched[touchedCount++] = category;
        categoryCount[category]!++;
        categoryMoney[category]! += amount;
      }
    }

    p.hasOrders[row] = 1;
    p.orders[row] = purchases;
    p.occasions[row] = occasions;
    p.units[row] = units;
    p.revenueCents[row] = revenue;
    p.refundCents[row] = refund;
    if (purchases > 0) {
      p.firstDay[row] = firstPurchase;
      p.lastDay[row] = lastPurchase;
      p.aovCents[row] = gross / purchases;
      p.tenureDays[row] = asOf - firstPurchase;
      p.daysSinceLast[row] = asOf - lastPurchase;
    }
    if (gapCount > 0) {
      p.meanGapDays[row] = (lastPurchase - firstPurchase) / gapCount;
      p.medianGapDays[row] = median(gaps.subarray(0, gapCount));
    }
    if (txDays > 0) {
      p.frequency[row] = txDays - 1;
      p.recency[row] = lastTx - firstTx;
      p.T[row] = asOf - firstTx;
      p.monetaryCents[row] = txDays > 1 ? (txMoney - firstTxMoney) / (txDays - 1) : 0;
    }
    if (touchedCount > 0) {
      let best = touched[0]!;
      for (let t = 1; t < touchedCount; t++) {
        const k = touched[t]!;
        const more = categoryCount[k]! - categoryCount[best]! || categoryMoney[k]! - categoryMoney[best]!;
        if (more > 0 || (more === 0 && categoryNames[k]! < categoryNames[best]!)) best = k;
      }
      p.favouriteCategory[row] = best;
      for (let t = 0; t < touchedCount; t++) {
        categoryCount[touched[t]!] = 0;
        categoryMoney[touched[t]!] = 0;
      }
    }
  }
}

/** The median of a few numbers; sorts them in place. */
function median(values: Float64Array): number {
  values.sort();
  const half = values.length >> 1;
  return values.length % 2 === 1 ? values[half]! : (values[half - 1]! + values[half]!) / 2;
}

function attributesOf(
  orders: OrderTable | null,
  customers: CustomerTable | null,
  orderCodeOfRow: number[],
  fileRowOfRow: number[],
  asOf: number,
): Record<string, CodedStrings> {
  const length = fileRowOfRow.length;
  const attributes: Record<string, CodedStrings> = {};
  for (const [key, column] of Object.entries(customers?.text ?? {})) {
    const codes = new Int32Array(length);
    for (let row = 0; row < length; row++) {
      const r = fileRowOfRow[row]!;
      codes[row] = r >= 0 ? column.codes[r]! : -1;
    }
    attributes[key] = { codes, values: column.values.slice() };
  }
  if (!orders) return attributes;
  for (const [key, role] of FROM_ORDERS) {
    const column = orders.text[role];
    if (!column) continue;
    const latest = latestValues(
      column,
      orders.customer.codes,
      orders.day,
      orders.time,
      orders.length,
      orders.customer.values.length,
      asOf,
    );
    const target = (attributes[key] ??= { codes: new Int32Array(length).fill(-1), values: [] });
    // Order values join the file's dictionary (a value both have keeps one code); only values in use are kept.
    let codeOfValue: Map<string, number> | null = null;
    if (target.values.length > 0) {
      codeOfValue = new Map();
      for (let code = target.values.length - 1; code >= 0; code--) codeOfValue.set(target.values[code]!, code);
    }
    const joined = new Int32Array(column.values.length).fill(-1);
    for (let row = 0; row < orderCodeOfRow.length; row++) {
      const source = latest[orderCodeOfRow[row]!]!;
      if (target.codes[row]! >= 0 || source < 0) continue;
      if (joined[source]! < 0) {
        const value = column.values[source]!;
        let code = codeOfValue?.get(value);
        if (code === undefined) code = target.values.push(value) - 1;
        joined[source] = code;
      }
      target.codes[row] = joined[source]!;
    }
  }
  return attributes;
}
