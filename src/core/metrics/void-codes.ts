import type { CodedStrings } from '../types';
import { isVoidStatus } from '../orders/status';

/** One flag per status dictionary entry (1 = void, see isVoidStatus); empty when there is no status column. */
export function voidCodes(status: CodedStrings | undefined): Uint8Array {
  const flags = new Uint8Array(status?.values.length ?? 0);
  status?.values.forEach((value, code) => {
    flags[code] = isVoidStatus(value) ? 1 : 0;
  });
  return flags;
}
