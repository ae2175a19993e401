const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A quote-aware CSV record reader over one string buffer. `next()` reads the record at `pos` into
 * `start`/`end` (UTF-16 offsets into `buf`) and `unescaped` (the cell text when it had to be rebuilt:
 * quoted cells with doubled quotes or text after the closing quote). Lines are 1-based physical lines;
 * a record with line breaks inside quotes spans several.
 *
 * The common row has no quote at all, so the next quote and the next delimiter positions are looked up
 * with `indexOf` and remembered: each character is visited a bounded number of times.
 */
export class RowScanner {
  buf = '';
  pos = 0;
  /** Physical line of the record at `pos`. */
  line = 1;
  /** Line of the record read by the last successful `next()`. */
  rowLine = 1;
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  unescaped: (string | undefined)[] = [];
  /** True when the last record needed the slow path, so `unescaped` may hold cells. */
  quoted = false;
  readonly delimiter: string;
  readonly #delim: number;
  #nextQuote = -1;
  #nextDelim = -1;

  constructor(delimiter: string) {
    this.delimiter = delimiter;
    this.#delim = delimiter.charCodeAt(0);
  }

  /** Starts over on a new buffer; `line` carries on. */
  reset(buf: string): void {
    this.buf = buf;
    this.pos = 0;
    this.#nextQuote = -1;
    this.#nextDelim = -1;
  }

  /** The text of cell `i` of the last record. */
  cell(i: number): string {
    if (i >= this.count) return '';
    return (this.quoted ? this.unescaped[i] : undefined) ?? this.buf.slice(this.start[i], this.end[i]);
  }

  /** All cells of the last record. */
  cells(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.cell(i));
    return out;
  }

  #grow(): void {
    const start = new Int32Array(this.start.length * 2);
    start.set(this.start);
    const end = new Int32Array(this.end.length * 2);
    end.set(this.end);
    this.start = start;
    this.end = end;
  }

  /**
   * Reads the next record. Returns false, leaving `pos` where it was, when the buffer holds no complete
   * record; with `final` the rest of the buffer is the last record (an unclosed quote runs to the end).
   */
  next(final: boolean): boolean {
    const buf = this.buf;
    const p = this.pos;
    const len = buf.length;
    if (p >= len) return false;
    let nl = buf.indexOf('\n', p);
    if (nl === -1) {
      if (!final) return false;
      nl = len;
    }
    if (this.#nextQuote < p) {
      const q = buf.indexOf('"', p);
      this.#nextQuote = q === -1 ? len : q;
    }
    if (this.#nextQuote >= nl) return this.#plain(p, nl);
    return this.#quotedRecord(p, final);
  }

  #plain(p: number, nl: number): boolean {
    const buf = this.buf;
    let lineEnd = nl;
    if (lineEnd > p && buf.charCodeAt(lineEnd - 1) === CR) lineEnd--;
    let n = 0;
    let s = p;
    for (;;) {
      if (this.#nextDelim < s) {
        const d = buf.indexOf(this.delimiter, s);
        this.#nextDelim = d === -1 ? buf.length : d;
      }
      const d = this.#nextDelim;
      if (n >= this.start.length) this.#grow();
      this.start[n] = s;
      if (d >= lineEnd) {
        this.end[n] = lineEnd;
        n++;
        break;
      }
      this.end[n] = d;
      n++;
      s = d + 1;
    }
    this.count = n;
    this.quoted = false;
    this.rowLine = this.line;
    this.line++;
    this.pos = nl + 1;
    return true;
  }

  #quotedRecord(p: number, final: boolean): boolean {
    const buf = this.buf;
    const len = buf.length;
    const delim = this.#delim;
    const unescaped = this.unescaped;
    let n = 0;
    let i = p;
    let lines = 0;
    for (;;) {
      if (n >= this.start.length) this.#grow();
      unescaped[n] = undefined;
      if (i < len && buf.charCodeAt(i) === QUOTE) {
        // Quoted cell: find the closing quote, skipping doubled ones.
        let j = i + 1;
        let doubled = false;
        let close = -1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q === -1) break;
          if (buf.charCodeAt(q + 1) === QUOTE) {
            doubled = true;
            j = q + 2;
            continue;
          }
          close = q;
          break;
        }
        if (close === -1) {
          if (!final) return false;
          close = len;
        }
        for (let k = buf.indexOf('\n', i + 1); k !== -1 && k < close; k = buf.indexOf('\n', k + 1)) lines++;
        let text = doubled ? buf.slice(i + 1, close).replaceAll('""', '"') : undefined;
        // Text after the closing quote up to the next delimiter is kept, as spreadsheets do.
        let k = close + 1;
        while (k < len) {
          const c = buf.charCodeAt(k);
          if (c === delim || c === LF || (c === CR && (k + 1 === len || buf.charCodeAt(k + 1) === LF))) break;
          k++;
        }
        if (k > close + 1) text = (text ?? buf.slice(i + 1, close)) + buf.slice(close + 1, k);
        this.start[n] = i + 1;
        this.end[n] = Math.min(close, len);
        unescaped[n] = text;
        n++;
        i = k;
      } else {
        let k = i;
        while (k < len) {
          const c = buf.charCodeAt(k);
          if (c === delim || c === LF) break;
          k++;
        }
        let e = k;
        if ((k === len || buf.charCodeAt(k) === LF) && e > i && buf.charCodeAt(e - 1) === CR) e--;
        this.start[n] = i;
        this.end[n] = e;
        n++;
        i = k;
      }
      if (i >= len) {
        if (!final) return false;
        break;
      }
      const c = buf.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= len && !final) return false;
        if (i >= len) {
          if (n >= this.start.length) this.#grow();
          this.start[n] = i;
          this.end[n] = i;
          unescaped[n] = undefined;
          n++;
          break;
        }
        continue;
      }
      if (c === CR) i++;
      if (i < len && buf.charCodeAt(i) === LF) {
        i++;
        break;
      }
      if (i >= len) {
        if (!final) return false;
        break;
      }
    }
    this.count = n;
    this.quoted = true;
    this.rowLine = this.line;
    this.line += 1 + lines;
    this.pos = i;
    return true;
  }
}
