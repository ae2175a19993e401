/**
 * Reads the cut points typed for one RFM dimension: up to four strictly ascending numbers separated by commas,
 * Chinese commas or spaces, multiplied by `scale` (100 turns currency units into cents). Empty text means
 * quintiles (null); anything else unreadable is 'invalid'.
 */
export function parseCuts(text: string, scale = 1): number[] | null | 'invalid' {
  const parts = text.split(/[,，、;；\s]+/).filter((part) => part !== '');
  if (parts.length === 0) return null;
  if (parts.length > 4) return 'invalid';
  const values = parts.map(Number);
  if (values.some((value) => !Number.isFinite(value))) return 'invalid';
  for (let i = 1; i < values.length; i++) if (values[i]! <= values[i - 1]!) return 'invalid';
  return values.map((value) => Math.round(value * scale * 1e6) / 1e6);
}

/** Cut points as the form shows them again: in display units, separated by ", ". */
export function cutsText(cuts: readonly number[] | null, scale = 1): string {
  return cuts ? cuts.map((cut) => String(Math.round((cut / scale) * 1e6) / 1e6)).join(', ') : '';
}
