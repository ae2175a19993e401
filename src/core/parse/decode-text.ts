import type { Encoding } from '../types';

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

/**
 * Decodes bytes with the platform's TextDecoder (present in browsers, workers and Node). Reached through
 * `globalThis` because core compiles against ES2022 only; malformed bytes become U+FFFD.
 */
export function decodeText(bytes: Uint8Array, encoding: Encoding): string {
  const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;
  return new TextDecoderClass(encoding).decode(bytes);
}
