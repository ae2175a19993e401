/**
 * Domain records shared by the importer, storage, the worker api and the views.
 * Conventions: money is integer cents (in the order's own currency), a date is a day number
 * (days since 1970-01-01, UTC) inside tables and an ISO `YYYY-MM-DD` string in results.
 */
import type { CustomerRole } from './customer-types';

/** The roles a source column can play in an orders import. */
export const ORDER_FIELDS = [
  'customerId', // required
  'orderDate', // required
  'amount',
  'orderId',
  'currency',
  'quantity',
  'category',
  'product',
  'status',
  'refund', // a refunded amount on the same row (Stripe "Amount Refunded", 退款金额): net = amount − refund
  'customerName',
  'email',
  'region',
  'channel',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export const REQUIRED_ORDER_FIELDS = ['customerId', 'orderDate'] as const satisfies readonly OrderField[];

/** What to do with one source column: play a role, be kept as a custom attribute, or be dropped. */
export type ColumnRole = OrderField | 'keep' | 'ignore';

/** What a file holds: orders (one row per order or line item) or customers (one row per customer). */
export const IMPORT_KINDS = ['orders', 'customers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A column's role in either kind of import: an orders role or a customers role (customer-types.ts). */
export type MappingRole = ColumnRole | CustomerRole;

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** How an ambiguous `a/b/yyyy` date is read: month first (US) or day first. */
export const DAY_ORDERS = ['mdy', 'dmy'] as const;
export type DayOrder = (typeof DAY_ORDERS)[number];

/** One source column and the role chosen for it. `index` is its position in the header row. */
export interface ColumnMapping {
  index: number;
  header: string;
  /** An orders role in an orders import, a customers role in a customers import. */
  role: MappingRole;
}

/** The known export a header row was recognised as, if any. */
export const KNOWN_SOURCES = [
  'shopify-orders',
  'woocommerce-analytics',
  'woocommerce-export',
  'stripe-payments',
  'hubspot-deals',
  'salesforce-report',
  'taobao-orders',
  'cdnow',
  'generic',
  'shopify-customers',
  'woocommerce-customers',
  'hubspot-contacts',
  'generic-customers',
] as const;
export type KnownSource = (typeof KNOWN_SOURCES)[number];

/** Everything the person may override before an import is stored. */
export interface ImportOptions {
  encoding: Encoding;
  delimiter: Delimiter;
  mapping: ColumnMapping[];
  dayOrder: DayOrder;
  /** Rows with the same order id are one order (Shopify line items): amounts are taken once, quantities summed. */
  groupLineItems: boolean;
  /** 1-based line of the header row (from `Inspection.headerLine`); when absent, the first row whose cells match the mapping's headers. */
  headerLine?: number;
  /** The amount column writes decimal commas, so a lone `1,234` is 1.234 and `1.234` is 1234 (default false). */
  decimalComma?: boolean;
}

/** What the importer learned from the first bytes of a file, shown to the person before anything is stored. */
export interface Inspection {
  fileName: string;
  bytes: number;
  encoding: Encoding;
  /** True when the encoding was read from a byte-order mark rather than guessed. */
  encodingFromBom: boolean;
  delimiter: Delimiter;
  source: KnownSource;
  header: string[];
  /** 1-based line number of the header row in the file. */
  headerLine: number;
  /** The first data rows (at most 20), as text cells. */
  preview: string[][];
  mapping: ColumnMapping[];
  /** What the header says the file holds; `source` and `mapping` are the proposal for that kind. */
  kind: ImportKind;
  /** The proposal for each kind, so the person can switch what the file holds without reading it again. */
  proposals: Record<ImportKind, { source: KnownSource; mapping: ColumnMapping[] }>;
  dayOrder: DayOrder;
  /** Why that day order was chosen, e.g. a value like 25/03/2024 that only one order can read. */
  dayOrderEvidence: string | null;
  dayOrderAmbiguous: boolean;
  groupLineItems: boolean;
  /** The amount column of the head writes decimal commas (`12,50`, `1.234,50`). */
  decimalComma?: boolean;
}

/** Why a row was rejected. Each has a message in both catalogs under `reject.<reason>`. */
export const REJECT_REASONS = [
  'missingCustomer',
  'missingDate',
  'badDate',
  'badAmount',
  'badQuantity',
  'wrongColumnCount',
  'badNumber',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A row left out of an import, with where it was: file, 1-based line, 1-based column. */
export interface RejectedRow {
  file: string;
  line: number;
  /** 1-based column number, 0 when the problem is the whole row. */
  column: number;
  columnName: string;
  reason: RejectReason;
  /** The offending cell text (cut to 200 characters). */
  value: string;
}

/** A file that cannot be read at all: one message, nothing stored. */
export const FILE_PROBLEMS = [
  'empty',
  'headerOnly',
  'binary',
  'noDelimiter',
  'missingRequired',
  'lineTooLong',
  'unreadable',
  'noValidRows',
  'quota',
  'cancelled',
] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

export interface FileFailure {
  ok: false;
  problem: FileProblem;
  /** Extra facts for the message, e.g. the missing field names or the line number. */
  detail?: Record<string, string | number>;
}

/** A dictionary-encoded string column: `codes[i]` indexes `values`, −1 is missing. */
export interface CodedStrings {
  codes: Int32Array;
  values: string[];
}

/**
 * Orders as typed columns. One row per order (line items already grouped).
 * `text` holds the string roles present (orderId, currency, category, product, status, customerName,
 * email, region, channel) and kept columns as `keep:<header>`.
 */
export interface OrderTable {
  length: number;
  customer: CodedStrings;
  /** Order day, days since 1970-01-01 UTC. */
  day: Int32Array;
  /** Seconds after midnight in the source's own clock, −1 when the source had no time. */
  time: Int32Array;
  /** Net amount in cents (amount − refund); negative for refunds; NaN when the file had no amount. */
  amountCents: Float64Array;
  /** Units; NaN when unknown. */
  quantity: Float64Array;
  /** 1-based source line of the (first) row of the order. */
  line: Int32Array;
  text: Record<string, CodedStrings>;
}

export interface Workspace {
  id: string;
  name: string;
  /** 'demo' and 'cdnow' mark the built-in samples. */
  sample: 'demo' | 'cdnow' | null;
  /** The currency (ISO code) amounts are in when the data itself names none; absent means unknown. */
  currency?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An inclusive range of ISO days; either end may be null for "from the start" / "to the end". */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** Counts an import reports back to the person. */
export interface ImportSummary {
  ok: true;
  /** What was imported; absent means orders. In a customers import, `ordersRead` counts customers. */
  kind?: ImportKind;
  datasetId: string;
  rowsRead: number;
  ordersRead: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The rejected rows, in file order (at most 100,000 kept; `rejected` is the full count). */
  rejectedRows: RejectedRow[];
  timings: { readMs: number; parseMs: number; persistMs: number };
}

export type ImportResult = ImportSummary | FileFailure;

/** Progress of a running import. */
export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'merging' | 'saving' | 'done';
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}

export const KPI_KEYS = ['revenue', 'orders', 'customers', 'aov', 'repeatRate', 'arpa'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** One calendar month of the Overview chart. */
export interface MonthlyRow {
  /** `YYYY-MM` */
  month: string;
  revenueCents: number;
  orders: number;
  activeCustomers: number;
}

/** Headline numbers for a range. Money in cents of `currency`. */
export interface OverviewKpis {
  revenueCents: number;
  orders: number;
  customers: number;
  aovCents: number;
  /** Share (0–1) of customers with a purchase in the range who made two or more. */
  repeatRate: number;
  arpaCents: number;
}

export interface OverviewResult {
  workspaceId: string;
  range: DateRange;
  /** First and last order day in the whole workspace (ISO), null when there are no orders. */
  dataFrom: string | null;
  dataTo: string | null;
  /** The most common currency code in the data, or null when unknown. */
  currency: string | null;
  kpis: OverviewKpis;
  monthly: MonthlyRow[];
  /** True when this came from the cache without recomputing. */
  cached: boolean;
  computedAt: string;
}
