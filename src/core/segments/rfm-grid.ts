import type { CustomerProfiles, RfmScores, RfmSummary } from '../customer-types';
import { fmScore } from './fm-score';
import { rfmSegment } from './rfm-segment';

/**
 * The RFM grid: one cell per (R, FM) score pair holding at least one scored customer, R ascending then FM
 * ascending, with its customers, their net revenue (cents; non-finite values left out) and its segment.
 */
export function rfmGrid(scores: RfmScores, profiles: CustomerProfiles): RfmSummary['grid'] {
  const customers = new Float64Array(36);
  const revenue = new Float64Array(36);
  for (let i = 0; i < scores.r.length; i++) {
    const r = scores.r[i]!;
    const f = scores.f[i]!;
    const m = scores.m[i]!;
    if (r === 0 || f === 0 || m === 0) continue;
    const cell = r * 6 + fmScore(f, m);
    customers[cell]!++;
    const v = profiles.revenueCents[i]!;
    if (Number.isFinite(v)) revenue[cell]! += v;
  }
  const grid: RfmSummary['grid'] = [];
  for (let r = 1; r <= 5; r++) {
    for (let fm = 1; fm <= 5; fm++) {
      const cell = r * 6 + fm;
      if (customers[cell]! === 0) continue;
      const segment = rfmSegment(r, fm);
      grid.push({ r, fm, customers: customers[cell]!, revenueCents: revenue[cell]!, segment });
    }
  }
  return grid;
}
