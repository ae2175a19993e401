import { civilDay } from './civil-day';

/** Signals that a cell is not in the simple form, so the full parser must read it. */
export const NOT_SIMPLE = -Infinity;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100000;
}

/**
 * Cents of a plain amount `-?\d+(\.\d{1,2})?` read straight from `s[start, end)` without slicing;
 * `NOT_SIMPLE` for anything else (symbols, separators, spaces), which the full parser then reads.
 */
export function simpleCents(s: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end && s.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  const first = i;
  let whole = 0;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === first || i - first > 13) return NOT_SIMPLE;
  let cents = whole * 100;
  if (i < end) {
    if (s.charCodeAt(i) !== 46 || end - i > 3 || end - i < 2) return NOT_SIMPLE;
    const a = s.charCodeAt(i + 1) - 48;
    const b = end - i === 3 ? s.charCodeAt(i + 2) - 48 : 0;
    if (a < 0 || a > 9 || b < 0 || b > 9) return NOT_SIMPLE;
    cents += a * 10 + b;
  }
  return negative ? -cents : cents;
}

/**
 * Day number (days since 1970-01-01) and seconds of day, packed as `day * 100000 + time + 1`, of an
 * ISO `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DD[T ]HH:MM:SS` in `s[start, end)`; NaN for an
 * impossible date; `NOT_SIMPLE` for any other form.
 */
export function simpleIsoDate(s: string, start: number, end: number): number {
  const len = end - start;
  if ((len !== 10 && len !== 16 && len !== 19) || s.charCodeAt(start + 4) !== 45 || s.charCodeAt(start + 7) !== 45) {
    return NOT_SIMPLE;
  }
  const year = digit(s, start) * 1000 + digit(s, start + 1) * 100 + digit(s, start + 2) * 10 + digit(s, start + 3);
  const month = digit(s, start + 5) * 10 + digit(s, start + 6);
  const dayOfMonth = digit(s, start + 8) * 10 + digit(s, start + 9);
  if (year < 0 || month < 0 || dayOfMonth < 0) return NOT_SIMPLE;
  let time = -1;
  if (len > 10) {
    const sep = s.charCodeAt(start + 10);
    if ((sep !== 84 && sep !== 32) || s.charCodeAt(start + 13) !== 58) return NOT_SIMPLE;
    const hour = digit(s, start + 11) * 10 + digit(s, start + 12);
    const minute = digit(s, start + 14) * 10 + digit(s, start + 15);
    let second = 0;
    if (len === 19) {
      if (s.charCodeAt(start + 16) !== 58) return NOT_SIMPLE;
      second = digit(s, start + 17) * 10 + digit(s, start + 18);
    }
    if (hour < 0 || minute < 0 || second < 0) return NOT_SIMPLE;
    if (hour > 23 || minute > 59 || second > 59) return NaN;
    time = hour * 3600 + minute * 60 + second;
  }
  const day = civilDay(year, month, dayOfMonth);
  return day * 100000 + time + 1;
}
