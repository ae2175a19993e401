import type { CodedStrings } from '../core/types';
import type { Dict } from './db';

/** What every stored chunk has, whatever the dataset's kind: its place and its string columns. */
interface ChunkPlace {
  index: number;
  start: number;
  text: Record<string, Int32Array>;
}

/**
 * Readers of a dataset's columns across its chunks (any order): `column` joins one typed column in chunk
 * order (missing parts hold `fill`), `coded` adds the column's dictionary, `text` decodes every text column.
 * A dataset of one chunk (≤ 262k rows, the common case) hands out the chunk's own arrays, uncopied.
 */
export function chunkColumns<C extends ChunkPlace>(rows: number, chunks: C[], dicts: Dict[]) {
  const sorted = [...chunks].sort((a, b) => a.index - b.index);
  const values = new Map(dicts.map((d) => [d.column, d.values]));
  const column = <T extends Int32Array | Float64Array>(
    make: (n: number) => T, pick: (c: C) => T | undefined, fill: number,
  ): T => {
    const only = sorted.length === 1 ? pick(sorted[0]!) : undefined;
    if (only && only.length === rows) return only;
    const out = make(rows);
    if (fill !== 0) out.fill(fill);
    for (const chunk of sorted) {
      const src = pick(chunk);
      if (src) out.set(src, chunk.start);
    }
    return out;
  };
  const coded = (name: string, pick: (c: C) => Int32Array | undefined): CodedStrings => ({
    codes: column((k) => new Int32Array(k), pick, -1),
    values: values.get(name) ?? [],
  });
  const text = (names: string[]): Record<string, CodedStrings> =>
    Object.fromEntries(names.map((name) => [name, coded(`text:${name}`, (c) => c.text[name])]));
  return { column, coded, text };
}
