import type {
  CustomerFrame, CustomerProfiles, CustomerSettings, CustomerTable,
} from '../core/customer-types';
import { customerProfiles } from '../core/customers/customer-profiles';
import { isoToDay } from '../core/dates';
import type { OrderTable } from '../core/types';
import type { AtlasDb, Dataset } from '../storage/db';
import { loadCustomers } from '../storage/load-customers';
import { customersDataset, ordersDataset } from '../storage/workspace-records';
import { customerFrame } from './customer-frame';
import { normalSettings } from './normal-settings';
import type { OrderCache } from './order-cache';

/** What a customer-level question of one workspace reads: its datasets, settings and the built frame. */
export interface PreparedFrame {
  /** The inputs' key: dataset ids and settings; equal keys mean equal frames. */
  key: string;
  workspaceId: string;
  ordersDataset: Dataset | null;
  customersDataset: Dataset | null;
  settings: CustomerSettings;
  orders: OrderTable | null;
  frame: CustomerFrame;
  /** Worker milliseconds spent building it: profiles (0 when reused) and scores + groupings. */
  timings: { profilesMs: number; groupingsMs: number };
}

/** The datasets and normalised settings a frame is built from, and their key. */
export interface FrameInputs {
  key: string;
  ordersDataset: Dataset | null;
  customersDataset: Dataset | null;
  settings: CustomerSettings;
}

/** Holds the latest customer frame (profiles, scores, groupings): lists, conditions and exports share it. */
export interface FrameCache {
  /** The workspace's datasets and settings with their key, without building anything. */
  inputs(workspaceId: string, settings: CustomerSettings): Promise<FrameInputs | null>;
  /** The frame for these inputs, built only when it is not the one held; null when there is no data. */
  get(workspaceId: string, settings: CustomerSettings): Promise<PreparedFrame | null>;
  /** Drops everything held (a workspace was deleted, the database closed). */
  clear(): void;
}

/** A FrameCache over `db` and the worker's order cache, holding one frame (~30 MB at 100k customers). */
export function createFrameCache(db: AtlasDb, orderCache: OrderCache): FrameCache {
  let customersHeld: { datasetId: string; table: Promise<CustomerTable | null> } | null = null;
  let profilesHeld: { key: string; profiles: Promise<CustomerProfiles> } | null = null;
  let frameHeld: { key: string; prepared: Promise<PreparedFrame> } | null = null;

  function customersOf(dataset: Dataset): Promise<CustomerTable | null> {
    if (customersHeld?.datasetId !== dataset.id) {
      const table = loadCustomers(db, dataset.workspaceId);
      customersHeld = { datasetId: dataset.id, table };
      table.catch(() => { if (customersHeld?.table === table) customersHeld = null; });
    }
    return customersHeld.table;
  }

  async function inputs(workspaceId: string, given: CustomerSettings): Promise<FrameInputs | null> {
    const [orders, customers] = await db.transaction('r', db.datasets, () => Promise.all([
      ordersDataset(db, workspaceId), customersDataset(db, workspaceId),
    ]));
    if (!orders && !customers) return null;
    const settings = normalSettings(given);
    const key = `${orders?.id ?? '-'}|${customers?.id ?? '-'}|${JSON.stringify(settings)}`;
    return { key, ordersDataset: orders ?? null, customersDataset: customers ?? null, settings };
  }

  async function build(workspaceId: string, input: FrameInputs): Promise<PreparedFrame> {
    const { ordersDataset: ordersDs, customersDataset: customersDs, settings } = input;
    const [orders, customers] = await Promise.all([
      ordersDs ? orderCache.get(ordersDs) : null,
      customersDs ? customersOf(customersDs) : null,
    ]);
    // Profiles depend on the data and the as-of day only: changing tiers or cuts reuses them.
    const profilesKey = `${ordersDs?.id ?? '-'}|${customersDs?.id ?? '-'}|${settings.asOf ?? ''}`;
    let profilesMs = 0;
    if (profilesHeld?.key !== profilesKey) {
      const asOfDay = settings.asOf === null ? Number.NaN : isoToDay(settings.asOf);
      const profiles = Promise.resolve().then(() => {
        const t0 = performance.now();
        const built = customerProfiles(orders, customers, Number.isNaN(asOfDay) ? null : asOfDay);
        profilesMs = performance.now() - t0;
        return built;
      });
      profilesHeld = { key: profilesKey, profiles };
      profiles.catch(() => { if (profilesHeld?.profiles === profiles) profilesHeld = null; });
    }
    const profiles = await profilesHeld.profiles;
    const t0 = performance.now();
    const frame = customerFrame(profiles, settings);
    return {
      key: input.key, workspaceId, ordersDataset: ordersDs, customersDataset: customersDs, settings, orders,
      frame, timings: { profilesMs, groupingsMs: performance.now() - t0 },
    };
  }

  return {
    inputs,
    async get(workspaceId, settings) {
      const input = await inputs(workspaceId, settings);
      if (!input) return null;
      if (frameHeld?.key !== input.key) {
        const prepared = build(workspaceId, input);
        frameHeld = { key: input.key, prepared };
        prepared.catch(() => { if (frameHeld?.prepared === prepared) frameHeld = null; });
      }
      return frameHeld.prepared;
    },
    clear() {
      customersHeld = null;
      profilesHeld = null;
      frameHeld = null;
    },
  };
}
