/**
 * Customer-level records: profiles, groupings, micro-segment conditions (issue "Know every customer").
 * Conventions as in types.ts: money in integer cents, days as day numbers (days since 1970-01-01 UTC) in
 * tables and ISO `YYYY-MM-DD` strings in results. Per-customer columns are typed arrays aligned by row:
 * row i of every column describes customer `ids[i]`.
 */
import type { CodedStrings } from './types';

/** The roles a column of a customers file can play. */
export const CUSTOMER_FIELDS = [
  'customerId', // required
  'name',
  'email',
  'phone',
  'region',
  'city',
  'channel',
  'signupDate',
  'birthday',
  'gender',
  'age',
  'ageBand',
  'company',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/**
 * The roles a customers-file column can be given: a field, a first or last name (joined into `name`, see
 * customers-file/full-name.ts), kept as an attribute, or dropped.
 */
export const CUSTOMER_ROLES = [...CUSTOMER_FIELDS, 'firstName', 'lastName', 'keep', 'ignore'] as const;
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];

/**
 * Customers as typed columns, one row per customer id. `text` holds the string roles present (name, email,
 * phone, region, city, channel, gender, ageBand, company) and kept columns as `keep:<header>`.
 */
export interface CustomerTable {
  length: number;
  customer: CodedStrings;
  /** Signup and birthday as day numbers; NaN when unknown. */
  signupDay: Float64Array;
  birthday: Float64Array;
  /** Age in years; NaN when unknown. */
  age: Float64Array;
  line: Int32Array;
  text: Record<string, CodedStrings>;
}

/** Settings every customer-level result depends on; part of the cache key. */
export interface CustomerSettings {
  /** ISO day; null = the last order day in the data. */
  asOf: string | null;
  /** RFM cut points chosen by the person (ascending upper bounds of scores 1..4 per dimension); null = quintiles. */
  rfmCuts: { recency: number[] | null; frequency: number[] | null; monetary: number[] | null };
  /** Value tiers: share of revenue-ranked customers in the high and mid tiers (0–1). */
  tiers: { high: number; mid: number };
  /** Behaviour and lifecycle thresholds, in days / counts. */
  rules: {
    /** A customer with no purchase for more than this many days is churned. */
    churnDays: number;
    /** No purchase for more than this many days (but not churned) is at risk. */
    atRiskDays: number;
    /** Purchase occasions from which a customer is loyal. */
    loyalOccasions: number;
  };
}

export const DEFAULT_CUSTOMER_SETTINGS: CustomerSettings = {
  asOf: null,
  rfmCuts: { recency: null, frequency: null, monetary: null },
  tiers: { high: 0.2, mid: 0.3 },
  rules: { churnDays: 365, atRiskDays: 180, loyalOccasions: 4 },
};

/**
 * One row per customer, from orders up to the as-of day (later rows ignored) joined with the customers file.
 * Missing numbers are NaN; counts are 0 for customers without orders.
 */
export interface CustomerProfiles {
  length: number;
  asOfDay: number;
  ids: string[];
  /** 1 when the customer has at least one order row (any status) up to the as-of day. */
  hasOrders: Uint8Array;
  /** 1 when the customer appears in the customers file. */
  inCustomerFile: Uint8Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
  /** Purchases: orders with a positive amount and a status that is not void. */
  orders: Int32Array;
  /** Purchase occasions: distinct purchase days. */
  occasions: Int32Array;
  units: Float64Array;
  /** Net revenue: purchases minus refunds (cents). */
  revenueCents: Float64Array;
  /** Refunded money as a positive number (cents). */
  refundCents: Float64Array;
  aovCents: Float64Array;
  meanGapDays: Float64Array;
  medianGapDays: Float64Array;
  /** Days from the first purchase to the as-of day. */
  tenureDays: Float64Array;
  /** Days from the last purchase to the as-of day (RFM recency; not BG/NBD recency). */
  daysSinceLast: Float64Array;
  /** Code into `categories`, −1 when none. */
  favouriteCategory: Int32Array;
  categories: string[];
  /** BG/NBD summary in days: repeat occasions, age at last occasion, age at as-of, mean repeat occasion (cents). */
  frequency: Int32Array;
  recency: Float64Array;
  T: Float64Array;
  monetaryCents: Float64Array;
  /** Attributes from the customers file and orders (name, email, region, channel …), aligned by row. */
  attributes: Record<string, CodedStrings>;
  /** Numbers of the customers file aligned by row: signupDay and birthday (day numbers), age (years); NaN unknown. */
  numbers?: Record<string, Float64Array>;
}

/** The 11 named RFM segments of REFERENCE.md §2, in display order. */
export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'newCustomers',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLose',
  'hibernating',
  'lost',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** 中国八类客户 (R, F, M each high or low against its mean). */
