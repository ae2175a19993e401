import type { OrderTable } from '../core/types';
import { chunkColumns } from './chunk-columns';
import type { Chunk, Dataset, Dict } from './db';

/** Rebuilds the order table of `dataset` from its chunk and dictionary records (any order). */
export function decodeOrders(dataset: Dataset, chunks: Chunk[], dicts: Dict[]): OrderTable {
  const { column, coded, text } = chunkColumns(dataset.rows, chunks, dicts);
  return {
    length: dataset.rows,
    customer: coded('customer', (c) => c.customer),
    day: column((k) => new Int32Array(k), (c) => c.day, 0),
    time: column((k) => new Int32Array(k), (c) => c.time, -1),
    amountCents: column((k) => new Float64Array(k), (c) => c.amountCents, NaN),
    quantity: column((k) => new Float64Array(k), (c) => c.quantity, NaN),
    line: column((k) => new Int32Array(k), (c) => c.line, 0),
    text: text(dataset.textColumns),
  };
}
