import { expect, test } from './fixtures';
import { builtContent } from '../support/content';
import { en } from '~/i18n/en';
import { ko } from '~/i18n/ko';
import { hangulNameOf } from '~/lib/content/localised';

// A person whose entry records a Hangul name and who has a Korean summary: the pages of both editions show them.
const person = builtContent().people.find((node) => hangulNameOf(node) !== undefined && node.data.ko?.summary);

test('the language switch leads to the same person in Korean and back, without JavaScript', async ({ browser }) => {
  test.skip(!person, 'no person with a Hangul name in this content');
  if (!person) return;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`people/${person.id}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);
  await page.getByRole('navigation', { name: en.site.editionsLabel }).getByRole('link', { name: ko.site.languageName }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/people/${person.id}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hangulNameOf(person) ?? '');
  await expect(page.getByRole('navigation', { name: ko.site.navLabel })).toContainText(ko.nav.matrix);
  await page.getByRole('navigation', { name: ko.site.editionsLabel }).getByRole('link', { name: en.site.languageName }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('Korean search finds a person by a Latin and by a Hangul name and shows Korean results', async ({ page }) => {
  test.skip(!person, 'no person with a Hangul name in this content');
  if (!person) return;
  for (const query of [person.name, hangulNameOf(person) ?? '']) {
    await page.goto(`ko/search/?q=${encodeURIComponent(query)}`);
    const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
    await expect(first).toHaveAttribute('href', new RegExp(`/ko/people/${person.id}/$`));
    await expect(first).toHaveText(hangulNameOf(person) ?? '');
    await expect(page.getByRole('status')).toContainText(query);
  }
});
