import type { Encoding } from '../core/types';

/** Bytes read and decoded per step: big enough for throughput, small enough to keep the worker responsive. */
export const READ_CHUNK_BYTES = 4 << 20;

/** Whether to stop reading, and what to do after each decoded piece. */
export interface PushTextOptions {
  encoding: Encoding;
  /** Receives the decoded text in file order; a character split between pieces is decoded once, whole. */
  push: (text: string) => void;
  /** Called after each piece with the bytes read so far; its time is not counted as reading. */
  afterPiece?: (bytesRead: number) => void;
  /** Checked before each piece; true stops the reading and makes the result `false`. */
  stopped?: () => boolean;
  chunkBytes?: number;
}

/**
 * Streams a Blob as text in pieces of `chunkBytes`, yielding to the event loop (a macrotask) after each
 * one so that messages such as a cancel can arrive. Returns false when stopped, else the milliseconds spent
 * reading and decoding (not pushing).
 */
export async function pushBlobText(blob: Blob, options: PushTextOptions): Promise<number | false> {
  const { encoding, push, afterPiece, stopped = () => false, chunkBytes = READ_CHUNK_BYTES } = options;
  const decoder = new TextDecoder(encoding, { fatal: false }); // a BOM of this encoding is dropped
  let readMs = 0;
  for (let offset = 0; offset < blob.size;) {
    if (stopped()) return false;
    const end = Math.min(blob.size, offset + chunkBytes);
    const t0 = performance.now();
    const bytes = new Uint8Array(await blob.slice(offset, end).arrayBuffer());
    const text = decoder.decode(bytes, { stream: true });
    readMs += performance.now() - t0;
    if (text) push(text);
    offset = end;
    afterPiece?.(offset);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (stopped()) return false;
  const rest = decoder.decode();
  if (rest) push(rest);
  return readMs;
}
