import { expect, test } from './fixtures';

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
    for (const item of await items.all()) await expect(item).toContainText('closest match, not a match');
  });
});
