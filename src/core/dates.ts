/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC) without `Date`, so no time zone,
 * no two-digit-year rule and no engine-specific string parsing can shift a day.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days from 1970-01-01 to the first of March of year 0 in the proleptic Gregorian calendar: counting from
// March puts the leap day last in the year, so month lengths need no table.
const EPOCH_SHIFT = 719468;

function dayOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - EPOCH_SHIFT;
}

function civilOfDay(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const leapDaysSoFar =
    Math.floor(dayOfEra / 1460) - Math.floor(dayOfEra / 36524) + Math.floor(dayOfEra / 146096);
  const yearOfEra = Math.floor((dayOfEra - leapDaysSoFar) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The day number (days since 1970-01-01, UTC) of an ISO `YYYY-MM-DD` date; NaN when not a real date. */
export function isoToDay(iso: string): number {
  const match = ISO_DAY.exec(iso);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const result = dayOfCivil(year, month, day);
  // A day past the month's end (2023-02-29) would roll into the next month: reject it instead.
  return civilOfDay(result)[2] === day ? result : Number.NaN;
}

/** The ISO `YYYY-MM-DD` date (UTC) of a day number (days since 1970-01-01) for years 0–9999. */
export function dayToIso(day: number): string {
  const [y, m, d] = civilOfDay(Math.floor(day));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The month of a day number (days since 1970-01-01, UTC) as months since January of year 0. */
export function dayToMonthIndex(day: number): number {
  const [y, m] = civilOfDay(Math.floor(day));
  return y * 12 + m - 1;
}

/** The `YYYY-MM` key of a month index (months since January of year 0). */
export function monthIndexToKey(monthIndex: number): string {
  return `${pad(Math.floor(monthIndex / 12), 4)}-${pad((monthIndex % 12) + 1, 2)}`;
}
