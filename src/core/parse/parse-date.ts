import type { DayOrder } from '../types';
import { civilDay } from './civil-day';

/** A calendar day (days since 1970-01-01) and a time of day in seconds, −1 when the text had none. */
export interface DayTime {
  day: number;
  time: number;
}

// Optional time after a date: `T10:00`, ` 10:00:00.123`, ` 3:05 PM`, then an optional zone that is read
// past but not applied, because the order day is the calendar day as written in the file.
const TIME = String.raw`(?:(?:T|\s+)(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?` +
  String.raw`\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const XYY = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ZH_TIME = TIME.replace('(?:T|\\s+)', '(?:T|\\s*)');
const ZH = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${ZH_TIME}$`);

function timeOf(h?: string, m?: string, s?: string, ampm?: string): number {
  if (h === undefined || m === undefined) return -1;
  let hour = Number(h);
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return NaN;
    const pm = ampm.toLowerCase() === 'pm';
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
 * `YYYYMMDD`, `2024年5月1日 10:00`. Two-digit years are 2000–2049 / 1950–1999. Null when the text is no
 * date or an impossible one.
 */
export function parseDate(text: string, dayOrder: DayOrder): DayTime | null {
  const s = text.trim();
  let m = YMD.exec(s);
  if (m) return dayTime(Number(m[1]), Number(m[3]), Number(m[4]), timeOf(m[5], m[6], m[7], m[8]));
  m = XYY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let year = Number(m[4]);
    if (m[4]!.length === 2) year += year < 50 ? 2000 : 1900;
    const dayFirst = m[2] === '.' || dayOrder === 'dmy';
    const time = timeOf(m[5], m[6], m[7], m[8]);
    return dayFirst ? dayTime(year, b, a, time) : dayTime(year, a, b, time);
  }
  m = COMPACT.exec(s);
  if (m) return dayTime(Number(m[1]), Number(m[2]), Number(m[3]), -1);
  m = ZH.exec(s);
  if (m) return dayTime(Number(m[1]), Number(m[2]), Number(m[3]), timeOf(m[4], m[5], m[6], m[7]));
  return null;
}
