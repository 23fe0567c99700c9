import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const pageTypes = {
  home: '',
  timeline: 'timeline/',
  'timeline by jurisdiction': 'timeline/kr/',
  action: 'actions/rok-2023-05-23-it-worker-network/',
  person: 'people/ri-chang-ho/',
  organisation: 'organisations/bureau-313/',
  source: 'sources/kdi-eiec-2024-12-26/',
  'actions index': 'actions/',
  'people index': 'people/',
  'organisations index': 'organisations/',
  'sources index': 'sources/',
  search: 'search/?q=Lazarus',
  about: 'about/',
  coverage: 'coverage/',
  matrix: 'matrix/',
  downloads: 'downloads/',
  changes: 'changes/',
  network: 'network/',
  incident: 'incidents/2022-ronin-network/',
  'incidents index': 'incidents/',
  'incidents of a group': 'incidents/group/lazarus-group/',
};

for (const [name, path] of Object.entries(pageTypes)) {
  test(`the ${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    if (name === 'search') await expect(page.getByRole('status')).toContainText('result');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('a missing page', () => {
  // The browser itself logs the 404 status of the page being tested.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('the 404 page explains and offers a way on', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations).toEqual([]);
  });
});

test('pages work without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('people/ri-chang-ho/');
  await page.getByRole('region', { name: 'Actions that named them' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ri Chang Ho');
  await page.goto('search/');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await context.close();
});
