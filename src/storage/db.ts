import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { SavedSegment } from '../core/customer-types';
import type { OverviewResult, Workspace } from '../core/types';

/** Metadata of one stored dataset; its rows live in `chunks`, its string dictionaries in `dicts`. */
export interface Dataset {
  id: string;
  workspaceId: string;
  /** A workspace holds at most one dataset of each kind: its orders and its customers file. */
  kind: 'orders' | 'customers';
  /** Number of orders. */
  rows: number;
  /** Number of distinct customers. */
  customers: number;
  chunkCount: number;
  /** Names of the `text` columns (orderId, status, `keep:<header>`…), each with one record in `dicts`. */
  textColumns: string[];
  /** File names merged into this dataset, oldest first. */
  sourceFiles: string[];
  /** First and last order day (days since 1970-01-01 UTC), null when there are no orders. */
  firstDay: number | null;
  lastDay: number | null;
  createdAt: string;
}

/** Up to CHUNK_ROWS rows of one dataset as typed columns; strings are codes into the dataset's `dicts`. */
export interface Chunk {
  id: string;
  datasetId: string;
  /** Position of the chunk in the dataset, 0-based. */
  index: number;
  /** Row offset of the chunk's first row in the dataset. */
  start: number;
  length: number;
  customer: Int32Array;
  day: Int32Array;
  time: Int32Array;
  amountCents: Float64Array;
  quantity: Float64Array;
  line: Int32Array;
  text: Record<string, Int32Array>;
}

/** The string dictionary of one column of a dataset, stored once for all its chunks. */
export interface Dict {
  /** `${datasetId}:${column}` */
  id: string;
  datasetId: string;
  column: string;
  values: string[];
}

/** A computed result, keyed by its inputs (dataset id, arguments, code version); Overviews unless told. */
export interface CachedResult<T = OverviewResult> {
  key: string;
  workspaceId: string;
  datasetId: string;
  value: T;
  createdAt: string;
}

/**
 * Small key/value facts: 'seeded', and per workspace `lastRange:<id>` and `customerSettings:<id>`.
 */
export interface Meta {
  key: string;
  value: unknown;
}

export type AtlasDb = Dexie & {
  workspaces: EntityTable<Workspace, 'id'>;
  datasets: EntityTable<Dataset, 'id'>;
  chunks: EntityTable<Chunk, 'id'>;
  dicts: EntityTable<Dict, 'id'>;
  results: EntityTable<CachedResult, 'key'>;
  meta: EntityTable<Meta, 'key'>;
  segments: EntityTable<SavedSegment, 'id'>;
};

type SchemaVersion = {
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
};

/** Append-only: never edit a shipped entry, add the next one. Index only what you query. */
const VERSIONS: SchemaVersion[] = [
  {
    stores: {
      workspaces: 'id',
      datasets: 'id, workspaceId',
      chunks: 'id, datasetId',
      dicts: 'id, datasetId',
      meta: 'key',
    },
  },
  { // v2: datasets know their kind; results are cached by the key of their inputs
    stores: {
      datasets: 'id, workspaceId, [workspaceId+kind]',
      results: 'key, workspaceId',
    },
    upgrade: (tx) => tx.table('datasets').toCollection().modify((dataset: Partial<Dataset>) => {
      dataset.kind ??= 'orders'; // v1 stored orders only
    }),
  },
  { // v3: saved micro-segments per workspace (customer settings live in meta)
    stores: {
      segments: 'id, workspaceId',
    },
  },
];

/** The number of the newest schema version. */
export const DB_VERSION = VERSIONS.length;

/** Opens the app's database with the schema versions 1…`upTo` (tests open older ones). */
export function openDb(name = 'account-atlas', upTo = VERSIONS.length): AtlasDb {
  const db = new Dexie(name) as AtlasDb;
  VERSIONS.slice(0, upTo).forEach(({ stores, upgrade }, i) => {
    const version = db.version(i + 1).stores(stores);
    if (upgrade) version.upgrade(upgrade);
  });
  return db;
}
