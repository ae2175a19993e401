import type { CustomerProfiles, CustomerSettings, RfmScores, RfmSummary } from '../customer-types';
import { scoreOfBin } from './score-of-bin';

type Dimension = keyof RfmSummary['cuts'];
type Note = RfmSummary['notes'][number];

/**
 * RFM scores 1–5 of every customer with a purchase (orders > 0); others score 0 in all three.
 *
 * - Recency is days since the last purchase (fewer days score higher, 5 = most recent), frequency the number
 *   of purchases (orders, not occasions: the customary RFM count), monetary the net revenue in cents.
 * - Cut points are ascending upper bounds of the value groups, in the dimension's own unit: a value ≤ cuts[0]
 *   is in the first group, ≤ cuts[1] the second, …, above the last cut the last group. The first group scores
 *   lowest for frequency and monetary and highest for recency.
 * - Without cuts from the person (null or empty), groups are quintiles by rank: values are ranked ascending
 *   and a value falls into the quintile of the rank of its first occurrence, floor(5 · rank / n), so equal
 *   values always share a score, and a value shared by more than a fifth of the customers swallows the
 *   quintiles its run covers. Quintiles left without a value of their own drop out: such a dimension gets
 *   fewer bins, scored by scoreOfBin (spread over 1..5), with a note `rfm.collapsed` saying how many bins,
 *   why (`reason: 'fewDistinctValues'` when fewer than five distinct values exist, else `'mostCommonValue'`),
 *   the share of customers holding the most common value and that value, and the number of distinct values.
 * - Cuts from the person are used as given (non-finite dropped, sorted, duplicates removed, at most four
 *   kept, from the lowest); empty groups stay, and the groups are scored by scoreOfBin too.
 * - A purchaser whose value is not a finite number is not scored in that dimension (0).
 */
export function rfmScores(profiles: CustomerProfiles, cuts: CustomerSettings['rfmCuts']): RfmScores {
  const n = profiles.length;
  const purchaser = new Uint8Array(n);
  for (let i = 0; i < n; i++) purchaser[i] = profiles.orders[i]! > 0 ? 1 : 0;
  const notes: Note[] = [];
  const r = scoreDimension('recency', profiles.daysSinceLast, purchaser, cuts.recency, true, notes);
  const f = scoreDimension('frequency', profiles.orders, purchaser, cuts.frequency, false, notes);
  const m = scoreDimension('monetary', profiles.revenueCents, purchaser, cuts.monetary, false, notes);
  return {
    r: r.scores,
    f: f.scores,
    m: m.scores,
    cuts: { recency: r.cuts, frequency: f.cuts, monetary: m.cuts },
    bins: { recency: r.bins, frequency: f.bins, monetary: m.bins },
    notes,
  };
}

function scoreDimension(
  dimension: Dimension,
  values: ArrayLike<number>,
  purchaser: Uint8Array,
  chosen: number[] | null,
  lowIsBest: boolean,
  notes: Note[],
): { scores: Uint8Array; cuts: number[]; bins: number } {
  const n = purchaser.length;
  const scores = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (purchaser[i] === 1 && Number.isFinite(values[i]!)) count++;
  if (count === 0) return { scores, cuts: [], bins: 0 };

  let cuts: number[];
  if (chosen !== null && chosen.length > 0) {
    cuts = [...new Set(chosen.filter((c) => Number.isFinite(c)))].sort((a, b) => a - b).slice(0, 4);
  } else {
    const sorted = new Float64Array(count);
    for (let i = 0, k = 0; i < n; i++) {
      const v = values[i]!;
      if (purchaser[i] === 1 && Number.isFinite(v)) sorted[k++] = v;
    }
    sorted.sort();
    cuts = quintileCuts(sorted);
    if (cuts.length < 4) notes.push(collapsedNote(dimension, sorted, cuts.length + 1));
  }

  const bins = cuts.length + 1;
  const scoreOf = new Uint8Array(bins);
  for (let b = 0; b < bins; b++) scoreOf[b] = scoreOfBin(lowIsBest ? bins - 1 - b : b, bins);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (purchaser[i] !== 1 || !Number.isFinite(v)) continue;
    let bin = 0;
    while (bin < cuts.length && v > cuts[bin]!) bin++;
    scores[i] = scoreOf[bin]!;
  }
  return { scores, cuts, bins };
}

/** Upper bounds of the non-empty quintiles of ascending values, a value in the quintile of its first rank. */
function quintileCuts(sorted: Float64Array): number[] {
  const n = sorted.length;
  const cuts: number[] = [];
  let quintile = 0;
  for (let i = 1; i < n; i++) {
    if (sorted[i] === sorted[i - 1]) continue;
    const q = Math.floor((5 * i) / n);
    if (q !== quintile) {
      cuts.push(sorted[i - 1]!);
      quintile = q;
    }
  }
  return cuts;
}

function collapsedNote(dimension: Dimension, sorted: Float64Array, bins: number): Note {
  let distinct = 0;
  let longest = 0;
  let value = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    distinct++;
    if (j - i > longest) [longest, value] = [j - i, sorted[i]!];
    i = j;
  }
  return {
    key: 'rfm.collapsed',
    params: {
      dimension,
      bins,
      reason: distinct < 5 ? 'fewDistinctValues' : 'mostCommonValue',
      share: longest / sorted.length,
      value,
      distinct,
    },
  };
}
