import type { DayOrder } from '../types';
import { civilDay } from './civil-day';

/** A calendar day (days since 1970-01-01) and a time of day in seconds, −1 when the text had none. */
export interface DayTime {
  day: number;
  time: number;
}

// Optional time after a date: `T10:00`, ` 10:00:00.123`, ` 3:05 PM`, ` 下午3:05`, then an optional zone that
// is read past but not applied, because the order day is the calendar day as written in the file.
const TIME = String.raw`(?:(?:T|\s+)(上午|下午)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,]\d+)?)?\s*` +
  String.raw`([AaPp]\.?[Mm]\.?)?\s*(?:Z|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const XYY = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Month names, as Excel (`1-May-24`, `01-MAY-2024`) and US reports (`May 1, 2024`, `Wed, May 1, 2024`) write them.
const NAME_DMY = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s./-]+([A-Za-z]{3,9})\.?[\s.,/-]+(\d{4}|\d{2})${TIME}$`);
const NAME_MDY = new RegExp(String.raw`^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`);
// An Excel serial day (1900 system) left in a cell formatted as General: 32874 is 1990-01-01, 73050 is 2099-12-31.
const SERIAL = /^(\d{5})(?:\.(\d+))?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month 1–12 of an English month name or its three-letter (or `Sept`) abbreviation; 0 for anything else. */
function monthOf(name: string): number {
  const n = name.toLowerCase();
  const short = MONTHS.indexOf(n.slice(0, 3) as (typeof MONTHS)[number]);
  if (short < 0) return 0;
  return n.length === 3 || n === 'sept' || FULL_MONTHS[short] === n ? short + 1 : 0;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? year + (year < 50 ? 2000 : 1900) : year;
}
const ZH_TIME = TIME.replace('(?:T|\\s+)', '(?:T|\\s*)');
const ZH = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${ZH_TIME}$`);

function timeOf(zh?: string, h?: string, m?: string, s?: string, ampm?: string): number {
  if (h === undefined || m === undefined) return -1;
  let hour = Number(h);
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (zh !== undefined && ampm !== undefined) return NaN;
  const half = zh ?? ampm;
  if (half !== undefined) {
    if (hour > 12 || (hour < 1 && zh === undefined)) return NaN;
    const pm = half === '下午' || half.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return hour * 3600 + minute * 60 + second;
}

function dayTime(year: number, month: number, day: number, time: number): DayTime | null {
  const d = civilDay(year, month, day);
  return Number.isNaN(d) || Number.isNaN(time) ? null : { day: d, time };
}

/**
 * Reads an order date as written: ISO (`2024-05-01`, with `T`/space time and an optional offset that is
 * not applied), `YYYY/M/D`, `M/D/YYYY` or `D/M/YYYY` per `dayOrder`, `D.M.YYYY` (always day first),
 * `YYYYMMDD`, `2024年5月1日 10:00`, English month names (`1-May-24`, `May 1, 2024`) and Excel serial days
 * (`45413`, 1990–2099). Times may carry AM/PM or 上午/下午. Two-digit years are 2000–2049 / 1950–1999.
 * Null when the text is no date or an impossible one.
 */
export function parseDate(text: string, dayOrder: DayOrder): DayTime | null {
  const s = text.normalize('NFKC').trim();
  let m = YMD.exec(s);
  if (m) return dayTime(Number(m[1]), Number(m[3]), Number(m[4]), timeOf(m[5], m[6], m[7], m[8], m[9]));
  m = XYY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]!);
    const dayFirst = m[2] === '.' || dayOrder === 'dmy';
    const time = timeOf(m[5], m[6], m[7], m[8], m[9]);
    return dayFirst ? dayTime(year, b, a, time) : dayTime(year, a, b, time);
  }
  m = COMPACT.exec(s);
  if (m) return dayTime(Number(m[1]), Number(m[2]), Number(m[3]), -1);
  m = ZH.exec(s);
  if (m) return dayTime(Number(m[1]), Number(m[2]), Number(m[3]), timeOf(m[4], m[5], m[6], m[7], m[8]));
  m = NAME_DMY.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    return month === 0 ? null : dayTime(fullYear(m[3]!), month, Number(m[1]), timeOf(m[4], m[5], m[6], m[7], m[8]));
  }
  m = NAME_MDY.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    return month === 0 ? null : dayTime(Number(m[3]), month, Number(m[2]), timeOf(m[4], m[5], m[6], m[7], m[8]));
  }
  m = SERIAL.exec(s);
  if (m) {
    const serial = Number(m[1]);
    if (serial < 32874 || serial > 73050) return null;
    // Serial 25569 is 1970-01-01 (Excel counts a 29 February 1900 that never was, so the offset holds from March 1900).
    const seconds = m[2] === undefined ? -1 : Math.min(86399, Math.round(Number(`0.${m[2]}`) * 86400));
    return { day: serial - 25569, time: seconds };
  }
  return null;
}
