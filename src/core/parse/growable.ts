/** An Int32Array twice as long as `a` (at least `min`), holding a's values. */
export function grownInt32(a: Int32Array, min: number): Int32Array {
  const next = new Int32Array(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}

/** A Float64Array twice as long as `a` (at least `min`), holding a's values. */
export function grownFloat64(a: Float64Array, min: number): Float64Array {
  const next = new Float64Array(Math.max(min, a.length * 2));
  next.set(a);
  return next;
}
