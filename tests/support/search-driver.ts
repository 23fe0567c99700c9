// Drives the search page of a built site in Debian's Chromium: what a reader's browser pays for a
// query (time from typing to results, bytes transferred) and what it shows. Used by tests and benchmarks.
import { chromium, type Page } from '@playwright/test';

export { serveBuilt } from './serve';

export interface QueryCost {
  /** Milliseconds from filling the box to the status line naming the query (includes the 150 ms debounce). */
  elapsed: number;
  /** Bytes (bodies and headers) the browser fetched for this query. */
  bytes: number;
  /** Paths of the results and suggestions shown, best first. */
  paths: string[];
}

/**
 * Opens the search page in Chromium; `run` types one query and measures it; `page` is there to look at what it shows.
 * Any search page works that has a searchbox named "Search", a status that names the query in curly quotes once its
 * results are shown, and its results as links in `[data-results] > li`: the site's /search/ and the plain baseline's
 * (bench/plain-astro.ts).
 */
export async function openSearch(origin: string): Promise<{ page: Page; run: (query: string) => Promise<QueryCost>; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  let transferred = 0;
  // A request's sizes arrive after it has finished: a query's bytes are counted once every count
  // under way has landed, or the page's own files could be counted as the first query's.
  const counting = new Set<Promise<void>>();
  page.on('requestfinished', (request) => {
    const count = request
      .sizes()
      .then((sizes) => {
        transferred += sizes.responseBodySize + sizes.responseHeadersSize;
      })
      .catch(() => undefined)
      .finally(() => counting.delete(count));
    counting.add(count);
  });
  const settled = async () => {
    await page.waitForLoadState('networkidle');
    while (counting.size > 0) await Promise.all(counting);
  };
  await page.goto(`${origin}/search/`);
  await settled();
  const box = page.getByRole('searchbox', { name: 'Search', exact: true });
  const status = page.getByRole('status');

  const run = async (query: string): Promise<QueryCost> => {
    await settled();
    const before = transferred;
    const started = performance.now();
    await box.fill(query);
    await status.filter({ hasText: `“${query}”` }).waitFor({ timeout: 60_000 });
    const elapsed = performance.now() - started;
    await settled();
    const hrefs = await page
      .locator('[data-suggestions]:not([hidden]) a, [data-results] > li:not([data-closest]) > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return { elapsed, bytes: transferred - before, paths: hrefs.map((href) => new URL(href, origin).pathname) };
  };
  return { page, run, close: () => browser.close() };
}
