/**
 * The 1–5 score of bin `bin` (0-based, 0 = the lowest values) out of `bins` (1–5): five bins score 1..5;
 * fewer are spread evenly with the lowest at 1 and the highest at 5 (2 bins → 1, 5; 3 → 1, 3, 5;
 * 4 → 1, 2, 4, 5). A single bin tells no customer apart, so it scores the neutral 3.
 */
export function scoreOfBin(bin: number, bins: number): number {
  return bins <= 1 ? 3 : 1 + Math.round((4 * bin) / (bins - 1));
}
