import { test as base, expect, type Page } from '@playwright/test';

/** Records, and aborts, every request of `page` that leaves `origin`; returns the live list of their URLs. */
export async function watchForeignRequests(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  return foreign;
}

/**
 * Every end-to-end test runs through this fixture: it fails the test on any uncaught page error or console
 * error, and on any request that leaves the app's own origin (the app must never send data anywhere).
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const foreign = await watchForeignRequests(page, new URL(baseURL ?? 'http://127.0.0.1:4173/').origin);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await use();
      expect(foreign, 'requests that left the origin').toEqual([]);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
