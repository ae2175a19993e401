import type { CodedStrings } from '../types';
import type { CustomerProfiles } from '../customer-types';
import { lowerValues } from './lower-values';

/**
 * Which profile rows are selected by `mask` (null = all) and have an id, name or email containing `search`
 * ignoring case (surrounding spaces ignored; an empty search matches every row): 1 where selected; null
 * when every row is (no mask and no search).
 */
export function matchingRows(profiles: CustomerProfiles, mask: Uint8Array | null, search: string): Uint8Array | null {
  const n = profiles.length;
  const needle = search.trim().toLowerCase();
  if (needle === '') return mask;
  const out = new Uint8Array(n);
  const ids = lowerValues(profiles.ids);
  const name = codeHits(profiles.attributes.name, needle);
  const email = codeHits(profiles.attributes.email, needle);
  for (let i = 0; i < n; i++) {
    if (mask !== null && mask[i] !== 1) continue;
    if ((name !== null && hit(name, i)) || (email !== null && hit(email, i)) || ids[i]!.includes(needle)) out[i] = 1;
  }
  return out;
}

interface CodeHits {
  codes: Int32Array;
  hits: Uint8Array;
}

// Search each distinct name once, then rows by their code.
function codeHits(column: CodedStrings | undefined, needle: string): CodeHits | null {
  if (column === undefined) return null;
  const lower = lowerValues(column.values);
  const hits = new Uint8Array(lower.length);
  for (let c = 0; c < lower.length; c++) hits[c] = lower[c]!.includes(needle) ? 1 : 0;
  return { codes: column.codes, hits };
}

function hit({ codes, hits }: CodeHits, row: number): boolean {
  const code = codes[row]!;
  return code >= 0 && hits[code] === 1;
}
