// Cell tests shared by the orders and customers parsers; they read `s[a, b)` without slicing.

/** Words that database dumps and spreadsheets write for "no value" (compared in lower case). */
const NULL_WORDS = new Set(['null', 'n/a', '#n/a', 'nan', 'none', '(null)', 'nil']);

/** True when `s[a, b)` says "no value": `-`, `--`, `—`, `NULL`, `N/A`, `#N/A`, `NaN`, `None`, `nil`. */
export function isNullText(s: string, a: number, b: number): boolean {
  const n = b - a;
  if (n === 0 || n > 6) return false;
  const c = s.charCodeAt(a);
  if (c === 45 || c === 0x2014) return n === 1 || (n === 2 && s.charCodeAt(a + 1) === c);
  if (c !== 78 && c !== 110 && c !== 35 && c !== 40) return false;
  return NULL_WORDS.has(s.slice(a, b).toLowerCase());
}

/**
 * The end of `s[a, b)` without a zero fraction when it is an integer written as a float (`12345.0`, as
 * pandas writes an integer column with gaps), so the same id reads the same across files; else `b`.
 */
export function integerEnd(s: string, a: number, b: number): number {
  let k = b - 1;
  while (k > a && s.charCodeAt(k) === 48) k--;
  if (k <= a || k === b - 1 || s.charCodeAt(k) !== 46) return b;
  for (let i = a; i < k; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return b;
  }
  return k;
}

/** True when a text breaks lines with a bare CR (old Mac Excel), false for LF/CRLF, null when it cannot tell yet. */
export function crOnlyLineEnds(text: string): boolean | null {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf === -1 ? null : false;
  return cr === text.length - 1 ? null : text.charCodeAt(cr + 1) !== 10;
}

