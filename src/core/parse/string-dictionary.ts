import type { CodedStrings } from '../types';
import { grownInt32 } from './growable';

const PROBE_CALLS = 8192;

/**
 * Builds a dictionary-encoded string column row by row; each distinct string is stored once. With
 * `adaptive`, a column that turns out nearly unique (over 90% distinct in its first 8192 values, like
 * order ids) stops deduplicating: a million-entry Map costs more than the whole rest of a parse, and
 * such a column gains nothing from it. Its `values` may then repeat a string, so compare strings, not
 * codes, on such a column.
 */
export class StringDictionary {
  codes: Int32Array = new Int32Array(1024);
  readonly values: string[] = [];
  #index: Map<string, number> | null = new Map<string, number>();
  #calls = 0;
  readonly #adaptive: boolean;

  constructor(adaptive = false) {
    this.#adaptive = adaptive;
  }

  /** The code of `value`, adding it on first sight. */
  code(value: string): number {
    const index = this.#index;
    if (index === null) return this.values.push(value) - 1;
    let code = index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      index.set(value, code);
    }
    if (this.#adaptive && ++this.#calls === PROBE_CALLS && this.values.length > PROBE_CALLS * 0.9) this.#index = null;
    return code;
  }

  /** True while every string in `values` is distinct. */
  get deduplicated(): boolean {
    return this.#index !== null;
  }

  /** Stores `code` at row `row` (−1 for missing), growing the column as needed. */
  set(row: number, code: number): void {
    if (row >= this.codes.length) this.codes = grownInt32(this.codes, row + 1);
    this.codes[row] = code;
  }

  /** The first `length` rows as a column. */
  column(length: number): CodedStrings {
    return { codes: this.codes.slice(0, length), values: this.values };
  }
}
