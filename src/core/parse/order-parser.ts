import { ORDER_FIELDS, REQUIRED_ORDER_FIELDS } from '../types';
import type {
  DayOrder, FileFailure, ImportOptions, OrderField, OrderTable, RejectReason, RejectedRow,
} from '../types';
import { NOT_SIMPLE, simpleCents, simpleIsoDate } from './fast-cells';
import { integerEnd, isNullText } from './cell-words';
import { FOOTER_PATTERN } from './footer-row';
import { grownFloat64, grownInt32 } from './growable';
import { normalizeHeader } from './normalize-header';
import { parseAmountCents } from './parse-amount';
import { parseDate } from './parse-date';
import { parseQuantity } from './parse-quantity';
import { recordFeed } from './record-feed';
import { RowScanner } from './row-scanner';
import { StringDictionary } from './string-dictionary';

/** A parsed file: one row per order, how many data rows were read, and the rows left out. */
export interface ParsedOrders {
  ok: true;
  table: OrderTable;
  rowsRead: number;
  /** At most `MAX_REJECTED_KEPT` rows, in file order; `rejectedCount` counts them all. */
  rejected: RejectedRow[];
  rejectedCount: number;
}

/** Receives a file's text in chunks cut anywhere, then returns its orders or why it cannot be read. */
export interface OrderParser {
  push(text: string): void;
  /** Data rows read so far (blank lines, the header and footer lines excluded). */
  readonly rowsRead: number;
  finish(): ParsedOrders | FileFailure;
}

export const MAX_REJECTED_KEPT = 100_000;
const MAX_DATE_MEMO = 200_000;

const isOrderField = (role: string): role is OrderField => (ORDER_FIELDS as readonly string[]).includes(role);


interface TextColumn {
  index: number;
  key: string;
  dict: StringDictionary;
  /** How `narrow` reads its cells: ids unwrap more than other text. */
  flags: number;
}

// What `narrow` does to a cell besides trimming it.
const UNWRAP = 1;
const QUOTE = 2;
const NULLS = 4;
const INTEGER = 8;
const TEXT = UNWRAP | NULLS;
const ID = UNWRAP | QUOTE | NULLS | INTEGER;

/**
 * A streaming orders parser for one file. Choices worth knowing: an empty amount cell (when an amount
 * column is mapped) rejects the row as `badAmount`, because an order of unknown value would skew every
 * money figure; an empty quantity is unknown (NaN); an empty refund is 0. A row with more cells than
 * the header is accepted when the extra cells are empty; a row with fewer is accepted only when every
 * missing column plays no order role. Dates keep the calendar day as written, offsets are not applied.
 */
