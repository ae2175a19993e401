import type {
  Condition,
  CustomerColumn,
  CustomerSettings,
  GroupSummary,
  GroupingKey,
  LifecycleStage,
  RfmSummary,
  SavedSegment,
} from '../core/customer-types';
import type { AtlasDb } from '../storage/db';

/** Everything the Segments screen shows, small enough to cross to the page; cached by its inputs. */
export interface SegmentsResult {
  workspaceId: string;
  settings: CustomerSettings;
  asOf: string;
  currency: string | null;
  counts: {
    /** Every customer known from orders or the customers file. */
    customers: number;
    purchasers: number;
    /** With orders but no row in the customers file, and the other way round. */
    ordersOnly: number;
    fileOnly: number;
    inBoth: number;
    revenueCents: number;
  };
  rfm: RfmSummary;
  /** Per grouping key (rfm, cnEight, tier, behaviour, lifecycle, attr:<name>), its groups in display order. */
  groupings: Record<string, GroupSummary[]>;
  /** The attribute groupings available (names of customer attributes with few distinct values). */
  attributes: string[];
  /** Lifecycle stage sizes at the end of each month, oldest first. */
  trend: Array<{ month: string; stage: LifecycleStage; customers: number }>;
  cached: boolean;
}

/** Which customers a list shows. */
export interface CustomerFilter {
  /** A grouping and one of its groups, or a saved segment as `segment:<id>`. */
  grouping?: GroupingKey | `segment:${string}`;
  group?: string;
  /** An unsaved condition (the builder's current one). */
  condition?: Condition | null;
  /** Case-insensitive substring of id, name or email. */
  search?: string;
}

// The columns live in core so the list and the export can be built there; re-exported for the UI.
export { CUSTOMER_COLUMNS } from '../core/customer-types';
export type { CustomerColumn } from '../core/customer-types';

export interface CustomerPageQuery {
  filter: CustomerFilter;
  sort: { column: CustomerColumn; direction: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

/** One page of customers: rows as plain values (days as ISO strings, money in cents), and the total. */
export interface CustomerPage {
  total: number;
  offset: number;
  rows: Array<Record<string, string | number | null>>;
}

/** Size of a condition's segment as the builder shows it. */
export interface SegmentEvaluation {
  customers: number;
  /** Shares (0–1) of all customers and of all net revenue. */
  share: number;
  revenueShare: number;
}

/** The customer-level part of the worker api; createAnalysisApi spreads it in. */
export function createCustomersApi(db: AtlasDb) {
  void db;
  return {
    /** Profiles, RFM, groupings and the stage trend for a workspace, from the cache when inputs are unchanged. */
    async segments(workspaceId: string, settings: CustomerSettings): Promise<SegmentsResult | null> {
      void workspaceId; void settings;
      throw new Error('not implemented');
    },
    /** One page of the customer list, sorted and filtered in the worker. */
    async customerPage(workspaceId: string, settings: CustomerSettings, query: CustomerPageQuery): Promise<CustomerPage> {
      void workspaceId; void settings; void query;
      throw new Error('not implemented');
    },
    /** How many customers (and what share of revenue) a condition selects. */
    async evaluateCondition(workspaceId: string, settings: CustomerSettings, condition: Condition): Promise<SegmentEvaluation> {
      void workspaceId; void settings; void condition;
      throw new Error('not implemented');
    },
    async listSegments(workspaceId: string): Promise<SavedSegment[]> {
      void workspaceId;
      throw new Error('not implemented');
    },
    async saveSegment(segment: Omit<SavedSegment, 'createdAt' | 'updatedAt'>): Promise<SavedSegment> {
      void segment;
      throw new Error('not implemented');
    },
    /** The workspace's customer settings (as-of day, RFM cuts, tiers, rules); defaults when never saved. */
    async customerSettings(workspaceId: string): Promise<CustomerSettings> {
      void workspaceId;
      throw new Error('not implemented');
    },
    async saveCustomerSettings(workspaceId: string, settings: CustomerSettings): Promise<void> {
      void workspaceId; void settings;
      throw new Error('not implemented');
    },
    async deleteSegment(id: string): Promise<void> {
      void id;
      throw new Error('not implemented');
    },
    /**
     * The filtered, sorted list as CSV bytes (UTF-8 with BOM; cells starting with = + - @ neutralised) with
     * the chosen columns; `headers` are the translated column titles, `labels` translated group names.
     */
    async exportCustomers(
      workspaceId: string,
      settings: CustomerSettings,
      filter: CustomerFilter,
      columns: CustomerColumn[],
      headers: Record<string, string>,
      labels: Record<string, string>,
    ): Promise<Uint8Array> {
      void workspaceId; void settings; void filter; void columns; void headers; void labels;
      throw new Error('not implemented');
    },
  };
}

export type CustomersApi = ReturnType<typeof createCustomersApi>;
