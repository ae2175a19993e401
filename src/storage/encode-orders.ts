import type { OrderTable } from '../core/types';
import type { Chunk, Dict } from './db';

/** Rows per stored chunk: few records per dataset, each small enough to clone without a long pause. */
export const CHUNK_ROWS = 262_144;

/** The `dicts` record id of one column of a dataset: one record per column, shared by all chunks. */
function dictId(datasetId: string, column: string): string {
  return `${datasetId}:${column}`;
}

/**
 * Splits an order table into chunk records of at most CHUNK_ROWS rows and one dictionary record per
 * string column (`customer` and each `text` column), ready to be written under `datasetId`.
 */
export function encodeOrders(table: OrderTable, datasetId: string): { chunks: Chunk[]; dicts: Dict[] } {
  const textColumns = Object.keys(table.text);
  const dicts: Dict[] = [
    { id: dictId(datasetId, 'customer'), datasetId, column: 'customer', values: table.customer.values },
    ...textColumns.map((column) => ({
      id: dictId(datasetId, `text:${column}`),
      datasetId,
      column: `text:${column}`,
      values: table.text[column]!.values,
    })),
  ];
  const chunks: Chunk[] = [];
  for (let start = 0, index = 0; start < table.length || index === 0; start += CHUNK_ROWS, index++) {
    const end = Math.min(table.length, start + CHUNK_ROWS);
    const text: Record<string, Int32Array> = {};
    for (const column of textColumns) text[column] = part(table.text[column]!.codes, start, end);
    chunks.push({
      id: `${datasetId}:${index}`,
      datasetId,
      index,
      start,
      length: end - start,
      customer: part(table.customer.codes, start, end),
      day: part(table.day, start, end),
      time: part(table.time, start, end),
      amountCents: part(table.amountCents, start, end),
      quantity: part(table.quantity, start, end),
      line: part(table.line, start, end),
      text,
    });
  }
  return { chunks, dicts };
}

/**
 * A compact copy of rows `start…end`. Structured clone stores a view's whole buffer, so a view into a
 * larger array (or a table column with spare capacity) is copied to an exact-size array first.
 */
function part<T extends Int32Array | Float64Array>(column: T, start: number, end: number): T {
  if (start === 0 && end === column.length && column.byteOffset === 0
    && column.buffer.byteLength === column.byteLength) return column;
  return column.slice(start, end) as T;
}
