/** Days in each month of a non-leap year; February is fixed up by `daysInMonth`. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days (28–31) in a calendar month; 0 when the month is outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

/**
 * Day number (days since 1970-01-01, UTC) of a proleptic Gregorian date, or NaN when the date
 * does not exist (2024-02-30, month 13) or the year is outside 1000–9999.
 */
export function civilDay(year: number, month: number, day: number): number {
  if (year < 1000 || year > 9999 || day < 1 || day > daysInMonth(year, month)) return NaN;
  // Howard Hinnant's days_from_civil: integer-only, so it is exact and cheap in a hot loop.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