export const CN_EIGHT = [
  'importantValue',
  'importantDevelop',
  'importantKeep',
  'importantRetain',
  'generalValue',
  'generalDevelop',
  'generalKeep',
  'generalRetain',
] as const;
export type CnEight = (typeof CN_EIGHT)[number];

export const VALUE_TIERS = ['high', 'mid', 'low'] as const;
export const BEHAVIOURS = ['loyal', 'potential', 'churned'] as const;
export const LIFECYCLE_STAGES = ['prospect', 'new', 'repeat', 'loyal', 'atRisk', 'churned'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** The built-in groupings; attribute groupings are `attr:<name>`, saved micro-segments `segment:<id>`. */
export const GROUPINGS = ['rfm', 'cnEight', 'tier', 'behaviour', 'lifecycle'] as const;
export type GroupingKey = (typeof GROUPINGS)[number] | 'cluster' | `attr:${string}`;

/** The saved micro-segments shown side by side like a grouping (they may overlap: each is counted alone). */
export const SAVED_GROUPING = 'saved';

/** A grouping assigns each customer to at most one group: `codes[i]` indexes `groups`, −1 none. */
export interface Grouping {
  key: GroupingKey;
  groups: string[];
  codes: Int16Array;
}

/** A micro-segment condition tree over profile fields, scores, groupings and attributes. */
export type Condition =
  | { kind: 'and' | 'or'; children: Condition[] }
  | { kind: 'not'; child: Condition }
  /** A numeric profile field (see PROFILE_NUMBER_FIELDS) or `score:r|f|m`, inclusive bounds. */
  | { kind: 'range'; field: string; min: number | null; max: number | null }
  /** A grouping (`rfm`, `tier`, `attr:region` …): the customer's group is one of `values`. */
  | { kind: 'oneOf'; field: string; values: string[] }
  /** A date field (firstDay, lastDay, signupDay, birthday): before/after an ISO day, or within the last N days. */
  | { kind: 'date'; field: string; op: 'before' | 'after'; day: string }
  | { kind: 'date'; field: string; op: 'within'; days: number };

/** A saved micro-segment. */
export interface SavedSegment {
  id: string;
  workspaceId: string;
  name: string;
  condition: Condition;
  createdAt: string;
  updatedAt: string;
}

/** One group of a grouping with its size and value, for the segment tables and charts. */
export interface GroupSummary {
  group: string;
  customers: number;
  /** Share of all customers with a purchase (0–1). */
  share: number;
  revenueCents: number;
  /** Share of all net revenue (0–1). */
  revenueShare: number;
  avgRevenueCents: number;
  avgOrders: number;
  avgDaysSinceLast: number;
}

/** The RFM view: scores' cut points, how many bins each dimension got and why, and the 5×5 grid. */
export interface RfmSummary {
  /** Upper bounds of scores 1..(bins−1) per dimension, in days (recency), purchases, cents. */
  cuts: { recency: number[]; frequency: number[]; monetary: number[] };
  bins: { recency: number; frequency: number; monetary: number };
  /** i18n keys (with params) explaining collapsed dimensions, e.g. { key: 'rfm.collapsed', params: {...} }. */
  notes: Array<{ key: string; params?: Record<string, string | number> }>;
  /** One cell per (r, fm) with customers; r and fm are 1–5. */
  grid: Array<{ r: number; fm: number; customers: number; revenueCents: number; segment: string }>;
}

/** RFM scores 1–5 per customer (0 = not scored: no purchase), with the cut points and bins used. */
export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  cuts: RfmSummary['cuts'];
  bins: RfmSummary['bins'];
  notes: RfmSummary['notes'];
}

/** The columns a customer list can show and sort by. */
export const CUSTOMER_COLUMNS = [
  'id', 'name', 'email', 'region', 'channel', 'firstDay', 'lastDay', 'orders', 'occasions', 'units',
  'revenueCents', 'refundCents', 'aovCents', 'meanGapDays', 'medianGapDays', 'tenureDays', 'daysSinceLast',
  'favouriteCategory', 'frequency', 'recency', 'T', 'monetaryCents', 'r', 'f', 'm', 'rfm', 'cnEight', 'tier',
  'behaviour', 'lifecycle', 'cluster', 'pAlive', 'expectedPurchases', 'predictedClvCents',
] as const;
export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];

/** Everything per customer a list, a condition or an export reads: profiles, scores and groupings by key. */
export interface CustomerFrame {
  profiles: CustomerProfiles;
  scores: RfmScores;
  groupings: Record<string, Grouping>;
  /**
   * Per-customer predictions aligned by row (NaN = none): P(alive) 0–1, expected purchases over the horizon,
   * predicted CLV in cents. Set by the worker once predictions were computed for this frame; absent before.
   */
  predictions?: { pAlive: Float64Array; expectedPurchases: Float64Array; predictedClvCents: Float64Array };
}
