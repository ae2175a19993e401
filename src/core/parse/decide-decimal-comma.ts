/**
 * True when an amount column writes decimal commas: some value has a comma followed by one, two or more
 * than three digits at its end (`12,50`), or a dot before its last comma (`1.234,50`), and no value
 * reads as a dot decimal (`12.50`, `1,234.50`).
 */
export function decideDecimalComma(values: readonly string[]): boolean {
  let comma = 0;
  let dot = 0;
  for (const value of values) {
    const v = value.replace(/[^\d.,]/g, '');
    const lastComma = v.lastIndexOf(',');
    const lastDot = v.lastIndexOf('.');
    if (lastComma > lastDot) {
      const tail = v.length - lastComma - 1;
      if (lastDot >= 0 || (tail > 0 && tail !== 3)) comma++;
    } else if (lastDot > lastComma) {
      const tail = v.length - lastDot - 1;
      if (lastComma >= 0 || (tail > 0 && tail !== 3)) dot++;
    }
  }
  return comma > 0 && dot === 0;
}
