/** The given rows of a `dims`-column row-major matrix, as a new row-major matrix in the order given. */
export function pickRows(matrix: Float64Array, dims: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length * dims);
  rows.forEach((row, i) => out.set(matrix.subarray(row * dims, (row + 1) * dims), i * dims));
  return out;
}
