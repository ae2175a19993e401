// Writes a deterministic orders CSV for the benchmark: N rows (default 1,000,000), ~N/10 customers.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** mulberry32: a small seeded PRNG, so every run benchmarks the same bytes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['books', 'music', 'garden', 'toys', 'kitchen', 'beauty', 'sports', 'office'];
const STATUSES = ['paid', 'paid', 'paid', 'paid', 'paid', 'paid', 'paid', 'paid', 'refunded', 'cancelled'];

export async function makeOrders(path, rows = 1_000_000, seed = 7) {
  mkdirSync(dirname(path), { recursive: true });
  const random = prng(seed);
  const customers = Math.round(rows / 10);
  const start = Date.UTC(2023, 0, 1);
  const out = createWriteStream(path);
  let buffer = 'order_id,customer_id,order_date,amount,quantity,category,status\n';
  for (let i = 0; i < rows; i++) {
    const customer = 1 + Math.floor(random() ** 1.6 * customers);
    const day = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    const amount = (5 + random() * random() * 400).toFixed(2);
    const quantity = 1 + Math.floor(random() * random() * 6);
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    const status = STATUSES[Math.floor(random() * STATUSES.length)];
    buffer += `${1_000_000 + i},C${String(customer).padStart(6, '0')},${day},${amount},${quantity},${category},${status}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise((resolve) => out.end(resolve));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path = 'bench/.data/orders-1m.csv', rows = '1000000'] = process.argv.slice(2);
  await makeOrders(path, Number(rows));
  console.log(`wrote ${path}`);
}