export function createOrderParser(fileName: string, options: ImportOptions): OrderParser {
  const col = {} as Record<OrderField, number>;
  for (const field of ['customerId', 'orderDate', 'amount', 'orderId', 'quantity', 'refund', 'email'] as const) {
    col[field] = -1;
  }
  const headers: string[] = [];
  const textColumns: TextColumn[] = [];
  const keyOf = (key: string) => {
    let unique = key;
    for (let n = 2; textColumns.some((t) => t.key === unique); n++) unique = `${key} (${n})`;
    return unique;
  };
  let lastRoleColumn = -1;
  for (const m of options.mapping) {
    headers[m.index] = m.header;
    if (m.role === 'ignore') continue;
    // A customers-file role (phone, birthday …) has no place in an order: its column is kept as an attribute.
    if (m.role === 'keep' || !isOrderField(m.role)) {
      const key = keyOf(`keep:${m.header}`);
      textColumns.push({ index: m.index, key, dict: new StringDictionary(true), flags: TEXT });
      continue;
    }
    lastRoleColumn = Math.max(lastRoleColumn, m.index);
    col[m.role] = m.index;
    if (m.role !== 'customerId' && m.role !== 'orderDate' && m.role !== 'amount' && m.role !== 'quantity' &&
        m.role !== 'refund') {
      // Grouping looks order ids up, so that column must stay deduplicated.
      const adaptive = !(m.role === 'orderId' && options.groupLineItems);
      const dict = new StringDictionary(adaptive);
      textColumns.push({ index: m.index, key: m.role, dict, flags: m.role === 'orderId' ? ID : TEXT });
    }
  }
  const width = options.mapping.reduce((w, m) => Math.max(w, m.index + 1), 0);
  const missing = REQUIRED_ORDER_FIELDS.filter((f) => col[f] < 0);
  const dayOrder: DayOrder = options.dayOrder;
  const decimalComma = options.decimalComma === true;
  const group = options.groupLineItems && col.orderId >= 0;
  const orderIdColumn = textColumns.find((t) => t.key === 'orderId');
  const customerHeader = normalizeHeader(options.mapping.find((m) => m.role === 'customerId')?.header ?? '');
  const customerIsEmail = /mail|邮箱|邮件/.test(customerHeader);

  const scanner = new RowScanner(options.delimiter);
  const customers = new StringDictionary();
  let day: Int32Array = new Int32Array(1024);
  let time: Int32Array = new Int32Array(1024);
  let amount: Float64Array = new Float64Array(1024);
  let quantity: Float64Array = new Float64Array(1024);
  let lines: Int32Array = new Int32Array(1024);
  let length = 0;
  let rowsRead = 0;
  let headerSeen = false;
  let headerCells: string[] = [];
  const rejected: RejectedRow[] = [];
  let rejectedCount = 0;
  const dateMemo = new Map<string, number>();
  // Output row of each order id's first line, by order-id code, when line items are grouped.
  let groupRow: Int32Array = new Int32Array(group ? 1024 : 0).fill(-1);

  // The cell being read: its text is `cs.slice(ca, cb)`.
  let cs = '';
  let ca = 0;
  let cb = 0;
  const cellAt = (c: number) => {
    if (c >= scanner.count) {
      cs = '';
      ca = 0;
      cb = 0;
      return;
    }
    const u = scanner.quoted ? scanner.unescaped[c] : undefined;
    if (u === undefined) {
      cs = scanner.buf;
      ca = scanner.start[c]!;
      cb = scanner.end[c]!;
    } else {
      cs = u;
      ca = 0;
      cb = u.length;
    }
  };

  /**
   * Reads cell `c` and narrows it past spaces (and the tab Chinese exports put before long numbers), then by
   * `flags`: Excel's `="…"` wrapper (UNWRAP), a leading `'` (QUOTE), a "no value" word to nothing (NULLS),
   * an id written as a float to its integer (INTEGER). One look at the first character picks what applies.
   */
  const narrow = (c: number, flags: number) => {
    cellAt(c);
    const s = cs;
    let a = ca;
    let b = cb;
    while (a < b && s.charCodeAt(a) <= 32) a++;
    while (b > a && s.charCodeAt(b - 1) <= 32) b--;
    if (a < b) {
      const first = s.charCodeAt(a);
      if (first >= 48 && first <= 57) {
        if ((flags & INTEGER) !== 0 && s.charCodeAt(b - 1) === 48) b = integerEnd(s, a, b);
      } else if (first > 64 && first !== 78 && first !== 110 && first !== 0x2014) {
        // A letter or any other text: nothing to unwrap and no "no value" word (those start with N, n, -, # or ().
      } else if (first === 61) {
        if ((flags & UNWRAP) !== 0 && b - a >= 3 && s.charCodeAt(a + 1) === 34 && s.charCodeAt(b - 1) === 34) {
          a += 2;
          b--;
        }
      } else if (first === 39) {
        if ((flags & QUOTE) !== 0) a++;
      } else if ((flags & NULLS) !== 0 && isNullText(s, a, b)) b = a;
    }
    ca = a;
    cb = b;
  };

  const keepRejected = (row: RejectedRow) => {
    rejectedCount++;
    if (rejected.length < MAX_REJECTED_KEPT) rejected.push(row);
  };

  // Rejected rows with one filled cell at most wait here. Reports end with such lines ("Exported by …",
  // "共 5 条记录", a company name): after the last data row they are dropped like blank lines; when any
  // other row follows they were real rows and are reported in their place.
  let held: RejectedRow[] = [];
  const releaseHeld = () => {
    for (const r of held) keepRejected(r);
    held = [];
  };

  const reject = (reason: RejectReason, c: number, value: string) => {
    if (repeatsHeader()) {
      rowsRead--;
      return;
    }
    const row: RejectedRow = {
      file: fileName, line: scanner.rowLine, column: c < 0 ? 0 : c + 1, columnName: c < 0 ? '' : headers[c] ?? '',
      reason, value: value.slice(0, 200),
    };
    let filled = 0;
    for (let i = 0; i < scanner.count && filled < 2; i++) if (scanner.cell(i).trim() !== '') filled++;
    // A record over several lines (an unclosed quote swallowing the rest of the file) is always reported.
    if (filled <= 1 && scanner.line - scanner.rowLine === 1) {
      held.push(row);
      return;
    }
    if (held.length > 0) releaseHeld();
    keepRejected(row);
  };

  /** Blank-looking rows, footers and total rows are not data; they are dropped without a report. */
  const notData = (): boolean => {
    let firstText: string | null = null;
    for (let i = 0; i < scanner.count; i++) {
      const text = scanner.cell(i).trim();
      if (text !== '') {
        firstText = text;
        break;
      }
    }
    if (firstText === null) return true;
    if (!FOOTER_PATTERN.test(firstText)) return false;
    return scanner.cell(col.customerId).trim() === '' || scanner.cell(col.orderDate).trim() === '';
  };

  const parseDay = (): number => {
    let packed = simpleIsoDate(cs, ca, cb);
    if (packed !== NOT_SIMPLE) return packed;
    const text = cs.slice(ca, cb);
    packed = dateMemo.get(text) ?? NOT_SIMPLE;
    if (packed !== NOT_SIMPLE) return packed;
    const parsed = parseDate(text, dayOrder);
    packed = parsed === null ? NaN : parsed.day * 100000 + parsed.time + 1;
    if (dateMemo.size >= MAX_DATE_MEMO) dateMemo.clear();
    dateMemo.set(text, packed);
    return packed;
  };

  const parseCents = (): number => {
    const cents = simpleCents(cs, ca, cb);
    return cents !== NOT_SIMPLE ? cents : parseAmountCents(cs.slice(ca, cb), decimalComma);
  };

  const readQuantity = (c: number): number => {
    narrow(c, NULLS);
    if (ca === cb) return NaN;
    const cents = simpleCents(cs, ca, cb);
    if (cents !== NOT_SIMPLE) return cents / 100;
    const q = parseQuantity(cs.slice(ca, cb), decimalComma);
    return Number.isNaN(q) ? -Infinity : q;
  };

  const ensureCapacity = () => {
    if (length < day.length) return;
    day = grownInt32(day, length + 1);
    time = grownInt32(time, length + 1);
    amount = grownFloat64(amount, length + 1);
    quantity = grownFloat64(quantity, length + 1);
    lines = grownInt32(lines, length + 1);
  };

  const readHeader = () => {
    const target = options.headerLine;
    // A record spans lines rowLine … line − 1; the header is the record that reaches its line.
    if (target !== undefined && scanner.line - 1 < target) return;
    if (target === undefined) {
      let filled = 0;
      for (let i = 0; i < scanner.count; i++) if (scanner.cell(i).trim() !== '') filled++;
      if (filled < 2) return;
    }
    headerSeen = true;
    headerCells = scanner.cells().map((c) => c.trim());
  };

  /** True when the last record repeats the header (exports of several periods pasted one under another). */
  const repeatsHeader = (): boolean => {
    if (headerCells.length < 2) return false;
    const n = Math.min(scanner.count, headerCells.length);
    for (let i = 0; i < n; i++) if (scanner.cell(i).trim() !== headerCells[i]) return false;
    for (let i = n; i < scanner.count; i++) if (scanner.cell(i).trim() !== '') return false;
    return n >= 2;
  };

  const row = () => {
    if (!headerSeen) {
      readHeader();
      return;
    }
    const n = scanner.count;
    if (n === 1 && scanner.start[0] === scanner.end[0]) return;
    rowsRead++;
    if (n !== width) {
      let fits = n > width ? true : lastRoleColumn < n;
      for (let i = width; i < n && fits; i++) if (scanner.cell(i).trim() !== '') fits = false;
      if (!fits) {
        if (notData()) rowsRead--;
        else reject('wrongColumnCount', -1, scanner.cells().join(options.delimiter));
        return;
      }
    }

    let orderCode = -1;
    if (group) {
      narrow(col.orderId, ID);
      if (ca < cb) {
        orderCode = orderIdColumn!.dict.code(cs.slice(ca, cb));
        const at = orderCode < groupRow.length ? groupRow[orderCode]! : -1;
        if (at >= 0) {
          if (held.length > 0) releaseHeld();
          if (col.quantity >= 0) {
            const q = readQuantity(col.quantity);
            if (q === -Infinity) reject('badQuantity', col.quantity, cs.slice(ca, cb));
            else if (!Number.isNaN(q)) quantity[at] = Number.isNaN(quantity[at]!) ? q : quantity[at]! + q;
          }
          return;
        }
      }
    }

    narrow(col.customerId, UNWRAP | QUOTE | INTEGER);
    let written = '';
    if (cb - ca <= 6 && isNullText(cs, ca, cb)) {
      written = cs.slice(ca, cb);
      cb = ca;
    }
    let lower = customerIsEmail;
    if (ca === cb && col.email >= 0) {
      narrow(col.email, NULLS);
      lower = true;
    }
    if (ca === cb) {
      if (notData()) rowsRead--;
      else reject('missingCustomer', col.customerId, written);
      return;
    }
    // Addresses are compared without case: Ana@Example.com and ana@example.com are one customer.
    const customerText = lower ? cs.slice(ca, cb).toLowerCase() : cs.slice(ca, cb);

    narrow(col.orderDate, 0);
    if (ca === cb || (cb - ca <= 6 && isNullText(cs, ca, cb))) {
      if (notData()) rowsRead--;
      else reject('missingDate', col.orderDate, cs.slice(ca, cb));
      return;
    }
    const packed = parseDay();
    if (Number.isNaN(packed)) {
      reject('badDate', col.orderDate, cs.slice(ca, cb));
      return;
    }

    let cents = NaN;
    if (col.amount >= 0) {
      narrow(col.amount, 0);
      cents = ca === cb ? NaN : parseCents();
      if (Number.isNaN(cents)) {
        reject('badAmount', col.amount, cs.slice(ca, cb));
        return;
      }
      if (col.refund >= 0) {
        narrow(col.refund, NULLS);
        const refund = ca === cb ? 0 : parseCents();
        if (Number.isNaN(refund)) {
          reject('badAmount', col.refund, cs.slice(ca, cb));
          return;
        }
        cents -= refund;
      }
    }

    let units = NaN;
    if (col.quantity >= 0) {
      units = readQuantity(col.quantity);
      if (units === -Infinity) {
        reject('badQuantity', col.quantity, cs.slice(ca, cb));
        return;
      }
    }

    if (held.length > 0) releaseHeld();
    ensureCapacity();
    const i = length++;
    customers.set(i, customers.code(customerText));
    const d = Math.floor(packed / 100000);
    day[i] = d;
    time[i] = packed - d * 100000 - 1;
    amount[i] = cents;
    quantity[i] = units;
    lines[i] = scanner.rowLine;
    for (const t of textColumns) {
      if (t === orderIdColumn && orderCode >= 0) {
        t.dict.set(i, orderCode);
        continue;
      }
      narrow(t.index, t.flags);
      t.dict.set(i, ca === cb ? -1 : t.dict.code(cs.slice(ca, cb)));
    }
    if (orderCode >= 0) {
      if (orderCode >= groupRow.length) {
        const next = new Int32Array(Math.max(orderCode + 1, groupRow.length * 2)).fill(-1);
        next.set(groupRow);
        groupRow = next;
      }
      groupRow[orderCode] = i;
    }
  };

  const feed = recordFeed(scanner, row);

  return {
    get rowsRead() {
      return rowsRead;
    },
    push(text: string) {
      if (missing.length > 0) return;
      feed.push(text);
    },
    finish(): ParsedOrders | FileFailure {
      if (missing.length > 0) return { ok: false, problem: 'missingRequired', detail: { fields: missing.join(',') } };
      feed.finish();
      rowsRead -= held.length;
      held = [];
      if (!feed.sawAnything) return { ok: false, problem: 'empty' };
      if (!headerSeen || rowsRead === 0) return { ok: false, problem: 'headerOnly' };
      if (length === 0) return { ok: false, problem: 'noValidRows', detail: { rejected: rejectedCount } };
      const text: OrderTable['text'] = {};
      for (const t of textColumns) text[t.key] = t.dict.column(length);
      const table: OrderTable = {
        length,
        customer: customers.column(length),
        day: day.slice(0, length),
        time: time.slice(0, length),
        amountCents: amount.slice(0, length),
        quantity: quantity.slice(0, length),
        line: lines.slice(0, length),
        text,
      };
      return { ok: true, table, rowsRead, rejected, rejectedCount };
    },
  };
}
