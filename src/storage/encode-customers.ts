import type { CustomerTable } from '../core/customer-types';
import type { Chunk, Dataset, Dict } from './db';
import { CHUNK_ROWS } from './encode-orders';

/**
 * One stored chunk of a customers dataset, in the `chunks` table beside order chunks (same id, datasetId,
 * index, start and length; its own columns). Until db.ts's `Chunk` and `Dataset` name the customers kind,
 * `asStored` / `fromStored` are the one place these records change type.
 */
export interface CustomerChunk {
  id: string;
  datasetId: string;
  index: number;
  start: number;
  length: number;
  customer: Int32Array;
  signupDay: Float64Array;
  birthday: Float64Array;
  age: Float64Array;
  line: Int32Array;
  text: Record<string, Int32Array>;
}

/** The dataset record of a customers dataset; `rows` and `customers` are both its number of customers. */
export type CustomersDataset = Omit<Dataset, 'kind'> & { kind: 'customers' };

/** Customer records typed as the `chunks` / `datasets` tables declare them (they hold both kinds). */
export function asStored(chunks: CustomerChunk[]): Chunk[];
export function asStored(dataset: CustomersDataset): Dataset;
export function asStored(records: CustomerChunk[] | CustomersDataset): Chunk[] | Dataset {
  return records as unknown as Chunk[] | Dataset;
}

/**
 * Splits a customers table into chunk records of at most CHUNK_ROWS rows and one dictionary record per
 * string column (`customer` and each `text` column), ready to be written under `datasetId`.
 */
export function encodeCustomers(
  table: CustomerTable, datasetId: string,
): { chunks: CustomerChunk[]; dicts: Dict[] } {
  const textColumns = Object.keys(table.text);
  const dicts: Dict[] = [
    { id: `${datasetId}:customer`, datasetId, column: 'customer', values: table.customer.values },
    ...textColumns.map((column) => ({
      id: `${datasetId}:text:${column}`, datasetId, column: `text:${column}`, values: table.text[column]!.values,
    })),
  ];
  const chunks: CustomerChunk[] = [];
  for (let start = 0, index = 0; start < table.length || index === 0; start += CHUNK_ROWS, index++) {
    const end = Math.min(table.length, start + CHUNK_ROWS);
    const text: Record<string, Int32Array> = {};
    for (const column of textColumns) text[column] = table.text[column]!.codes.slice(start, end);
    // slice: structured clone stores a view's whole buffer, so every column is copied to its exact size.
    chunks.push({
      id: `${datasetId}:${index}`, datasetId, index, start, length: end - start,
      customer: table.customer.codes.slice(start, end),
      signupDay: table.signupDay.slice(start, end),
      birthday: table.birthday.slice(start, end),
      age: table.age.slice(start, end),
      line: table.line.slice(start, end),
      text,
    });
  }
  return { chunks, dicts };
}
