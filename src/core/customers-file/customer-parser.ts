import type { CustomerTable } from '../customer-types';
import { integerEnd, isNullText } from '../parse/cell-words';
import { FOOTER_PATTERN } from '../parse/footer-row';
import { grownFloat64, grownInt32 } from '../parse/growable';
import { normalizeHeader } from '../parse/normalize-header';
import { MAX_REJECTED_KEPT } from '../parse/order-parser';
import { parseDate } from '../parse/parse-date';
import { recordFeed } from '../parse/record-feed';
import { RowScanner } from '../parse/row-scanner';
import { StringDictionary } from '../parse/string-dictionary';
import type { FileFailure, ImportOptions, RejectReason, RejectedRow } from '../types';
import { fullName } from './full-name';

/** A parsed customers file: one row per customer id, how many data rows were read, and the rows left out. */
export interface ParsedCustomers {
  ok: true;
  table: CustomerTable;
  rowsRead: number;
  /** At most `MAX_REJECTED_KEPT` rows, in file order; `rejectedCount` counts them all. */
  rejected: RejectedRow[];
  rejectedCount: number;
}

/** Receives a customers file's text in chunks cut anywhere, then returns its customers or why it fails. */
export interface CustomerParser {
  push(text: string): void;
  /** Data rows read so far (blank lines, the header and footer lines excluded). */
  readonly rowsRead: number;
  finish(): ParsedCustomers | FileFailure;
}

/** The string roles stored under their own name in `CustomerTable.text`. */
const TEXT_ROLES = new Set([
  'name', 'email', 'phone', 'region', 'city', 'channel', 'gender', 'ageBand', 'company',
]);

// An age as people write it: `35`, `35.5`, `35岁`, `35 周岁`, `35 years`, `35 ans`, `35 J.`.
const AGE = /^(\d{1,3}(?:[.,]\d+)?)\s*(?:岁|周岁|years?|yrs?|y|ans?|jahre|j\.?)?$/i;

/**
 * The text of a cell as stored: trimmed, Excel's `="…"` wrapper removed, a leading `'` that keeps Excel from
 * reading a number (`'0012`, `'+86 138…`) dropped, a "no value" word (NULL, N/A, -) made empty; an id written
 * as a float (`1001.0`) read as the integer.
 */
function cleanCell(text: string, id: boolean): string {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) <= 32) a++;
  while (b > a && text.charCodeAt(b - 1) <= 32) b--;
  if (b - a >= 3 && text.charCodeAt(a) === 61 && text.charCodeAt(a + 1) === 34 && text.charCodeAt(b - 1) === 34) {
    a += 2;
    b--;
  }
  if (b - a >= 2 && text.charCodeAt(a) === 39) {
    const next = text.charCodeAt(a + 1);
    if (id || (next >= 48 && next <= 57) || next === 43) a++;
  }
  if (isNullText(text, a, b)) return '';
  if (id && b > a) b = integerEnd(text, a, b);
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/**
 * A streaming customers parser for one file. One row per customer id: when an id repeats, the later row
 * replaces the earlier one entirely (a later line is a later state of the same record), keeping the
 * first row's position. Choices: no id (and no email to fall back on) rejects the row as `missingCustomer`;
 * a signup date or birthday that cannot be read rejects it as `badDate`, and an unreadable age as
 * `badNumber`, at that column, as the orders importer does with its optional amounts; empty ones are
 * unknown (NaN). A first and a last name column are joined into `name` (see `fullName`) where the row has
 * no name of its own. Ids from an email column are compared without case, as in orders.
 */
