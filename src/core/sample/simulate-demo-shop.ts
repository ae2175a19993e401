import { dayToIso, isoToDay } from '../dates';
import { mulberry32 } from './mulberry32';
import {
  ABROAD_REGIONS, CATEGORIES, CATEGORY_WEIGHTS, CHANNELS, CHANNEL_WEIGHTS, CHINA_REGIONS, CHINA_REGION_WEIGHTS,
  FIRST_NAMES, GIVEN_NAMES, LAST_NAMES, SURNAMES,
} from './demo-shop-lists';

/** The demo shop's first and last order days (day numbers). */
export const DEMO_FIRST_DAY = isoToDay('2024-05-01');
export const DEMO_LAST_DAY = isoToDay('2025-10-31');
/** How many customers buy in the demo shop: C00001 … C02500. */
export const DEMO_CUSTOMERS = 2500;

// Buying habits: share of customers, purchases per day while active, mean days until they stop buying.
const HABITS = [
  { share: 0.05, perDay: 0.12, lifetime: 900, spend: 1.25 }, // loyal heavy buyers
  { share: 0.25, perDay: 0.045, lifetime: 320, spend: 1.05 },
  { share: 0.3, perDay: 0.014, lifetime: 220, spend: 1 },
  { share: 0.4, perDay: 0, lifetime: 0, spend: 0.9 }, // one-timers
] as const;

/** How busy a day is: Double 11 and 12, 618, the weeks before Chinese New Year and its quiet holiday. */
function seasonOf(day: number): number {
  const md = dayToIso(day).slice(5);
  if (md === '11-11') return 6;
  if (md >= '11-01' && md <= '11-10') return 2.6;
  if (md === '12-12') return 2.5;
  if (md >= '06-01' && md <= '06-18') return 1.7;
  if (md >= '11-12' || md <= '01-07') return 1.2;
  // Chinese New Year 2025 fell on 29 January: gifts before it, closed shops in its first week.
  if (day >= isoToDay('2025-01-08') && day <= isoToDay('2025-01-27')) return 1.9;
  if (day >= isoToDay('2025-01-28') && day <= isoToDay('2025-02-04')) return 0.4;
  return 1;
}

/** One order row of the demo shop; `day` counts from DEMO_FIRST_DAY, `second` from midnight, money in cents. */
export interface DemoOrder {
  day: number;
  second: number;
  customer: string;
  name: string;
  cents: number;
  quantity: number;
  category: string;
  status: string;
  region: string;
  channel: string;
}

/** One buying customer of the demo shop, as its orders describe it; `firstDay` counts from DEMO_FIRST_DAY. */
export interface DemoCustomer {
  id: string;
  name: string;
  /** A Chinese name (surname and given name) rather than an English one. */
  chinese: boolean;
  region: string;
  /** The day and channel of the customer's first order row. */
  firstDay: number;
  firstChannel: string;
}

/**
 * The demo shop's customers (in id order) and their order rows (in the order they were drawn, not by date),
 * the same for the same seed. Both files of the sample are written from it, so they describe one shop.
 */
export function simulateDemoShop(seed: number): { customers: DemoCustomer[]; orders: DemoOrder[] } {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    let r = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const span = DEMO_LAST_DAY - DEMO_FIRST_DAY + 1;
  const season = Float64Array.from({ length: span }, (_, i) => seasonOf(DEMO_FIRST_DAY + i));
  const rows: DemoOrder[] = [];
  const customers: DemoCustomer[] = [];

  for (let n = 1; n <= DEMO_CUSTOMERS; n++) {
    const id = `C${String(n).padStart(5, '0')}`;
    const chinese = random() < 0.62;
    const name = chinese ? pick(SURNAMES) + pick(GIVEN_NAMES) : `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const region = chinese || random() < 0.35
      ? weighted(CHINA_REGIONS, CHINA_REGION_WEIGHTS)
      : pick(ABROAD_REGIONS);
    const channel = weighted(CHANNELS, CHANNEL_WEIGHTS);
    const favourite = weighted(CATEGORIES, CATEGORY_WEIGHTS);
    let u = random();
    const habit = HABITS.find((h) => (u -= h.share) < 0) ?? HABITS[HABITS.length - 1]!;
    // One in six were already customers when the data starts; later ones arrive with the season
    // (rejection sampling against the season curve).
    let first = Math.floor(random() * 45);
    if (random() > 1 / 6) do first = Math.floor(span * random()); while (random() * 6 > season[first]!);
    const stop = first + Math.floor(-Math.log(1 - random()) * habit.lifetime);

    for (let d = first; d < span && d <= stop; d++) {
      if (d !== first && random() >= habit.perDay * season[d]!) continue;
      const category = random() < 0.6 ? favourite : weighted(CATEGORIES, CATEGORY_WEIGHTS);
      const quantity = weighted([1, 2, 3, 4, 6], [70, 19, 7, 3, 1]);
      const promo = season[d]! >= 2.5 ? 0.85 : 1;
      const unit = category.price * habit.spend * promo * (0.6 + random() * random() * 1.6);
      const cents = Math.round(unit * quantity * 100);
      const second = Math.floor(8 * 3600 + random() * 15 * 3600);
      const late = DEMO_LAST_DAY - (DEMO_FIRST_DAY + d);
      const status = random() < 0.04 ? 'cancelled' : late < 3 && random() < 0.5 ? 'processing' : 'completed';
      const order: DemoOrder = {
        day: d, second, customer: id, name, cents, quantity, category: category.name, status, region,
        channel: random() < 0.85 ? channel : pick(CHANNELS),
      };
      rows.push(order);
      if (d === first) customers.push({ id, name, chinese, region, firstDay: d, firstChannel: order.channel });
      if (status !== 'completed' || random() >= 0.035) continue;
      const refundDay = d + 3 + Math.floor(random() * 18);
      if (refundDay >= span) continue;
      const full = random() < 0.6;
      rows.push({
        ...order,
        day: refundDay,
        cents: -(full ? cents : Math.round(cents * (0.3 + random() * 0.3))),
        quantity: full ? quantity : 1,
        status: 'refunded',
        second: Math.floor(9 * 3600 + random() * 9 * 3600),
      });
    }
  }
  return { customers, orders: rows };
}
