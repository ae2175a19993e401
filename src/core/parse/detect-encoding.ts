import type { Encoding } from '../types';

/** The encoding of a file's first bytes and how many bytes of byte-order mark to skip. */
export interface EncodingGuess {
  encoding: Encoding;
  fromBom: boolean;
  bomLength: number;
}

/** True when the bytes are valid UTF-8, allowing one character cut off at the very end. */
function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    if (i + need >= n) return true;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

/**
 * True when the high bytes (≥ 0x80) of a file that is not UTF-8 look like a Western single-byte encoding
 * rather than GB18030. Chinese text in GB18030 is almost all pairs of high bytes (GB2312 lead and trail
 * are both ≥ 0xA1) or four-byte sequences (high, digit, high, digit); accented Latin text in Windows-1252
 * has a high byte between ASCII letters: `Müller` is `M 0xFC l l e r`, `é;` is `0xE9 0x3B`.
 */
function looksWindows1252(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let pairs = 0;
  let singles = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (i + 1 >= n) break; // a character cut off at the end of the head says nothing
    const next = bytes[i + 1]!;
    const lead = b >= 0x81 && b <= 0xfe;
    if (lead && next >= 0x80 && next <= 0xfe) {
      pairs++;
      i++;
    } else if (lead && next >= 0x30 && next <= 0x39 && i + 3 < n && bytes[i + 2]! >= 0x81 &&
      bytes[i + 2]! <= 0xfe && bytes[i + 3]! >= 0x30 && bytes[i + 3]! <= 0x39) {
      pairs++;
      i += 3;
    } else singles++;
  }
  return singles > pairs;
}

/**
 * Guesses a file's encoding from its head: a byte-order mark (UTF-8, UTF-16 LE/BE), UTF-16 without
 * one (zero bytes in every other position), valid UTF-8, else GB18030, which Chinese Excel writes, or
 * Windows-1252, which German, French or Spanish Excel writes, told apart by how their high bytes group.
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', fromBom: true, bomLength: 3 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', fromBom: true, bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', fromBom: true, bomLength: 2 };
  const pairs = Math.min(head.length >> 1, 32768);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (pairs > 0 && oddZeros > pairs * 0.2 && evenZeros < oddZeros * 0.1) {
    return { encoding: 'utf-16le', fromBom: false, bomLength: 0 };
  }
  if (pairs > 0 && evenZeros > pairs * 0.2 && oddZeros < evenZeros * 0.1) {
    return { encoding: 'utf-16be', fromBom: false, bomLength: 0 };
  }
  if (isUtf8(head)) return { encoding: 'utf-8', fromBom: false, bomLength: 0 };
  return { encoding: looksWindows1252(head) ? 'windows-1252' : 'gb18030', fromBom: false, bomLength: 0 };
}