export function createCustomerParser(fileName: string, options: ImportOptions): CustomerParser {
  let idCol = -1;
  let emailCol = -1;
  let nameCol = -1;
  let firstCol = -1;
  let lastCol = -1;
  let signupCol = -1;
  let birthdayCol = -1;
  let ageCol = -1;
  const headers: string[] = [];
  const texts: { index: number; key: string; dict: StringDictionary }[] = [];
  const addText = (index: number, key: string) => {
    let unique = key;
    for (let n = 2; texts.some((t) => t.key === unique); n++) unique = `${key} (${n})`;
    texts.push({ index, key: unique, dict: new StringDictionary(true) });
  };
  let lastRoleColumn = -1;
  for (const m of options.mapping) {
    headers[m.index] = m.header;
    if (m.role === 'ignore') continue;
    if (m.role !== 'keep') lastRoleColumn = Math.max(lastRoleColumn, m.index);
    switch (m.role) {
      case 'customerId': idCol = m.index; break;
      case 'firstName': firstCol = m.index; break;
      case 'lastName': lastCol = m.index; break;
      case 'signupDate': signupCol = m.index; break;
      case 'birthday': birthdayCol = m.index; break;
      case 'age': ageCol = m.index; break;
      default:
        if (m.role === 'email') emailCol = m.index;
        if (m.role === 'name') nameCol = m.index;
        // An orders role in a customers import has no place of its own: its column is kept as an attribute.
        addText(m.index, TEXT_ROLES.has(m.role) ? m.role : `keep:${m.header}`);
    }
  }
  const nameText = nameCol < 0 && (firstCol >= 0 || lastCol >= 0)
    ? { index: -1, key: 'name', dict: new StringDictionary(true) } : null;
  if (nameText) texts.unshift(nameText);
  const width = options.mapping.reduce((w, m) => Math.max(w, m.index + 1), 0);
  const idIsEmail = /mail|邮箱|邮件/.test(normalizeHeader(headers[idCol] ?? ''));

  const scanner = new RowScanner(options.delimiter);
  const ids = new StringDictionary();
  let rowOfCode: Int32Array = new Int32Array(1024).fill(-1);
  let signup: Float64Array = new Float64Array(1024);
  let birthday: Float64Array = new Float64Array(1024);
  let age: Float64Array = new Float64Array(1024);
  let lines: Int32Array = new Int32Array(1024);
  let length = 0;
  let rowsRead = 0;
  let headerSeen = false;
  let headerCells: string[] = [];
  const rejected: RejectedRow[] = [];
  let rejectedCount = 0;
  let held: RejectedRow[] = [];

  const keepRejected = (row: RejectedRow) => {
    rejectedCount++;
    if (rejected.length < MAX_REJECTED_KEPT) rejected.push(row);
  };
  const releaseHeld = () => {
    for (const r of held) keepRejected(r);
    held = [];
  };
  const filledCells = (limit: number) => {
    let filled = 0;
    for (let i = 0; i < scanner.count && filled < limit; i++) if (scanner.cell(i).trim() !== '') filled++;
    return filled;
  };
  const repeatsHeader = (): boolean => {
    if (headerCells.length < 2) return false;
    const n = Math.min(scanner.count, headerCells.length);
    for (let i = 0; i < n; i++) if (scanner.cell(i).trim() !== headerCells[i]) return false;
    for (let i = n; i < scanner.count; i++) if (scanner.cell(i).trim() !== '') return false;
    return n >= 2;
  };
  /** Blank-looking rows, footers and total lines ("Grand Totals", 合计 …, even in the id column) are not data. */
  const notData = (): boolean => {
    for (let i = 0; i < scanner.count; i++) {
      const text = scanner.cell(i).trim();
      if (text !== '') return FOOTER_PATTERN.test(text);
    }
    return true;
  };
  // Rejected rows with one filled cell at most wait, as in the orders parser: after the last data row they
  // are report footers and dropped; when another row follows they are reported in their place.
  const reject = (reason: RejectReason, c: number, value: string) => {
    const row: RejectedRow = {
      file: fileName, line: scanner.rowLine, column: c < 0 ? 0 : c + 1, columnName: c < 0 ? '' : headers[c] ?? '',
      reason, value: value.slice(0, 200),
    };
    if (filledCells(2) <= 1 && scanner.line - scanner.rowLine === 1) {
      held.push(row);
      return;
    }
    if (held.length > 0) releaseHeld();
    keepRejected(row);
  };

  const readDay = (c: number): number => {
    if (c < 0) return NaN;
    const text = cleanCell(scanner.cell(c), false);
    if (text === '') return NaN;
    const parsed = parseDate(text, options.dayOrder);
    return parsed === null ? -Infinity : parsed.day;
  };

  const row = () => {
    if (!headerSeen) {
      const target = options.headerLine;
      if (target !== undefined ? scanner.line - 1 < target : filledCells(2) < 2) return;
      headerSeen = true;
      headerCells = scanner.cells().map((c) => c.trim());
      return;
    }
    const n = scanner.count;
    if (n === 1 && scanner.start[0] === scanner.end[0]) return;
    rowsRead++;
    if (repeatsHeader() || notData()) {
      rowsRead--;
      return;
    }
    if (n !== width) {
      let fits = n > width ? true : lastRoleColumn < n;
      for (let i = width; i < n && fits; i++) if (scanner.cell(i).trim() !== '') fits = false;
      if (!fits) {
        reject('wrongColumnCount', -1, scanner.cells().join(options.delimiter));
        return;
      }
    }
    let id = idCol >= 0 ? cleanCell(scanner.cell(idCol), true) : '';
    let lower = idIsEmail;
    if (id === '' && emailCol >= 0) {
      id = cleanCell(scanner.cell(emailCol), false);
      lower = true;
    }
    if (id === '') {
      reject('missingCustomer', idCol, scanner.cell(idCol).trim());
      return;
    }
    if (lower) id = id.toLowerCase();
    const signupDay = readDay(signupCol);
    if (signupDay === -Infinity) {
      reject('badDate', signupCol, scanner.cell(signupCol).trim());
      return;
    }
    const birthDay = readDay(birthdayCol);
    if (birthDay === -Infinity) {
      reject('badDate', birthdayCol, scanner.cell(birthdayCol).trim());
      return;
    }
    let years = NaN;
    if (ageCol >= 0) {
      const text = cleanCell(scanner.cell(ageCol), false);
      const m = AGE.exec(text);
      if (m) years = Number(m[1]!.replace(',', '.'));
      if (text !== '' && !(years >= 0 && years < 150)) {
        reject('badNumber', ageCol, scanner.cell(ageCol).trim());
        return;
      }
    }

    if (held.length > 0) releaseHeld();
    const code = ids.code(id);
    if (code >= rowOfCode.length) {
      const next = new Int32Array(Math.max(code + 1, rowOfCode.length * 2)).fill(-1);
      next.set(rowOfCode);
      rowOfCode = next;
    }
    let i = rowOfCode[code]!;
    if (i < 0) {
      i = length++;
      rowOfCode[code] = i;
      ids.set(i, code);
      if (i >= lines.length) {
        signup = grownFloat64(signup, i + 1);
        birthday = grownFloat64(birthday, i + 1);
        age = grownFloat64(age, i + 1);
        lines = grownInt32(lines, i + 1);
      }
    }
    signup[i] = signupDay;
    birthday[i] = birthDay;
    age[i] = years;
    lines[i] = scanner.rowLine;
    for (const t of texts) {
      let value: string;
      if (t === nameText) {
        value = fullName(firstCol >= 0 ? cleanCell(scanner.cell(firstCol), false) : '',
          lastCol >= 0 ? cleanCell(scanner.cell(lastCol), false) : '');
      } else {
        value = cleanCell(scanner.cell(t.index), false);
        if (t.index === nameCol && value === '') {
          value = fullName(firstCol >= 0 ? cleanCell(scanner.cell(firstCol), false) : '',
            lastCol >= 0 ? cleanCell(scanner.cell(lastCol), false) : '');
        }
      }
      t.dict.set(i, value === '' ? -1 : t.dict.code(value));
    }
  };

  const feed = recordFeed(scanner, row);

  return {
    get rowsRead() {
      return rowsRead;
    },
    push(text: string) {
      if (idCol < 0 && emailCol < 0) return;
      feed.push(text);
    },
    finish(): ParsedCustomers | FileFailure {
      if (idCol < 0 && emailCol < 0) {
        return { ok: false, problem: 'missingRequired', detail: { fields: 'customerId' } };
      }
      feed.finish();
      rowsRead -= held.length;
      held = [];
      if (!feed.sawAnything) return { ok: false, problem: 'empty' };
      if (!headerSeen || rowsRead === 0) return { ok: false, problem: 'headerOnly' };
      if (length === 0) return { ok: false, problem: 'noValidRows', detail: { rejected: rejectedCount } };
      const text: CustomerTable['text'] = {};
      for (const t of texts) text[t.key] = t.dict.column(length);
      const table: CustomerTable = {
        length,
        customer: ids.column(length),
        signupDay: signup.slice(0, length),
        birthday: birthday.slice(0, length),
        age: age.slice(0, length),
        line: lines.slice(0, length),
        text,
      };
      return { ok: true, table, rowsRead, rejected, rejectedCount };
    },
  };
}
