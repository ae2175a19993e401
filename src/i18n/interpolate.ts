/** Message parameters: values are shown as given, so numbers should arrive already formatted. */
export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders of a message; a placeholder without a parameter stays visible, as a clue. */
export function interpolate(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole);
}
