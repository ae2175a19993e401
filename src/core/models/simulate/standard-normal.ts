/** A standard normal draw (mean 0, sd 1) from uniform draws in [0, 1), by Marsaglia's polar method. */
export function standardNormal(random: () => number): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const q = u * u + v * v;
    if (q > 0 && q < 1) return u * Math.sqrt((-2 * Math.log(q)) / q);
  }
}
