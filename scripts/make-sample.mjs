// Writes the demo shop's orders to a CSV file, to try the importer by hand:
//   npm run sample [-- <out.csv> [seed]]        (default: demo-shop.csv, the app's own seed)
// The generator is TypeScript in src/core/sample/; Vite's module runner loads it without a build step.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const [out = 'demo-shop.csv', seed] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}src/core/sample/demo-shop.ts`, {
  configFile: false,
  root,
  logLevel: 'error',
});
const csv = seed === undefined ? module.demoShopCsv() : module.demoShopCsv(Number(seed));
writeFileSync(out, csv);
console.log(`${out}: ${csv.split('\n').length - 2} orders, ${Buffer.byteLength(csv)} bytes`);
