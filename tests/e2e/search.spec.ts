import { expect, test } from './fixtures';
import { builtContent } from '../support/content';
import { en } from '~/i18n/en';
import { KEY_MARK, MATCH_THRESHOLD, MAX_QUERY_LENGTH } from '~/lib/search/match-model';

test.describe('search finds the right page first', () => {
  for (const [query, path] of [
    ['Ri Chang Ho', '/people/ri-chang-ho/'],
    ['리창호', '/people/ri-chang-ho/'],
    ['Lazarus', '/organisations/lazarus-group/'],
  ] as const) {
    test(`“${query}” puts ${path} first`, async ({ page }) => {
      await page.goto('search/');
      const box = page.getByRole('searchbox', { name: 'Search', exact: true });
      await box.fill(query);
      await box.press('Enter');
      const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
      await expect(first).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
      await expect(page.getByRole('status')).toContainText('result');
    });
  }

  test('the header search box leads to results', async ({ page }) => {
    await page.goto('');
    await page.getByRole('banner').getByRole('searchbox').fill('Kimsuky');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toHaveAttribute('href', /\/organisations\/kimsuky\/$/);
  });

  test('a name no page holds says so plainly, and labels anything shown as a closest match', async ({ page }) => {
    await page.goto('search/?q=Zzyzx%20Quorble');
    await expect(page.getByRole('status')).toContainText('No match for “Zzyzx Quorble”');
    const items = page.getByRole('main').getByRole('listitem');
    for (const item of await items.all()) {
      await expect(item).toContainText('closest match, not a match');
      await expect(item).not.toContainText('Matched:');
    }
  });

  test('excerpts show the page’s own text: no field labels run into values, no generated spellings or index keys', async ({ page }) => {
    // "Kim Su Il" brings exact matches and closest ones (Kim Song-il, Kimsuky), whose excerpts start at their heading.
    await page.goto('search/?q=Kim%20Su%20Il');
    await expect(page.getByRole('status')).toContainText('“Kim Su Il”');
    const excerpts = await page.locator('[data-results] > li > p.text-muted').allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(new RegExp(`\\w${KEY_MARK}\\b`));
      expect(excerpt).not.toMatch(/\b(Announced|Effective|Jurisdiction|Authority)\S/);
    }
    // A closest result names the printed name that scored best as the nearest one, never as a match.
    const closest = page.locator('[data-results] > li[data-closest]');
    await expect(closest.filter({ hasText: 'Nearest name:' }).first()).toBeVisible();
    await expect(closest.filter({ hasText: 'Matched:' })).toHaveCount(0);
  });
});

