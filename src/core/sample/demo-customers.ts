import { dayToIso, isoToDay } from '../dates';
import { csvCell } from './csv-cell';
import {
  ABROAD_PHONES, AGE_BANDS, DEMO_CUSTOMERS_HEADER, MAIL_DOMAINS, MOBILE_PREFIXES, NAME_GENDER, PINYIN,
  PLACES_BY_REGION,
} from './demo-customers-lists';
import {
  ABROAD_REGIONS, CHANNELS, CHANNEL_WEIGHTS, CHINA_REGIONS, CHINA_REGION_WEIGHTS, FIRST_NAMES, GIVEN_NAMES,
  LAST_NAMES, SURNAMES,
} from './demo-shop-lists';
import { mulberry32 } from './mulberry32';
import { DEMO_CUSTOMERS, DEMO_FIRST_DAY, DEMO_LAST_DAY, simulateDemoShop } from './simulate-demo-shop';

/** Buying customers the customers file leaves out (5% of the 2,500): they are in the orders only. */
export const DEMO_LEFT_OUT = 125;
/** Customers with a row but no order yet (prospects), C02501 … C02800, all signed up in the last 4 months. */
export const DEMO_PROSPECTS = 300;

const PROSPECT_DAYS = 122;

/** Folds a Latin name to the letters an email address uses (Zoë → zoe, Müller → mueller). */
function mailName(name: string): string {
  return name.toLowerCase().replace(/ü/g, 'ue').normalize('NFD').replace(/[^a-z]/g, '');
}

/**
 * The demo shop's customers file as UTF-8 CSV text with the Chinese headers of a CRM member list, the same
 * text for the same seed and consistent with `demoShopCsv(seed)`: the same ids and names, a province and city
 * in the region of the customer's orders, the channel of their first order and a signup date on or before
 * it. `DEMO_LEFT_OUT` buying customers have no row; `DEMO_PROSPECTS` rows have no orders. Phones, emails
 * (on reserved example domains), birthdays, genders and age bands (age on 2025-10-31) are made up; some are
 * empty, as in real member lists.
 */
export function demoCustomersCsv(seed = 20240501): string {
  const { customers } = simulateDemoShop(seed);
  // A stream of its own: the orders' draws, and so demoShopCsv's text, stay as they were.
  const random = mulberry32(seed ^ 0x5bd1e995);
  const below = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    let r = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const digits = (n: number) => Array.from({ length: n }, () => String(below(10))).join('');
  const phones = new Set<string>();
  const emails = new Set<string>();
  const unique = (used: Set<string>, make: () => string): string => {
    let value = make();
    while (used.has(value)) value = make();
    used.add(value);
    return value;
  };

  // Which buying customers have no row: exactly DEMO_LEFT_OUT of them, drawn by a partial shuffle.
  const order = Array.from({ length: customers.length }, (_, i) => i);
  for (let i = 0; i < DEMO_LEFT_OUT; i++) {
    const j = i + below(order.length - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const leftOut = new Set(order.slice(0, DEMO_LEFT_OUT));

  const row = (id: string, name: string, chinese: boolean, region: string, channel: string, signup: number) => {
    const place = weighted(PLACES_BY_REGION[region]!, PLACES_BY_REGION[region]!.map((p) => p.weight));
    const city = pick(place.cities);
    const abroad = (ABROAD_REGIONS as readonly string[]).includes(region);
    const abroadPhone = ABROAD_PHONES[city];
    const phone = abroad && abroadPhone
      ? (random() < 0.7 ? unique(phones, () => abroadPhone[0] + digits(abroadPhone[1])) : '')
      : (random() < 0.96 ? unique(phones, () => pick(MOBILE_PREFIXES) + digits(8)) : '');
    const [first, last] = chinese ? [name.slice(1), name.slice(0, 1)] : name.split(' ') as [string, string];
    let email = '';
    if (random() < (chinese ? 0.4 : 0.85)) {
      email = unique(emails, () => {
        const domain = pick(MAIL_DOMAINS);
        if (chinese) {
          const pinyin = `${PINYIN[last]}${PINYIN[first]}`;
          // Many Chinese addresses are QQ numbers; the rest are pinyin and digits.
          return random() < 0.35
            ? `${1 + below(9)}${digits(5 + below(5))}@${domain}`
            : `${pinyin}${digits(2 + below(3))}@${domain}`;
        }
        const [f, l] = [mailName(first), mailName(last)];
        return random() < 0.5
          ? `${f}.${l}${random() < 0.4 ? digits(2) : ''}@${domain}`
          : `${f[0]}${l}${digits(2)}@${domain}`;
      });
    }
    const gender = NAME_GENDER[first] ?? (random() < 0.55 ? '女' : '男');
    const band = weighted(AGE_BANDS, AGE_BANDS.map((b) => b.weight));
    const age = band.from + below(band.to - band.from + 1);
    // Born between the day after one's (age + 1)th and one's age-th birthday before 2025-10-31: exactly `age`.
    const latest = isoToDay(`${2025 - age}-10-31`);
    const earliest = isoToDay(`${2025 - age - 1}-11-01`);
    const hasBirthday = random() < 0.65;
    const birthday = hasBirthday ? dayToIso(earliest + below(latest - earliest + 1)) : '';
    const ageBand = hasBirthday || random() < 0.45 ? band.band : '';
    return [
      id, name, phone, email, place.province, city, channel, dayToIso(signup), birthday,
      random() < 0.96 ? gender : '', ageBand,
    ];
  };

  const rows: string[][] = [];
  customers.forEach((c, i) => {
    if (leftOut.has(i)) return;
    const firstOrder = DEMO_FIRST_DAY + c.firstDay;
    // Customers buying in the first weeks were mostly members already; later ones often join at checkout.
    const u = random();
    const before = c.firstDay < 45
      ? (u < 0.2 ? below(45) : 30 + below(1000))
      : (u < 0.6 ? 0 : u < 0.85 ? 1 + below(60) : 61 + below(840));
    rows.push(row(c.id, c.name, c.chinese, c.region, c.firstChannel, firstOrder - before));
  });
  for (let n = DEMO_CUSTOMERS + 1; n <= DEMO_CUSTOMERS + DEMO_PROSPECTS; n++) {
    const chinese = random() < 0.62;
    const name = chinese ? pick(SURNAMES) + pick(GIVEN_NAMES) : `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const region = chinese || random() < 0.35
      ? weighted(CHINA_REGIONS, CHINA_REGION_WEIGHTS)
      : pick(ABROAD_REGIONS);
    const channel = weighted(CHANNELS, CHANNEL_WEIGHTS);
    const signup = DEMO_LAST_DAY - below(PROSPECT_DAYS);
    rows.push(row(`C${String(n).padStart(5, '0')}`, name, chinese, region, channel, signup));
  }
  const lines = [DEMO_CUSTOMERS_HEADER.join(','), ...rows.map((cells) => cells.map(csvCell).join(','))];
  return `${lines.join('\n')}\n`;
}
