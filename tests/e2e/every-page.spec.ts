import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { onePerShapeAcrossEditions } from '../support/page-shape';
import { pathUnderBase, sitemapEntries } from '../support/sitemap';
import { expect, test } from './fixtures';

// Every page the sitemap lists, read from the build, split into slices that run in parallel.
const dist = new URL(`../../${process.env['OUT_DIR'] ?? 'dist'}/`, import.meta.url);
const base = process.env['BASE_PATH'] ?? '/';
const relative = sitemapEntries(fileURLToPath(dist), base).map(({ loc }) => pathUnderBase(loc, base));
const SLICES = 4;
// Pages of one shape (same elements, classes, roles and languages; other words) get the same axe
// result, so axe checks the first page of each shape; html-validate and the link check read every page.
// A Korean page and its English twin have one shape but for their language; the page checked of each shape
// alternates between the editions.
const checked = onePerShapeAcrossEditions(
  relative.map((path) => ({ path, language: path.startsWith('ko/') ? 'ko' : 'en', html: readFileSync(new URL(`${path}index.html`, dist), 'utf8') })),
);

test('the sitemap lists every kind of page', () => {
  expect(relative.length).toBeGreaterThan(300);
  for (const section of ['people/', 'organisations/', 'actions/', 'sources/', 'timeline/', 'coverage/']) {
    expect(relative.some((path) => path.startsWith(section))).toBe(true);
  }
});

for (let slice = 0; slice < SLICES; slice += 1) {
  const mine = checked.filter((_, index) => index % SLICES === slice).map((entry) => entry.path);
  test(`axe finds no WCAG 2.2 AA violation on one page of each shape, slice ${slice + 1} of ${SLICES} (${mine.length} of ${relative.length} pages)`, async ({
    page,
  }) => {
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
