// The worker side of the trends benchmark (issue 6): the same core code the app runs in its worker, on a
// seeded 1M-order / 100k-customer OrderTable built here, so every run times the same data.
import { computeClusters, normalClusterRequest } from '../../src/api/trends-clusters';
import { categoryBreadth } from '../../src/core/clustering/category-breadth';
import { chooseK } from '../../src/core/clustering/choose-k';
import { clusterFeatures } from '../../src/core/clustering/cluster-features';
import { fitClusters } from '../../src/core/clustering/fit-clusters';
import { cohortTable } from '../../src/core/cohorts/cohort-table';
import { customerProfiles } from '../../src/core/customers/customer-profiles';
import { isoToDay } from '../../src/core/dates';
import { kpisByGroup } from '../../src/core/kpis/kpis-by-group';
import { periodKpis } from '../../src/core/kpis/period-kpis';
import { mulberry32 } from '../../src/core/sample/mulberry32';
import type { CodedStrings, OrderTable } from '../../src/core/types';

const ORDERS = 1_000_000;
const CUSTOMERS = 100_000;
const FIRST_DAY = isoToDay('2022-01-01');
const LAST_DAY = isoToDay('2024-12-31');
const SPAN = LAST_DAY - FIRST_DAY + 1;
const CATEGORIES = ['books', 'music', 'garden', 'toys', 'kitchen', 'beauty', 'sports', 'office'];
const STATUS = { paid: 0, refunded: 1, cancelled: 2 } as const;
const GROUPS = Array.from({ length: 10 }, (_, g) => `g${g + 1}`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

/**
 * 1,000,000 orders of 100,000 customers over 2022-01-01 … 2024-12-31, as the importer stores them: rows sorted
 * by day (an export's order), customer and order-id dictionaries in first-seen order, amounts in cents.
 * Every customer's first order is a purchase on the day they were acquired (more customers later on); the
 * other 900k orders go to customers by a heavy-tailed weight times their remaining lifetime, dated mostly soon
 * after acquisition (retention decays). 4% of later rows are partial refunds (negative, status `refunded`,
 * the order id of the customer's first order), 2% are cancelled sales; 8 categories, each customer with a
 * favourite one.
 */
function makeOrders(seed: number): OrderTable {
  const random = mulberry32(seed);
  const acquired = new Int32Array(CUSTOMERS);
  const favourite = new Uint8Array(CUSTOMERS);
  const cumulative = new Float64Array(CUSTOMERS);
  let total = 0;
  for (let c = 0; c < CUSTOMERS; c++) {
    acquired[c] = Math.floor(SPAN * random() ** 0.8);
    favourite[c] = Math.floor(random() * CATEGORIES.length);
    total += (-Math.log(1 - random())) ** 1.5 * ((SPAN - acquired[c]!) / SPAN + 0.02);
    cumulative[c] = total;
  }
  const counts = new Int32Array(CUSTOMERS).fill(1);
  for (let k = CUSTOMERS; k < ORDERS; k++) {
    const u = random() * total;
    let lo = 0;
    let hi = CUSTOMERS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]!++;
  }

  // Rows customer by customer first, then sorted by day below.
  const customerOf = new Int32Array(ORDERS);
  const dayOf = new Int32Array(ORDERS);
  const amountOf = new Float64Array(ORDERS);
  const quantityOf = new Float64Array(ORDERS);
  const categoryOf = new Int32Array(ORDERS);
  const statusOf = new Int32Array(ORDERS);
  const firstRow = new Int32Array(CUSTOMERS);
  for (let c = 0, i = 0; c < CUSTOMERS; c++) {
    const a = acquired[c]!;
    firstRow[c] = i;
    for (let j = 0; j < counts[c]!; j++, i++) {
      const r = j === 0 ? 1 : random();
      customerOf[i] = c;
      dayOf[i] = FIRST_DAY + (j === 0 ? a : a + Math.floor((SPAN - a) * random() ** 1.7));
      const refund = r < 0.04;
      statusOf[i] = refund ? STATUS.refunded : r < 0.06 ? STATUS.cancelled : STATUS.paid;
      const units = 5 + random() * random() * (refund ? 150 : 400);
      amountOf[i] = (refund ? -1 : 1) * Math.round(units * 100);
      quantityOf[i] = 1 + Math.floor(random() * random() * 6);
      categoryOf[i] = random() < 0.6 ? favourite[c]! : Math.floor(random() * CATEGORIES.length);
    }
  }

  // A stable counting sort by day: positionOf[unsorted row] = sorted row.
  const startOf = new Int32Array(SPAN + 1);
  for (let i = 0; i < ORDERS; i++) startOf[dayOf[i]! - FIRST_DAY + 1]!++;
  for (let d = 0; d < SPAN; d++) startOf[d + 1]! += startOf[d]!;
  const positionOf = new Int32Array(ORDERS);
  for (let i = 0; i < ORDERS; i++) positionOf[i] = startOf[dayOf[i]! - FIRST_DAY]!++;

  const day = new Int32Array(ORDERS);
  const amountCents = new Float64Array(ORDERS);
  const quantity = new Float64Array(ORDERS);
  const category = new Int32Array(ORDERS);
  const status = new Int32Array(ORDERS);
  const customerSorted = new Int32Array(ORDERS);
  for (let i = 0; i < ORDERS; i++) {
    const p = positionOf[i]!;
    day[p] = dayOf[i]!;
    amountCents[p] = amountOf[i]!;
    quantity[p] = quantityOf[i]!;
    category[p] = categoryOf[i]!;
    status[p] = statusOf[i]!;
    customerSorted[p] = customerOf[i]!;
  }

  // Customer codes in first-seen order of the sorted rows, as the importer's dictionary.
  const codeOf = new Int32Array(CUSTOMERS).fill(-1);
  const customerValues: string[] = [];
  const customerCodes = new Int32Array(ORDERS);
  for (let p = 0; p < ORDERS; p++) {
    const c = customerSorted[p]!;
    if (codeOf[c]! < 0) codeOf[c] = customerValues.push(`C${String(c + 1).padStart(6, '0')}`) - 1;
    customerCodes[p] = codeOf[c]!;
  }
  // One order id per sale; a refund row carries the id of its customer's first order.
  const orderValues: string[] = [];
  const orderCodes = new Int32Array(ORDERS);
  for (let p = 0; p < ORDERS; p++) {
    if (status[p] !== STATUS.refunded) orderCodes[p] = orderValues.push(`#${1_000_000 + p}`) - 1;
  }
  for (let i = 0; i < ORDERS; i++) {
    if (statusOf[i] === STATUS.refunded) {
      orderCodes[positionOf[i]!] = orderCodes[positionOf[firstRow[customerOf[i]!]!]!]!;
    }
  }

  const text: Record<string, CodedStrings> = {
    orderId: { codes: orderCodes, values: orderValues },
    category: { codes: category, values: [...CATEGORIES] },
    status: { codes: status, values: ['paid', 'refunded', 'cancelled'] },
  };
  return {
    length: ORDERS,
    customer: { codes: customerCodes, values: customerValues },
    day,
    time: new Int32Array(ORDERS).fill(-1),
    amountCents,
    quantity,
    line: Int32Array.from({ length: ORDERS }, (_, i) => i + 2),
    text,
  };
}

