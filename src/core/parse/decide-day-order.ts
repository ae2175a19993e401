import type { DayOrder } from '../types';

/** The day order for a date column, whether the values left it open, and the value that decided it. */
export interface DayOrderDecision {
  dayOrder: DayOrder;
  ambiguous: boolean;
  evidence: string | null;
}

const SHORT = /^\s*(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}(?:\D|$)/;

/**
 * Decides whether `a/b/yyyy` dates in a column are month-first or day-first from all its values: a first
 * part over 12 means day-first, a second part over 12 month-first, `D.M.YYYY` is day-first. When no value
 * decides, `dayFirstHint` (a European-looking file) picks day-first, otherwise month-first, and the
 * decision is marked ambiguous.
 */
export function decideDayOrder(values: readonly string[], dayFirstHint = false): DayOrderDecision {
  let dmy: string | null = null;
  let mdy: string | null = null;
  let dots: string | null = null;
  let dmyCount = 0;
  let mdyCount = 0;
  let short = 0;
  for (const value of values) {
    const m = SHORT.exec(value);
    if (!m) continue;
    short++;
    if (m[2] === '.') dots ??= value.trim();
    else if (Number(m[1]) > 12) {
      dmy ??= value.trim();
      dmyCount++;
    } else if (Number(m[3]) > 12) {
      mdy ??= value.trim();
      mdyCount++;
    }
  }
  if (dmyCount > 0 || mdyCount > 0) {
    return dmyCount >= mdyCount
      ? { dayOrder: 'dmy', ambiguous: false, evidence: dmy }
      : { dayOrder: 'mdy', ambiguous: false, evidence: mdy };
  }
  if (dots !== null) return { dayOrder: 'dmy', ambiguous: false, evidence: dots };
  if (short === 0) return { dayOrder: 'mdy', ambiguous: false, evidence: null };
  return { dayOrder: dayFirstHint ? 'dmy' : 'mdy', ambiguous: true, evidence: null };
}
