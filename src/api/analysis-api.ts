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

/** Everything the UI may ask of the worker. Arguments and results are plain data. */
export function createAnalysisApi(db: AtlasDb) {
  void db;
  return {
    /** All workspaces, samples first on first run, then by creation. */
    async listWorkspaces(): Promise<WorkspaceSummary[]> {
      throw new Error('not implemented');
    },
    /** Creates the two sample workspaces when the database has never been seeded. Returns true if it did. */
    async ensureSamples(baseUrl: string, onProgress?: (p: ImportProgress) => void): Promise<boolean> {
      void baseUrl; void onProgress;
      throw new Error('not implemented');
    },
    async createWorkspace(name: string): Promise<Workspace> {
      void name;
      throw new Error('not implemented');
    },
    async renameWorkspace(id: string, name: string): Promise<void> {
      void id; void name;
      throw new Error('not implemented');
    },
    /** Deletes a workspace with all its datasets, chunks and cached results, in one transaction. */
    async deleteWorkspace(id: string): Promise<void> {
      void id;
      throw new Error('not implemented');
    },
    /** Reads the head of a file: encoding, delimiter, header, preview and a proposed mapping. */
    async inspectFile(
      file: Blob,
      fileName: string,
      overrides?: { encoding?: Encoding; delimiter?: Delimiter },
    ): Promise<Inspection | FileFailure> {
      void file; void fileName; void overrides;
      throw new Error('not implemented');
    },
    /** Parses, validates and merges a whole file into the workspace's orders, atomically. */
    async importOrders(
      workspaceId: string,
      file: Blob,
      fileName: string,
      options: ImportOptions,
      onProgress?: (p: ImportProgress) => void,
    ): Promise<ImportResult> {
      void workspaceId; void file; void fileName; void options; void onProgress;
      throw new Error('not implemented');
    },
    /** Stops the running import; it then resolves with `{ ok: false, problem: 'cancelled' }`. */
    async cancelImport(): Promise<void> {
      throw new Error('not implemented');
    },
    /** KPIs and the monthly series for a range, from the cache when the inputs are unchanged. */
    async overview(workspaceId: string, range: DateRange): Promise<OverviewResult | null> {
      void workspaceId; void range;
      throw new Error('not implemented');
    },
    /** The cached overview for a workspace's last-used range, without computing; null when none. */
    async cachedOverview(workspaceId: string): Promise<OverviewResult | null> {
      void workspaceId;
      throw new Error('not implemented');
    },
    async storageInfo(): Promise<StorageInfo> {
      throw new Error('not implemented');
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
