interface Encoder {
  encode(input: string): Uint8Array;
}

/**
 * CSV text as UTF-8 bytes (a leading U+FEFF becomes the bytes EF BB BF), through the platform's TextEncoder,
 * reached via `globalThis` because core compiles against ES2022 only.
 */
export function csvBytes(text: string): Uint8Array {
  const TextEncoderClass = (globalThis as unknown as { TextEncoder: new () => Encoder }).TextEncoder;
  return new TextEncoderClass().encode(text);
}
