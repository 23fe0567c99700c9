import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface Query {
  query: string;
  expected: string;
  kind: string;
}

const queries: Query[] = readFileSync(new URL('../search/queries.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [query = '', expected = '', kind = ''] = line.split('\t');
    return { query, expected, kind };
  });

test('every spelling in tests/search/queries.tsv finds its entity: recall@1 ≥ 0.98, recall@5 = 1, no name of nobody matched', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'Search', exact: true });
  const status = page.getByRole('status');
  let firstHits = 0;
  let fiveHits = 0;
  const misses: string[] = [];
  const falseMatches: string[] = [];
  const noSuggestion: string[] = [];
  const entityQueries = queries.filter((entry) => entry.expected !== '-');
  for (const { query, expected, kind } of queries) {
    await box.fill(query);
    await expect(status).toContainText(`“${query}”`);
    const items = await page
      .getByRole('main')
      .locator('[data-results] > li')
      .evaluateAll((elements) =>
        elements.map((element) => ({ href: element.querySelector('a')?.getAttribute('href') ?? '', closest: element.hasAttribute('data-closest') })),
      );
    // A "did you mean" suggestion (shown only when nothing matches) counts as finding the entity.
    if (kind.startsWith('one wrong letter') && !(await page.locator('[data-suggestions]').isVisible())) noSuggestion.push(query);
    const suggested = await page.locator('[data-suggestions]:not([hidden]) a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const matches = [...suggested, ...items.filter((item) => !item.closest).map((item) => item.href)].map((href) => new URL(href, 'http://site').pathname);
    if (expected === '-') {
      const matched = items.filter((item) => !item.closest);
      if (matched.length > 0) falseMatches.push(`${query} → ${matched.map((item) => item.href).join(', ')}`);
      continue;
    }
    const hit = (path: string) => path.endsWith(expected);
    if (matches[0] && hit(matches[0])) firstHits += 1;
    if (matches.slice(0, 5).some(hit)) fiveHits += 1;
    else misses.push(`${query} (${kind}) → ${matches.slice(0, 3).join(', ') || 'nothing'}`);
    if (!(matches[0] && hit(matches[0]))) console.log(`not first: ${query} (${kind}) → ${matches.slice(0, 3).join(', ')}`);
  }
  const recallAt1 = firstHits / entityQueries.length;
  const recallAt5 = fiveHits / entityQueries.length;
  console.log(
    `search recall over ${entityQueries.length} queries: @1 ${recallAt1.toFixed(3)}, @5 ${recallAt5.toFixed(3)}; names of nobody: ${queries.length - entityQueries.length}`,
  );
  expect(queries.length).toBeGreaterThanOrEqual(350);
  expect(queries.length - entityQueries.length).toBeGreaterThanOrEqual(40);
  expect(misses).toEqual([]);
  expect(noSuggestion).toEqual([]);
  expect(falseMatches).toEqual([]);
  expect(recallAt1).toBeGreaterThanOrEqual(0.98);
  expect(recallAt5).toBe(1);
});
