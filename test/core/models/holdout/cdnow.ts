import { readFileSync } from 'node:fs';
import { isoToDay } from '../../../../src/core/dates';
import type { OrderTable } from '../../../../src/core/types';

/** Rows of a shared CDNOW csv file, header dropped, cells as text. */
export function readCdnow(name: string): string[][] {
  return readFileSync(new URL('../../../../../shared/data/cdnow/' + name, import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

/** Distinct customer-days of the raw rows after 1997-09-30 (the holdout), as `id day` strings. */
export function holdoutPairs(): Set<string> {
  const rows = readCdnow('cdnow_sample_transactions.csv');
  return new Set(rows.filter((r) => r[1]! > '1997-09-30').map((r) => `${r[0]} ${r[1]}`));
}

/** cdnow_sample_transactions.csv as the importer would store it (ids in first-seen order, amounts in cents). */
export function cdnowOrders(): OrderTable {
  const rows = readCdnow('cdnow_sample_transactions.csv');
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from(rows, ([id]) => {
    let code = codeOf.get(id!);
    if (code === undefined) codeOf.set(id!, (code = values.push(id!) - 1));
    return code;
  });
  return {
    length: rows.length,
    customer: { codes, values },
    day: Int32Array.from(rows, (r) => isoToDay(r[1]!)),
    time: new Int32Array(rows.length).fill(-1),
    amountCents: Float64Array.from(rows, (r) => Math.round(Number(r[3]) * 100)),
    quantity: Float64Array.from(rows, (r) => Number(r[2])),
    line: Int32Array.from(rows, (_, i) => i + 2),
    text: {},
  };
}
