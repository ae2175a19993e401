/**
 * The discount rate of one period (a share, 0.0080 = 0.80%) equivalent to `discountPerYear` (0.1 = 10% a
 * year) when a year has `periodsPerYear` periods: (1 + yearly)^(1/periodsPerYear) − 1, so that compounding
 * it over a year gives the yearly rate back.
 */
export function discountPerPeriod(discountPerYear: number, periodsPerYear: number): number {
  return (1 + discountPerYear) ** (1 / periodsPerYear) - 1;
}
