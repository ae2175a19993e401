import type { DateRange } from '../core/types';

/** Quick date ranges of the Overview, all ending on the data's last order day. */
export const RANGE_PRESETS = ['all', 'last12', 'thisYear', 'last90'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The range of a preset relative to `dataTo` (ISO day, UTC): last 12 months is the 12 whole months up
 * to that day (2024-05-10 → from 2023-05-11), last 90 days counts that day as the 90th, this year starts on
 * 1 January of its year. Without a `dataTo`, or for 'all', the range is open at both ends.
 */
export function presetRange(preset: RangePreset, dataTo: string | null): DateRange {
  if (preset === 'all' || !dataTo) return { from: null, to: null };
  const end = new Date(`${dataTo}T00:00:00Z`);
  if (Number.isNaN(end.getTime())) return { from: null, to: null };
  if (preset === 'thisYear') return { from: `${dataTo.slice(0, 4)}-01-01`, to: dataTo };
  const start = new Date(end);
  if (preset === 'last90') {
    start.setUTCDate(start.getUTCDate() - 89);
  } else {
    const day = end.getUTCDate();
    start.setUTCDate(1);
    start.setUTCFullYear(end.getUTCFullYear() - 1);
    // a month shorter than the end's day (29 Feb → 2023-02) clamps to its last day
    const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
    start.setUTCDate(Math.min(day, lastDay));
    start.setUTCDate(start.getUTCDate() + 1);
  }
  return { from: isoDay(start), to: dataTo };
}

/** The preset that produces exactly `range` for this data, or 'custom'. */
export function matchingPreset(range: DateRange, dataTo: string | null): RangePreset | 'custom' {
  for (const preset of RANGE_PRESETS) {
    const candidate = presetRange(preset, dataTo);
    if (candidate.from === range.from && candidate.to === range.to) return preset;
  }
  return 'custom';
}