test.describe('search results explain themselves and can be narrowed', () => {
  test('a result shows the name form that matched and the entity’s status', async ({ page }) => {
    await page.goto('search/?q=Lee%20Chang%20Ho');
    const first = page.locator('[data-results] > li').first();
    await expect(first.getByRole('link')).toHaveText('Ri Chang Ho');
    await expect(first).toContainText('Person');
    await expect(first).toContainText('Matched: Lee Chang Ho');
    await expect(first).toContainText('KR designated since 2023-12-27');
  });

  test('the type filter keeps only that type', async ({ page }) => {
    await page.goto('search/?q=Kimsuky');
    await expect(page.getByRole('status')).toContainText('result');
    await page.getByRole('combobox', { name: 'Type' }).selectOption('Action');
    await expect(page.locator('[data-results] > li').first()).toContainText('Action');
    const types = await page.locator('[data-results] > li > span').allTextContents();
    expect(types.length).toBeGreaterThan(1);
    expect(types.every((text) => text.startsWith('Action'))).toBe(true);
  });

  test('a name lists the actions naming its bearer, at the bearer’s score, and keeps them with “Action” chosen', async ({ page }) => {
    const { actions, people } = builtContent();
    const naming = (id: string) => actions.filter((action) => action.data.designees.some((designee) => designee.person === id));
    // A person named in several actions, few enough that the person and every one of them fit on the first page of results.
    const person = people.find((entry) => naming(entry.id).length >= 2 && naming(entry.id).length <= 8);
    expect(person, 'a person named in two to eight actions').toBeDefined();
    const name = person?.data.names[0]?.value ?? '';
    const expected = naming(person?.id ?? '').map((action) => `/actions/${action.id}/`);
    const shown = async () => {
      const rows = page.locator('[data-results] > li:not([data-closest])');
      return rows.evaluateAll((items) =>
        items.map((item) => ({ href: new URL(item.querySelector('a')?.getAttribute('href') ?? '', location.href).pathname, text: item.textContent ?? '' })),
      );
    };
    await page.goto(`search/?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole('status')).toContainText('result');
    const all = await shown();
    expect(all[0]?.href).toMatch(new RegExp(`/people/${person?.id ?? ''}/$`));
    for (const href of expected) {
      const row = all.find((entry) => entry.href.endsWith(href));
      expect(row, `the row of ${href}`).toBeDefined();
      expect(row?.text).toContain('Action');
      expect(row?.text).toContain('score 100 of 100');
    }
    await page.getByRole('combobox', { name: 'Type' }).selectOption('Action');
    await expect.poll(async () => (await shown()).every((entry) => /\/actions\/[^/]+\/$/.test(entry.href))).toBe(true);
    const actionsOnly = (await shown()).map((entry) => entry.href);
    for (const href of expected)
      expect(
        actionsOnly.some((shownHref) => shownHref.endsWith(href)),
        href,
      ).toBe(true);
  });

  test('filters alone browse, newest first', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('combobox', { name: 'Jurisdiction' }).selectOption('KR');
    await page.getByRole('combobox', { name: 'Type' }).selectOption('Action');
    await page.getByRole('combobox', { name: 'Order' }).selectOption('date');
    const korean = builtContent().actions.filter((action) => action.data.jurisdiction === 'KR');
    await expect(page.getByRole('status')).toContainText(`${korean.length} page${korean.length === 1 ? '' : 's'} match these filters`);
    // Newest first: the newest South Korean action heads the list (graph.actions is newest first),
    // and the page shows the newest dates there are, in order.
    await expect(page.locator('[data-results] > li').first().getByRole('link')).toContainText(korean[0]?.data.title ?? '');
    const announced = new Map(korean.map((action) => [action.id, action.data.announced]));
    const hrefs = await page.locator('[data-results] > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const days = hrefs.map((href) => announced.get(/\/actions\/([^/]+)\/$/.exec(href)?.[1] ?? '') ?? href);
    const newest = [...announced.values()].sort().reverse();
    expect(days).toEqual(newest.slice(0, days.length));
    expect(days.length).toBe(Math.min(newest.length, 10));
  });

  test('newest first lists the dated pages, actions and incidents, and says why people stay in best-match order', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByRole('searchbox', { name: 'Search', exact: true });
    const sorted = builtContent().actions.find((action) => action.data.designees.some((designee) => designee.person));
    const person = builtContent().people.find((entry) => entry.id === sorted?.data.designees.find((designee) => designee.person)?.person);
    const name = person?.data.names[0]?.value ?? '';
    await box.fill(name);
    await expect(page.getByRole('status')).toContainText('result');
    await page.getByRole('combobox', { name: 'Order' }).selectOption('date');
    // The search before the change named the person too: wait until the list is the sorted one.
    const types = () => page.locator('[data-results] > li > span').allTextContents();
    await expect.poll(async () => (await types()).every((text) => text.startsWith('Action') || text.startsWith('Incident'))).toBe(true);
    expect((await types()).length).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Type' }).selectOption('Person');
    await expect(page.getByRole('status')).toContainText(en.search.client.undatedOrder.trim());
    await expect(page.locator('[data-results] > li').first().getByRole('link')).toHaveAttribute('href', new RegExp(`/people/${person?.id ?? ''}/$`));
  });
});

test.describe('search scores names and says what it could not search', () => {
  test('a result shows its score; one wrong letter in a short syllable is a closest result with a “did you mean”', async ({ page }) => {
    await page.goto('search/');
    await expect(page.locator('[data-scoring]')).toContainText(`${MATCH_THRESHOLD} or more is a match`);
    const box = page.getByRole('searchbox', { name: 'Search', exact: true });
    await box.fill('Pae Wŏn-ch’ŏl');
    await expect(page.getByRole('status')).toContainText('result');
    await expect(page.locator('[data-results] > li').first()).toContainText('score 100 of 100');
    await box.fill('Han Il Nim');
    await expect(page.getByRole('status')).toContainText('No match for “Han Il Nim”');
    await expect(page.locator('[data-suggestions] a').first()).toHaveAttribute('href', /\/people\/han-il-nam\/$/);
    await expect(page.locator('[data-results] > li').first()).toContainText('closest match, not a match');
  });

  test('a made-up name built from real name parts matches nothing', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('Kim Chol Su')}`);
    await expect(page.getByRole('status')).toContainText('No match for “Kim Chol Su”');
    expect(await page.locator('[data-results] > li:not([data-closest])').count()).toBe(0);
  });

  const problems = en.search.client.problems;
  for (const [label, query, message] of [
    ['too long', 'Kim '.repeat(60), problems.tooLong.replace('{max}', String(MAX_QUERY_LENGTH))],
    ['a control character', 'Kim\u0007Chol', problems.control],
    ['a direction mark', 'Kim\u202eChol', problems.control],
    ['markup', '<img src=x onerror=alert(1)>', problems.markup],
  ] as const) {
    test(`a query with ${label} gets a clear message and no results`, async ({ page }) => {
      await page.goto('search/');
      const box = page.getByRole('searchbox', { name: 'Search', exact: true });
      await box.fill(query);
      await expect(page.getByRole('status')).toHaveText(message);
      expect(await page.locator('[data-results] > li').count()).toBe(0);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    });
  }

  test('an empty query submitted says what to type', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Search', exact: true }).press('Enter');
    await expect(page.getByRole('status')).toHaveText(problems.empty);
  });
});
