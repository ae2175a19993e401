import { decideKind } from '../customers-file/decide-kind';
import { proposeCustomerMapping } from '../customers-file/propose-customer-mapping';
import { DELIMITERS } from '../types';
import type { ColumnMapping, Delimiter, Encoding, FileFailure, Inspection } from '../types';
import { decideDayOrder } from './decide-day-order';
import { decideDecimalComma } from './decide-decimal-comma';
import { decodeText } from './decode-text';
import { detectEncoding } from './detect-encoding';
import { isBlankRow } from './is-blank-row';
import { proposeMapping } from './propose-mapping';
import { RowScanner } from './row-scanner';

/** How many bytes of a file `inspect` expects to see (1 MiB). */
export const HEAD_BYTES = 1 << 20;

const PREVIEW_ROWS = 20;
const SNIFF_RECORDS = 100;

/** Magic numbers of files people drop by mistake: zip/xlsx, PDF, PNG, GIF, JPEG, legacy xls, gzip. */
const MAGIC: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff], [0xd0, 0xcf, 0x11, 0xe0], [0x1f, 0x8b, 0x08],
];

const SCIENTIFIC = /^\s*\d(?:\.\d+)?E\+\d+\s*$/i;

/** Header names made distinct: a repeated `Date` becomes `Date (2)`, so each column keeps its own values. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name} (${n})`;
    seen.add(unique);
    return unique;
  });
}

interface Row {
  line: number;
  cells: string[];
}

function readRows(text: string, delimiter: string, final: boolean, limit: number): Row[] {
  const scanner = new RowScanner(delimiter);
  scanner.reset(text);
  const rows: Row[] = [];
  while (rows.length < limit && scanner.next(final)) {
    if (!isBlankRow(scanner)) rows.push({ line: scanner.rowLine, cells: scanner.cells() });
  }
  return rows;
}

const HEADER_SEARCH_ROWS = 30;

/**
 * The index of the header row. Reports put title lines above it: usually one filled cell, but also
 * `Shop:,Atlas Tea` or `From,2024-05-01,To,2024-05-31`. So the first of the leading rows whose names
 * propose both a customer and a date column (or, for a customers file, a customer id and two customer
 * attributes) is the header; failing that, the first row with two cells.
 */
function findHeader(rows: readonly Row[]): number {
  const filled = (r: Row) => r.cells.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const row = rows[i]!;
    if (filled(row) < 2) continue;
    const cells = row.cells.map((c) => c.trim());
    const roles = new Set(proposeMapping(cells).mapping.map((m) => m.role));
    if (roles.has('customerId') && roles.has('orderDate')) return i;
    const customerRoles = proposeCustomerMapping(cells).mapping.map((m) => m.role);
    if (customerRoles.includes('customerId') && customerRoles.filter((r) => r !== 'keep').length >= 3) return i;
  }
  return rows.findIndex((r) => filled(r) >= 2);
}

/** Records that agree on the most common cell count (≥ 2), and that count. */
function delimiterScore(rows: readonly Row[]): { agree: number; width: number } {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  let agree = 0;
  let width = 0;
  for (const [w, c] of counts) if (w >= 2 && (c > agree || (c === agree && w > width))) [agree, width] = [c, w];
  return { agree, width };
}

function chooseDelimiter(text: string, final: boolean, candidates: readonly Delimiter[]): Delimiter | null {
  let best: Delimiter | null = null;
  let bestScore = { agree: 0, width: 0 };
  for (const d of candidates) {
    const score = delimiterScore(readRows(text, d, final, SNIFF_RECORDS));
    if (score.agree > bestScore.agree || (score.agree === bestScore.agree && score.width > bestScore.width)) {
      best = d;
      bestScore = score;
    }
  }
  return bestScore.agree > 0 ? best : null;
}

function isBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > 8 && control > text.length / 100;
}

/**
 * Reads the head of a file (its first `HEAD_BYTES` at most, possibly cut mid-line or mid-character) of
 * `totalBytes` in all: encoding, delimiter, header row, a preview, the known export it is and a proposed
 * mapping, and the day order of its dates. `overrides` replaces the detected encoding or delimiter.
 */
