/**
 * The per-customer summary the BG/NBD family is fitted on, as plain columns in one time unit chosen by the
 * caller (the CDNOW tests use weeks): x = repeat purchase occasions, tx = time from the first to the last
 * purchase (0 when x = 0), T = time from the first purchase to the end of the observation. `weight` counts
 * how many customers a row stands for (1 when absent).
 */
export interface RfmSummary {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight?: Float64Array;
}

/**
 * Merges identical (x, tx, T) rows into one row whose weight is the sum of theirs (time in the input's unit);
 * `rowOf[i]` is the compressed row of input row i, so per-row results can be spread back to customers.
 * Rows keep the order of their first appearance.
 */
export function compressSummary(
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
  weight?: Float64Array,
): RfmSummary & { weight: Float64Array; rowOf: Int32Array } {
  const n = x.length;
  if (tx.length !== n || T.length !== n || (weight !== undefined && weight.length !== n)) {
    throw new RangeError('compressSummary: x, tx, T (and weight) must have the same length');
  }
  const rowOf = new Int32Array(n);
  // Keyed by x, then tx, then T: nested maps avoid building a string per row.
  const index = new Map<number, Map<number, Map<number, number>>>();
  const outX: number[] = [];
  const outTx: number[] = [];
  const outT: number[] = [];
  const outW: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const ti = tx[i]!;
    const Ti = T[i]!;
    let byTx = index.get(xi);
    if (byTx === undefined) index.set(xi, (byTx = new Map()));
    let byT = byTx.get(ti);
    if (byT === undefined) byTx.set(ti, (byT = new Map()));
    let row = byT.get(Ti);
    if (row === undefined) {
      row = outX.length;
      byT.set(Ti, row);
      outX.push(xi);
      outTx.push(ti);
      outT.push(Ti);
      outW.push(0);
    }
    outW[row]! += weight === undefined ? 1 : weight[i]!;
    rowOf[i] = row;
  }
  return {
    x: Float64Array.from(outX),
    tx: Float64Array.from(outTx),
    T: Float64Array.from(outT),
    weight: Float64Array.from(outW),
    rowOf,
  };
}
