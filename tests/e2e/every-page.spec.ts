import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// Every page the sitemap lists, read from the build, split into slices that run in parallel.
const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname.replace(/^\//, ''));
const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/|\/$/g, '');
const relative = paths.map((path) => (base && path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path));
const SLICES = 8;

test('the sitemap lists every kind of page', () => {
  expect(relative.length).toBeGreaterThan(300);
  for (const section of ['people/', 'organisations/', 'actions/', 'sources/', 'timeline/', 'coverage/']) {
    expect(relative.some((path) => path.startsWith(section))).toBe(true);
  }
});

for (let slice = 0; slice < SLICES; slice += 1) {
  const mine = relative.filter((_, index) => index % SLICES === slice);
  test(`axe finds no WCAG 2.2 AA violation on sitemap pages, slice ${slice + 1} of ${SLICES} (${mine.length} pages)`, async ({ page }) => {
    test.setTimeout(600_000);
    const violations: string[] = [];
    for (const path of mine) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of results.violations) violations.push(`${path}: ${violation.id} (${violation.nodes.length})`);
    }
    expect(violations).toEqual([]);
  });
}