export function inspect(
  head: Uint8Array,
  fileName: string,
  totalBytes: number,
  overrides?: { encoding?: Encoding; delimiter?: Delimiter },
): Inspection | FileFailure {
  if (head.length === 0 || totalBytes === 0) return { ok: false, problem: 'empty' };
  if (MAGIC.some((magic) => magic.every((b, i) => head[i] === b))) return { ok: false, problem: 'binary' };
  const guess = detectEncoding(head);
  const encoding = overrides?.encoding ?? guess.encoding;
  const bomLength = guess.fromBom && guess.encoding === encoding ? guess.bomLength : 0;
  let text = decodeText(head.subarray(bomLength), encoding).replace(/^\ufeff/, '');
  if (isBinary(text)) return { ok: false, problem: 'binary' };
  const truncated = totalBytes > head.length;
  if (!text.includes('\n') && text.includes('\r')) text = text.replaceAll('\r', '\n');
  if (truncated) {
    const cut = text.lastIndexOf('\n');
    if (cut < 0) return { ok: false, problem: 'lineTooLong', detail: { line: 1, bytes: head.length } };
    text = text.slice(0, cut + 1);
  }
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  // Excel honours (and some people add) a first line `sep=;` naming the delimiter.
  const sepLine = /^sep=([,;\t|])[^\S\n]*\n/i.exec(text)?.[1] as Delimiter | undefined;
  const delimiter = overrides?.delimiter ?? sepLine ??
    chooseDelimiter(text, !truncated, DELIMITERS);
  if (delimiter === null) return { ok: false, problem: 'noDelimiter' };
  const rows = readRows(text, delimiter, !truncated, Infinity);
  const headerAt = findHeader(rows);
  const headerRow = rows[headerAt];
  if (headerRow === undefined) return { ok: false, problem: 'noDelimiter' };
  const data = rows.slice(headerAt + 1);
  if (data.length === 0) return { ok: false, problem: 'headerOnly', detail: { line: headerRow.line } };
  const header = uniqueNames(headerRow.cells.map((c, i) => c.trim() || `#${i + 1}`));
  const proposal = proposeMapping(header);
  const customers = proposeCustomerMapping(header);
  const kind = decideKind(proposal, customers);
  const tidy = (mapping: ColumnMapping[]) => {
    for (const m of mapping) {
      const values = () => data.map((r) => r.cells[m.index] ?? '');
      // Columns Excel padded on the right (`a,b,c,,,`) carry nothing worth keeping.
      if (m.role === 'keep' && headerRow.cells[m.index]?.trim() === '' && values().every((v) => v.trim() === '')) {
        m.role = 'ignore';
      }
      // Excel shows long numbers as 2.02405E+15 and saves them so: such ids no longer tell orders apart, and
      // merging by them would fold different orders into one. Kept as text, the merge falls back to content.
      if (m.role === 'orderId' && values().some((v) => SCIENTIFIC.test(v))) m.role = 'keep';
    }
  };
  tidy(proposal.mapping);
  tidy(customers.mapping);
  const chosen = kind === 'orders' ? proposal : customers;
  const column = (...roles: string[]) => chosen.mapping.filter((x) => roles.includes(x.role))
    .flatMap((m) => data.map((r) => r.cells[m.index] ?? '').filter((v) => v.trim() !== ''));
  const decimalComma = kind === 'orders' && decideDecimalComma(column('amount'));
  const dates = kind === 'orders' ? column('orderDate') : column('signupDate', 'birthday');
  const days = decideDayOrder(dates, delimiter === ';' || decimalComma);
  return {
    fileName,
    bytes: totalBytes,
    encoding,
    encodingFromBom: bomLength > 0,
    delimiter,
    source: chosen.source,
    header,
    headerLine: headerRow.line,
    preview: data.slice(0, PREVIEW_ROWS).map((r) => r.cells),
    mapping: chosen.mapping.map((m) => ({ ...m })),
    kind,
    proposals: {
      orders: { source: proposal.source, mapping: proposal.mapping },
      customers: { source: customers.source, mapping: customers.mapping },
    },
    dayOrder: days.dayOrder,
    dayOrderEvidence: days.evidence,
    dayOrderAmbiguous: days.ambiguous,
    groupLineItems: kind === 'orders' && proposal.groupLineItems,
    decimalComma,
  };
}
