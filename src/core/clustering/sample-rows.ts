import { mulberry32 } from '../sample/mulberry32';

/** `size` distinct row numbers of 0…rows−1 drawn with a seeded generator, ascending; all when rows ≤ size. */
export function sampleRows(rows: number, size: number, seed: number): Int32Array {
  const all = new Int32Array(rows);
  for (let i = 0; i < rows; i++) all[i] = i;
  if (rows <= size) return all;
  const random = mulberry32(seed);
  // Partial Fisher–Yates: the first `size` slots end up a uniform sample without replacement.
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (rows - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.slice(0, size).sort();
}
