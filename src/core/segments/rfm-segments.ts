import { RFM_SEGMENTS } from '../customer-types';
import type { Grouping, RfmScores } from '../customer-types';
import { fmScore } from './fm-score';
import { rfmSegment } from './rfm-segment';

/**
 * The named RFM segment of every customer (key 'rfm', groups in RFM_SEGMENTS order): the segment of
 * (R, FM) with FM = round half up of (F + M) / 2; −1 for a customer with any score 0 (not scored).
 */
export function rfmSegments(scores: RfmScores): Grouping {
  const cellCode = new Int16Array(36).fill(-1);
  for (let r = 1; r <= 5; r++) {
    for (let fm = 1; fm <= 5; fm++) cellCode[r * 6 + fm] = RFM_SEGMENTS.indexOf(rfmSegment(r, fm));
  }
  const n = scores.r.length;
  const codes = new Int16Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = scores.r[i]!;
    const f = scores.f[i]!;
    const m = scores.m[i]!;
    if (r === 0 || f === 0 || m === 0) continue;
    codes[i] = cellCode[r * 6 + fmScore(f, m)]!;
  }
  return { key: 'rfm', groups: [...RFM_SEGMENTS], codes };
}
