import { readFileSync } from 'node:fs';
import type { RfmSummary } from '../../../../src/core/models/summary-rows';

/** The CDNOW calibration summary in weeks (cdnow_customers_summary.csv: ID, frequency, recency, T). */
export function cdnowSummary(): RfmSummary {
  const rows = readFileSync(new URL('../../../../../shared/data/cdnow/cdnow_customers_summary.csv', import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map(Number));
  return {
    x: Float64Array.from(rows, (r) => r[1]!),
    tx: Float64Array.from(rows, (r) => r[2]!),
    T: Float64Array.from(rows, (r) => r[3]!),
  };
}
