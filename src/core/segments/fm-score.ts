/**
 * The FM score of an F and an M score (1–5): their mean rounded half up, so F 2 and M 3 give 3. Half up
 * because the two dimensions are equal partners and a customer should not lose a half point to rounding.
 */
export function fmScore(f: number, m: number): number {
  return Math.floor((f + m + 1) / 2);
}
