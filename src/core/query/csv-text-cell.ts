// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A text value as one CSV cell: a leading apostrophe when it starts with = + - @, a tab or a carriage return,
 * so no spreadsheet runs it as a formula; then quoted (quotes doubled) per RFC 4180 when it holds a comma,
 * a quote, CR or LF.
 */
export function csvTextCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
