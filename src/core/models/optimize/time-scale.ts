import type { RfmSummary } from '../summary-rows';

/**
 * The summary with every time divided by `scale` (weights shared), and a scale that puts the largest T at 10
 * time units: the optimiser then starts from a rate parameter of order one whatever unit the caller used.
 */
export function timeScaled(summary: RfmSummary, scale?: number): { summary: RfmSummary; scale: number } {
  let maxT = 0;
  for (const t of summary.T) if (t > maxT) maxT = t;
  const s = scale ?? (maxT > 0 ? maxT / 10 : 1);
  return {
    summary: { x: summary.x, tx: summary.tx.map((t) => t / s), T: summary.T.map((t) => t / s), weight: summary.weight },
    scale: s,
  };
}
