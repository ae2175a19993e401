import { dayToIso } from '../dates';
import { csvCell } from './csv-cell';
import { DEMO_HEADER } from './demo-shop-lists';
import { DEMO_FIRST_DAY, simulateDemoShop } from './simulate-demo-shop';

/** A synthetic shop's orders as UTF-8 CSV text (amounts in yuan, CNY), the same text for the same seed. */
export function demoShopCsv(seed = 20240501): string {
  const rows = simulateDemoShop(seed).orders;
  rows.sort((a, b) => a.day - b.day || a.second - b.second);
  const lines = [DEMO_HEADER.join(',')];
  rows.forEach((row, i) => {
    const time = [row.second / 3600, (row.second / 60) % 60, row.second % 60]
      .map((v) => String(Math.floor(v)).padStart(2, '0')).join(':');
    const cells = [
      `${row.status === 'refunded' ? 'RF' : 'SO'}${String(i + 1).padStart(6, '0')}`, row.customer, row.name,
      `${dayToIso(DEMO_FIRST_DAY + row.day)} ${time}`, (row.cents / 100).toFixed(2), 'CNY', String(row.quantity),
      row.category, row.status, row.region, row.channel,
    ];
    lines.push(cells.map(csvCell).join(','));
  });
  return `${lines.join('\n')}\n`;
}
