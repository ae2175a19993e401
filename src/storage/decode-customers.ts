import type { CustomerTable } from '../core/customer-types';
import { chunkColumns } from './chunk-columns';
import type { Dict } from './db';
import type { CustomerChunk, CustomersDataset } from './encode-customers';

/** Rebuilds the customers table of `dataset` from its chunk and dictionary records (any order). */
export function decodeCustomers(dataset: CustomersDataset, chunks: CustomerChunk[], dicts: Dict[]): CustomerTable {
  const { column, coded, text } = chunkColumns(dataset.rows, chunks, dicts);
  return {
    length: dataset.rows,
    customer: coded('customer', (c) => c.customer),
    signupDay: column((k) => new Float64Array(k), (c) => c.signupDay, NaN),
    birthday: column((k) => new Float64Array(k), (c) => c.birthday, NaN),
    age: column((k) => new Float64Array(k), (c) => c.age, NaN),
    line: column((k) => new Int32Array(k), (c) => c.line, 0),
    text: text(dataset.textColumns),
  };
}
