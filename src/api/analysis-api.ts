import { overviewOf } from '../core/metrics/overview';
import { HEAD_BYTES, inspect } from '../core/parse/inspect';
import type {
  DateRange,
  Encoding,
  Delimiter,
  FileFailure,
  ImportOptions,
  ImportProgress,
  ImportResult,
  Inspection,
  OverviewResult,
  Workspace,
} from '../core/types';
import type { AtlasDb } from '../storage/db';
import { storageEstimate, type StorageLike } from '../storage/storage-estimate';
import {
  deleteWorkspaceRecords,
  lastRangeKey,
  ordersDataset,
  workspaceSummaries,
} from '../storage/workspace-records';
import { createFrameCache } from './customer-frame-cache';
import { createCustomersApi } from './customers-api';
import { runCustomersImport } from './import-customers';
import { createOrderCache } from './order-cache';
import { createPredictionsApi } from './predictions-api';
import { runImport, type ImportJob } from './run-import';
import { createTrendsApi } from './trends-api';

/** A workspace as the workspace switcher lists it. */
export interface WorkspaceSummary extends Workspace {
  orders: number;
  customers: number;
}

/** Storage facts shown to the person (bytes). */
export interface StorageInfo {
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

/** What the api takes from its surroundings; the defaults are the worker's globals. */
export interface ApiEnvironment {
  /** `navigator.storage`, absent in Node. */
  storage?: StorageLike;
  fetch?: (url: string) => Promise<Response>;
  /** Bytes decoded per import step (tests make it small). */
  chunkBytes?: number;
}

/** Bump when a change of the analysis code changes its results: cached results then no longer match. */
export const CODE_VERSION = 1;

/** The cache key of an Overview: its inputs are the dataset (a new id per import), the range and the code. */
function overviewKey(datasetId: string, range: DateRange): string {
  return `overview|v${CODE_VERSION}|${datasetId}|${range.from ?? ''}|${range.to ?? ''}`;
}

const ignore = () => {};

const SAMPLES = ['demo', 'cdnow'] as const;
type SampleKind = (typeof SAMPLES)[number];

/** Calls a callback (maybe a Comlink proxy, whose call returns a promise) without waiting or failing. */
function callQuietly<A extends unknown[]>(callback: (...args: A) => void, ...args: A): void {
  try {
    const sent = callback(...args) as unknown;
    if (sent instanceof Promise) sent.catch(ignore);
  } catch { /* a page that went away cannot be told */ }
}

function report(onProgress: ((p: ImportProgress) => void) | undefined): (p: ImportProgress) => void {
  return onProgress ? (p) => callQuietly(onProgress, p) : ignore;
}

function defaultEnvironment(): ApiEnvironment {
  const g = globalThis as { navigator?: { storage?: StorageLike }; fetch?: typeof fetch };
  return { storage: g.navigator?.storage, fetch: g.fetch ? (url) => g.fetch!(url) : undefined };
}

/**
 * Everything the UI may ask of the worker. Arguments and results are plain data; callbacks come as
 * Comlink `proxy(fn)`.
 */
export function createAnalysisApi(db: AtlasDb, env: ApiEnvironment = defaultEnvironment()) {
  const orders = createOrderCache(db);
  const frames = createFrameCache(db, orders);
  const running = new Set<ImportJob>();
  const versionListeners = new Set<() => void>();
  let importQueue: Promise<unknown> = Promise.resolve();
  let seeding: Promise<boolean> | null = null;
  let restoring: Promise<number> | null = null;

  // Persisting is the page's call in browsers (persist() is not exposed to workers); this covers the rest.
  void env.storage?.persist?.().catch(ignore);

  db.on('versionchange', () => {
    // Another tab opens a newer schema: let it proceed, and tell the page to reload onto it.
    db.close();
    orders.clear();
    frames.clear();
    for (const listener of versionListeners) callQuietly(listener);
  });

  /** Imports run one after another, so two merges never start from the same stored dataset. */
  function queueImport(
    workspaceId: string, file: Blob, fileName: string, options: ImportOptions,
    onProgress: ((p: ImportProgress) => void) | undefined, cancellable: boolean, run = runImport,
  ): Promise<ImportResult> {
    const job: ImportJob = { cancelled: false };
    if (cancellable) running.add(job);
    const ctx = { db, orders, storage: env.storage, chunkBytes: env.chunkBytes };
    const result = importQueue.then(() => (job.cancelled
      ? { ok: false, problem: 'cancelled' } as const
      : run(ctx, job, workspaceId, file, fileName, options, report(onProgress))));
    importQueue = result.catch(ignore);
    return result.finally(() => running.delete(job));
  }

  async function addWorkspace(
    name: string, sample: Workspace['sample'], currency: string | null = null,
  ): Promise<Workspace> {
    const now = new Date().toISOString();
    const workspace: Workspace = {
      id: crypto.randomUUID(), name: name.trim(), sample, currency, createdAt: now, updatedAt: now,
    };
    await db.workspaces.add(workspace);
    return workspace;
  }

  /** Imports a sample through the same path as a person's file; an empty sample workspace is removed. */
  async function addSample(name: string, sample: 'demo' | 'cdnow', file: Blob, fileName: string,
    onProgress: ((p: ImportProgress) => void) | undefined): Promise<string | null> {
    const inspection = await inspectBlob(file, fileName);
    if (!('mapping' in inspection)) return null;
    // CDNOW's log has no currency column: its amounts are US dollars (Fader & Hardie's data notes).
    const workspace = await addWorkspace(name, sample, sample === 'cdnow' ? 'USD' : null);
    const { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine, decimalComma } = inspection;
    const result = await queueImport(workspace.id, file, fileName,
      { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine, decimalComma }, onProgress, false);
    if (!result.ok) await deleteWorkspaceRecords(db, workspace.id);
    return result.ok ? workspace.id : null;
  }

  /** Creates the given samples in order (the demo shop first) and marks the database seeded. */
  async function addSamples(baseUrl: string, which: readonly SampleKind[],
    onProgress: ((p: ImportProgress) => void) | undefined): Promise<number> {
    let created = 0;
    if (which.includes('demo')) {
      // Loaded only here: the generator is needed once per browser, not on every start.
      const { demoShopCsv } = await import('../core/sample/demo-shop');
      const file = new Blob([demoShopCsv()]);
      const demoId = await addSample('Demo shop · 演示商店', 'demo', file, 'demo-shop.csv', onProgress);
      if (demoId !== null) {
        created++;
        // Its members list, imported as the Import screen would (the detected kind and its proposed mapping);
        // should it fail, the shop keeps its orders.
        const { demoCustomersCsv } = await import('../core/sample/demo-customers');
        const members = new Blob([demoCustomersCsv()]);
        const inspection = await inspectBlob(members, 'demo-customers.csv');
        if ('mapping' in inspection && inspection.kind === 'customers') {
          const { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine, decimalComma } = inspection;
          await queueImport(demoId, members, 'demo-customers.csv',
            { encoding, delimiter, mapping, dayOrder, groupLineItems, headerLine, decimalComma }, onProgress, false,
            runCustomersImport);
        }
      }
    }
    await db.meta.put({ key: 'seeded', value: true });
    if (which.includes('cdnow')) {
      try {
        const response = await env.fetch?.(`${baseUrl}samples/cdnow.csv`);
        if (response?.ok && await addSample('CDNOW', 'cdnow', await response.blob(), 'cdnow.csv', onProgress)) {
          created++;
        }
      } catch { /* offline on first visit: the demo shop is enough */ }
    }
    return created;
  }

  async function inspectBlob(
    file: Blob, fileName: string, overrides?: { encoding?: Encoding; delimiter?: Delimiter },
  ): Promise<Inspection | FileFailure> {
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    return inspect(head, fileName, file.size, overrides);
  }

  // The loader hands frames around inside the worker: the trends api uses it, the page never sees it.
  const { loadCachedPredictions, ...predictionsApi } = createPredictionsApi(db, frames);
  return {
    // Customers, segments and lists: one Comlink surface, sharing this api's order cache.
    ...createCustomersApi(db, frames),
    ...predictionsApi,
    ...createTrendsApi(db, frames, loadCachedPredictions),
    /** All workspaces with their order and customer counts, oldest first: the demo sample, CDNOW, then yours. */
    async listWorkspaces(): Promise<WorkspaceSummary[]> {
      return workspaceSummaries(db);
    },
    /**
     * Creates the two sample workspaces (demo shop first, then CDNOW from `${baseUrl}samples/cdnow.csv`)
     * when the database has never been seeded and holds no workspace. Returns true if it did. Samples the
     * person deletes are not created again.
     */
    async ensureSamples(baseUrl: string, onProgress?: (p: ImportProgress) => void): Promise<boolean> {
      seeding ??= (async () => {
        if (await db.meta.get('seeded')) return false;
        if ((await db.workspaces.count()) > 0) {
          await db.meta.put({ key: 'seeded', value: true });
          return false;
        }
        await addSamples(baseUrl, ['demo', 'cdnow'], onProgress);
        return true;
      })().finally(() => { seeding = null; });
      return seeding;
    },
    /**
     * Brings back the sample workspaces the person deleted (those of `sample` 'demo' / 'cdnow' that are
     * missing), whatever ensureSamples decided before. Returns how many it created.
     */
    async restoreSamples(baseUrl: string, onProgress?: (p: ImportProgress) => void): Promise<number> {
      restoring ??= (async () => {
        const present = new Set((await db.workspaces.toArray()).map((w) => w.sample));
        return addSamples(baseUrl, SAMPLES.filter((s) => !present.has(s)), onProgress);
      })().finally(() => { restoring = null; });
      return restoring;
    },
    /** A new empty workspace (not a sample). */
    async createWorkspace(name: string): Promise<Workspace> {
      return addWorkspace(name, null);
    },
    async renameWorkspace(id: string, name: string): Promise<void> {
      await db.workspaces.update(id, { name: name.trim(), updatedAt: new Date().toISOString() });
    },
    /** Deletes a workspace with all its datasets, chunks and cached results, in one transaction. */
    async deleteWorkspace(id: string): Promise<void> {
      await importQueue; // an import into it would otherwise fail halfway with an error
      await deleteWorkspaceRecords(db, id);
      orders.clear();
      frames.clear();
    },
    /** Reads the head of a file: encoding, delimiter, header, preview and a proposed mapping. */
    async inspectFile(
      file: Blob,
      fileName: string,
      overrides?: { encoding?: Encoding; delimiter?: Delimiter },
    ): Promise<Inspection | FileFailure> {
      return inspectBlob(file, fileName, overrides);
    },
    /**
     * Parses, validates and merges a whole file into the workspace's orders, atomically: the workspace
     * changes only if the whole import commits. Progress comes as (bytes, rows) per ~4 MB read.
     */
    async importOrders(
      workspaceId: string,
      file: Blob,
      fileName: string,
      options: ImportOptions,
      onProgress?: (p: ImportProgress) => void,
    ): Promise<ImportResult> {
      return queueImport(workspaceId, file, fileName, options, onProgress, true);
    },
    /** Like importOrders, for a customers file: merged by customer id into the workspace's customers. */
    async importCustomers(
      workspaceId: string, file: Blob, fileName: string, options: ImportOptions,
      onProgress?: (p: ImportProgress) => void,
    ): Promise<ImportResult> {
      return queueImport(workspaceId, file, fileName, options, onProgress, true, runCustomersImport);
    },
    /** Stops the running import; it then resolves with `{ ok: false, problem: 'cancelled' }`. */
    async cancelImport(): Promise<void> {
      for (const job of running) job.cancelled = true;
    },
    /**
     * KPIs and the monthly series for a range, from the cache when the inputs are unchanged; remembers the
     * range for cachedOverview. Null when the workspace has no orders.
     */
    async overview(workspaceId: string, range: DateRange): Promise<OverviewResult | null> {
      const wanted = { from: range.from, to: range.to };
      await db.meta.put({ key: lastRangeKey(workspaceId), value: wanted });
      const dataset = await ordersDataset(db, workspaceId);
      if (!dataset) return null;
      const key = overviewKey(dataset.id, wanted);
      const hit = await db.results.get(key);
      if (hit) return { ...hit.value, cached: true };
      const [table, workspace] = await Promise.all([orders.get(dataset), db.workspaces.get(workspaceId)]);
      const computedAt = new Date().toISOString();
      const computed = overviewOf(table, wanted);
      const result: OverviewResult = {
        workspaceId, range: wanted, ...computed, currency: computed.currency ?? workspace?.currency ?? null,
        cached: false, computedAt,
      };
      await db.transaction('rw', db.datasets, db.results, async () => {
        // An import may have replaced the dataset meanwhile: cache only what still describes stored data.
        if (await db.datasets.get(dataset.id)) {
          await db.results.put({ key, workspaceId, datasetId: dataset.id, value: result, createdAt: computedAt });
        }
      });
      return result;
    },
    /** The cached overview for a workspace's last-used range, without reading any orders; null when none. */
    async cachedOverview(workspaceId: string): Promise<OverviewResult | null> {
      return db.transaction('r', db.datasets, db.meta, db.results, async () => {
        const [dataset, last] = await Promise.all([
          ordersDataset(db, workspaceId), db.meta.get(lastRangeKey(workspaceId)),
        ]);
        if (!dataset) return null;
        const range = (last?.value as DateRange | undefined) ?? { from: null, to: null };
        const hit = await db.results.get(overviewKey(dataset.id, range));
        return hit ? { ...hit.value, cached: true } : null;
      });
    },
    /** Bytes used and allowed for this origin, and whether the browser keeps them under pressure. */
    async storageInfo(): Promise<StorageInfo> {
      const { usage, quota } = await storageEstimate(env.storage);
      const persisted = await env.storage?.persisted?.().catch(() => false) ?? false;
      return { usage, quota, persisted };
    },
    /**
     * Registers `callback` (a Comlink `proxy(fn)`) for when another tab upgrades or deletes the database:
     * this worker has then closed its connection, and the page should say so and reload.
     */
    async onVersionChange(callback: () => void): Promise<void> {
      versionListeners.add(callback);
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
