// `npm run bench:search`: search quality and cost on the built site, in Debian's Chromium.
// Prints recall@1 and recall@5 over tests/search/queries.tsv, the median time from typing to
// results, the bytes a browser transfers for a first and a later query, and the index size.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { folderSize, median } from './measure';
import { chromium } from '@playwright/test';

const port = 4339;
const origin = `http://127.0.0.1:${port}`;

const queries = readFileSync('tests/search/queries.tsv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([query = '', expected = '', kind = '']) => ({ query, expected, kind }));

const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (
      await fetch(`${origin}/`)
        .then((response) => response.ok)
        .catch(() => false)
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  let transferred = 0;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(`${origin}/search/`);
  const box = page.getByRole('searchbox', { name: 'Search', exact: true });
  const status = page.getByRole('status');

  const run = async (query: string) => {
    const before = transferred;
    const started = performance.now();
    await box.fill(query);
    await status.filter({ hasText: `“${query}”` }).waitFor();
    const elapsed = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const hrefs = await page
      .locator('[data-suggestions]:not([hidden]) a, [data-results] > li:not([data-closest]) > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return { elapsed, bytes: transferred - before, paths: hrefs.map((href) => new URL(href, origin).pathname) };
  };

  const first = await run('Ri Chang Ho');
  const later = await run('Kimsuky');
  const times: number[] = [];
  let at1 = 0;
  let at5 = 0;
  const scored = queries.filter((entry) => entry.expected !== '-');
  for (const { query, expected } of scored) {
    const { elapsed, paths } = await run(query);
    times.push(elapsed);
    if (paths[0]?.endsWith(expected)) at1 += 1;
    if (paths.slice(0, 5).some((found) => found.endsWith(expected))) at5 += 1;
  }
  await browser.close();

  const index = folderSize('dist/pagefind');
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`queries                 ${scored.length} (+${queries.length - scored.length} made-up names)`);
  console.log(`recall@1                ${(at1 / scored.length).toFixed(3)}`);
  console.log(`recall@5                ${(at5 / scored.length).toFixed(3)}`);
  console.log(`median query time       ${median(times).toFixed(0)} ms (typing to results shown, includes a 150 ms debounce)`);
  console.log(`first query transfers   ${kib(first.bytes)} (search code, WASM, index chunks, fragments)`);
  console.log(`later query transfers   ${kib(later.bytes)}`);
  console.log(`index on disk           ${kib(index.bytes)} in ${index.files} files`);
} finally {
  server.kill();
}
