/**
 * [1 − (b/(b+t))^(s−1)] / (s − 1) for b, t in one time unit (a time, in that unit): the mean time a customer
 * alive at the start is still alive within the next t, over the time scale b; continuous at s = 1.
 */
export function lifetimeFactor(s: number, b: number, t: number): number {
  const logRatio = Math.log1p(t / b);
  const e = s - 1;
  return e === 0 ? logRatio : -Math.expm1(-e * logRatio) / e;
}
