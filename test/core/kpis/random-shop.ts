import { dayToIso, isoToDay } from '../../../src/core/dates';
import type { TestOrder } from '../metrics/order-table';

const STATUSES = ['completed', 'completed', 'completed', 'cancelled', 'refunded', 'Failed'] as const;

/** A deterministic pseudo-random shop (mulberry32 on `seed`) spanning 2023-10-01 … 2024-09-30. */
export function randomShop(seed: number, rows: number, customers: number): TestOrder[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const first = isoToDay('2023-10-01');
  const shop: TestOrder[] = [];
  for (let i = 0; i < rows; i++) {
    const r = next();
    // Mostly purchases; some refunds, orders of no value and unreadable amounts.
    const amount =
      r < 0.75 ? Math.round(next() * 20000) / 100 + 0.01 : r < 0.85 ? -Math.round(next() * 50) : r < 0.93 ? 0 : undefined;
    shop.push({
      customer: `c${Math.floor(next() * customers)}`,
      // Days cluster so the same customer often buys twice on one day.
      date: dayToIso(first + Math.floor(next() * 60) * 6),
      amount,
      status: STATUSES[Math.floor(next() * STATUSES.length)]!,
    });
  }
  return shop;
}
