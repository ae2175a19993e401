import type { RfmSummary } from '../summary-rows';

/** Every k-th row of a summary with its weight multiplied by k, so sums over rows keep their size (k ≥ 1). */
export function strideSubsample(summary: RfmSummary, k: number): RfmSummary {
  const n = Math.ceil(summary.x.length / k);
  const pick = (column: Float64Array) => Float64Array.from({ length: n }, (_, i) => column[i * k]!);
  const weight = Float64Array.from({ length: n }, (_, i) => k * (summary.weight?.[i * k] ?? 1));
  return { x: pick(summary.x), tx: pick(summary.tx), T: pick(summary.T), weight };
}
