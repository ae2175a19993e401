import { test as base } from '@playwright/test';
import { test, expect, watchForeignRequests } from './guard';

base('the origin watch catches a request that leaves the origin', async ({ page, baseURL }) => {
  const foreign = await watchForeignRequests(page, new URL(baseURL!).origin);
  await page.goto('./');
  await page.evaluate(() => fetch('https://example.com/collect', { method: 'POST', body: 'x' }).catch(() => null));
  expect(foreign).toEqual(['https://example.com/collect']);
});

test('using the app end to end requests nothing but its own files', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('./');
  await expect(page.getByRole('main')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const origin = new URL(baseURL!).origin;
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')))
    .toEqual([]);
});
