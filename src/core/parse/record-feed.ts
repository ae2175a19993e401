import { crOnlyLineEnds } from './cell-words';
import type { RowScanner } from './row-scanner';

/** Text pushed in pieces to a scanner, one complete record at a time. */
export interface RecordFeed {
  /** True once any record (header included) was read. */
  readonly sawAnything: boolean;
  push(text: string): void;
  /** Reads what is left, including a last record without a line break. */
  finish(): void;
}

/**
 * Feeds decoded text, in pieces cut anywhere, to `scanner` and calls `onRecord` for every complete record.
 * A leading BOM is dropped; old-Mac CR-only line ends are decided from the first line break (a piece may
 * cut between CR and LF, so text is held until that is known); a record cut at a piece's end waits for the
 * next piece.
 */
export function recordFeed(scanner: RowScanner, onRecord: () => void): RecordFeed {
  let sawAnything = false;
  let carry = '';
  let pending = '';
  let crOnly: boolean | null = null;

  const drain = (text: string, final: boolean) => {
    scanner.reset(text);
    while (scanner.next(final)) {
      sawAnything = true;
      onRecord();
    }
    carry = final ? '' : text.slice(scanner.pos);
  };

  return {
    get sawAnything() {
      return sawAnything;
    },
    push(text: string) {
      if (text === '') return;
      if (crOnly === null) {
        pending += text;
        if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
        crOnly = crOnlyLineEnds(pending);
        if (crOnly === null) return;
        text = pending;
        pending = '';
      }
      if (crOnly) text = text.replaceAll('\r', '\n');
      drain(carry === '' ? text : carry + text, false);
    },
    finish() {
      if (pending !== '') {
        carry = pending.includes('\n') ? pending : pending.replaceAll('\r', '\n');
        pending = '';
      }
      if (carry !== '') drain(carry, true);
    },
  };
}
