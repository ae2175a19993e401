import type { CodedStrings } from '../types';
import { grownInt32 } from './growable';

/** Builds a dictionary-encoded string column row by row; each distinct string is stored once. */
export class StringDictionary {
  codes: Int32Array = new Int32Array(1024);
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();

  /** The code of `value`, adding it on first sight. */
  code(value: string): number {
    let code = this.#index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#index.set(value, code);
    }
    return code;
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
