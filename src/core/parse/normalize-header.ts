/** A header name folded for matching: BOM and quotes dropped, lower case, `_`/`-`/spaces collapsed. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-\u3000]+/g, ' ')
    .trim();
}
