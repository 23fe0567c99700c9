import { test as base, expect } from '@playwright/test';

/**
 * Every browser test also checks, after it ran, that the page logged no console error and sent
 * no request to any host but the local server.
 */
export const test = base.extend<{ guard: undefined; expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const consoleErrors: string[] = [];
      const offsite: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:')) offsite.push(url);
      });
      await use(undefined);
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(offsite, 'requests that left the local server').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