self.onmessage = (event: MessageEvent<{ runs: number }>) => {
  const { runs } = event.data;
  const [orders, buildMs] = timed(() => makeOrders(42));
  const pickGroup = mulberry32(43);
  const groupOf = Int16Array.from(orders.customer.values, () => Math.floor(pickGroup() * GROUPS.length));

  const searchRequest = normalClusterRequest({});
  const fixedRequest = normalClusterRequest({ k: 5 });
  const steps = {
    profiles: () => customerProfiles(orders, null, null),
    cohortMonth: () => cohortTable(orders, { period: 'month' }),
    cohortQuarter: () => cohortTable(orders, { period: 'quarter' }),
    kpisMonth: () => periodKpis(orders, { period: 'month' }),
    kpisQuarter: () => periodKpis(orders, { period: 'quarter' }),
    kpisByGroupMonth: () => kpisByGroup(orders, groupOf, GROUPS, { period: 'month', perPeriod: true }),
  };
  type Step = keyof typeof steps | 'clusters' | 'clustersK5' | 'breadth' | 'features' | 'chooseK' | 'finalFit';
  const times: Record<Step, number[]> = {
    profiles: [], cohortMonth: [], cohortQuarter: [], kpisMonth: [], kpisQuarter: [], kpisByGroupMonth: [],
    clusters: [], clustersK5: [], breadth: [], features: [], chooseK: [], finalFit: [],
  };
  const results: Record<string, unknown> = {};
  let profiles = steps.profiles();
  let clusters = computeClusters(profiles, orders, searchRequest);
  let clustersK5 = computeClusters(profiles, orders, fixedRequest);
  // Round 0 is the warm-up: its times are thrown away.
  for (let run = 0; run <= runs; run++) {
    const round: Partial<Record<Step, number>> = {};
    for (const [name, step] of Object.entries(steps) as [keyof typeof steps, () => unknown][]) {
      const [value, ms] = timed(step);
      round[name] = ms;
      if (name === 'profiles') profiles = value as typeof profiles;
      else results[name] = value;
    }
    [clusters, round.clusters] = timed(() => computeClusters(profiles, orders, searchRequest));
    [clustersK5, round.clustersK5] = timed(() => computeClusters(profiles, orders, fixedRequest));
    // Where the clustering's time goes: the same calls computeClusters makes, one by one.
    const [breadth, breadthMs] = timed(() => categoryBreadth(orders, profiles));
    const [m, featuresMs] = timed(() => clusterFeatures(profiles, searchRequest.features, { breadth }));
    const [search, chooseKMs] = timed(() => chooseK(m.matrix, m.rows, m.dims, { seed: searchRequest.seed }));
    round.finalFit = timed(() => fitClusters(m.matrix, m.rows, m.dims, search.k, { seed: searchRequest.seed }))[1];
    Object.assign(round, { breadth: breadthMs, features: featuresMs, chooseK: chooseKMs });
    if (run > 0) for (const [name, ms] of Object.entries(round)) times[name as Step].push(ms);
  }

  // What the worker api would hand to the page (structured clone), measured as JSON characters.
  const jsonChars = {
    cohortMonth: JSON.stringify(results.cohortMonth).length,
    cohortQuarter: JSON.stringify(results.cohortQuarter).length,
    kpisMonth: JSON.stringify(results.kpisMonth).length,
    kpisQuarter: JSON.stringify(results.kpisQuarter).length,
    kpisByGroupMonth: JSON.stringify(results.kpisByGroupMonth).length,
    clusters: JSON.stringify(clusters.result).length,
    clustersK5: JSON.stringify(clustersK5.result).length,
  };
  let refunds = 0;
  let cancelled = 0;
  for (let i = 0; i < orders.length; i++) {
    if (orders.amountCents[i]! < 0) refunds++;
    else if (orders.text.status!.codes[i] === STATUS.cancelled) cancelled++;
  }
  let purchasers = 0;
  for (let p = 0; p < profiles.length; p++) if (profiles.orders[p]! > 0) purchasers++;
  const cohorts = results.cohortMonth as ReturnType<typeof cohortTable>;
  self.postMessage({
    runs,
    medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
    times,
    jsonChars,
    data: {
      orders: orders.length, customers: orders.customer.values.length, purchasers, refunds, cancelled,
      categories: CATEGORIES.length, from: '2022-01-01', to: '2024-12-31', buildMs,
      months: cohorts.periods.length, monthlyCohorts: cohorts.cohorts.length,
    },
    clusters: {
      k: clusters.result.k, bestK: clusters.result.bestK, sampleSize: clusters.result.sampleSize,
      customers: clusters.result.customers, features: clusters.result.features,
      curve: clusters.result.curve.map((p) => ({ k: p.k, silhouette: Number(p.silhouette.toFixed(3)) })),
      sizes: clusters.result.clusters.map((c) => c.size),
      k5Sizes: clustersK5.result.clusters.map((c) => c.size),
    },
  });
};
