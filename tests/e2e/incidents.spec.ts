import { expect, test } from './fixtures';
import { builtContent } from '../support/content';
import { usdRange } from '~/lib/domain/amounts';
import { formatDate, formatUsd, t } from '~/i18n';

// Expectations come from the content the site was built from: the incident with the most citing actions, and one with a wallet.
const content = () => builtContent();
const mostCited = () => {
  const [incident] = [...content().incidents].sort((a, b) => b.actions.length - a.actions.length);
  if (!incident || incident.actions.length === 0) throw new Error('no incident of the built content is cited by an action');
  return incident;
};

test.describe('incidents without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an incident page gives the date, victim, amount and attributions apart by kind, and leads to the sanctions that cite it', async ({ page }) => {
    const incident = mostCited();
    await page.goto(`incidents/${incident.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.data.title);
    await expect(page.getByText(formatDate(incident.data.occurred.date), { exact: true }).first()).toBeVisible();
    await expect(page.getByText(incident.data.victim.name).first()).toBeVisible();
    const range = usdRange(incident.data);
    if (range) await expect(page.getByRole('link', { name: formatUsd(range) })).toBeVisible();
    const attributions = page.getByRole('region', { name: t.incident.attributions });
    const kinds = [...new Set(incident.data.attributions.map((attribution) => attribution.byKind))];
    for (const kind of kinds) {
      const group = attributions.getByRole('region', { name: t.attributionKind[kind] });
      for (const attribution of incident.data.attributions.filter((entry) => entry.byKind === kind)) await expect(group).toContainText(attribution.words);
    }
    const cited = page.getByRole('region', { name: t.incident.actions(incident.actions.length) });
    await expect(cited.getByRole('listitem')).toHaveCount(incident.actions.length);
    const [first] = incident.actions;
    await cited.getByRole('link', { name: first?.data.title ?? '' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.data.title ?? '');
    // And back: the action lists the incidents it cites.
    const back = page.getByRole('region', { name: /^Incidents it cites/ });
    await back.getByRole('link', { name: incident.data.title }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${incident.id}/$`));
  });

  test('an attribution in another language carries its language and an English rendering; a day no quoting document gives cites the reports that do', async ({
    page,
  }) => {
    const all = content().incidents.flatMap((incident) => incident.data.attributions.map((attribution) => ({ incident, attribution })));
    const foreign = all.find(({ attribution }) => attribution.language && attribution.language !== 'en');
    const dated = all.find(({ attribution }) => attribution.dated);
    if (!foreign || !dated) throw new Error('the built content has no attribution in another language, or none dated by another report');
    await page.goto(`incidents/${foreign.incident.id}/`);
    const quote = page.locator('blockquote', { hasText: foreign.attribution.words });
    await expect(quote).toHaveAttribute('lang', foreign.attribution.language ?? '');
    await expect(page.getByText(foreign.attribution.translation ?? '', { exact: true })).toBeVisible();

    await page.goto(`incidents/${dated.incident.id}/`);
    const item = page.getByRole('listitem').filter({ has: page.locator('blockquote', { hasText: dated.attribution.words }) });
    const day = item.locator('p').filter({ has: page.locator(`time[datetime="${dated.attribution.date}"]`) });
    await expect(day).toContainText(t.incident.dayFrom);
    // The day's line links the reports that give the day, and only them; the words cite the documents that print them.
    const daySources = dated.attribution.dated?.sources ?? [];
    await expect(day.getByRole('link')).toHaveCount(daySources.length);
    for (const id of daySources) await expect(day.getByRole('link', { name: content().source(id)?.data.publisher ?? id })).toBeVisible();
    await expect(item.getByRole('link')).toHaveCount(daySources.length + dated.attribution.sources.length);
  });

  test('a group’s page lists the incidents attributed to it, each leading to its page', async ({ page }) => {
    const group = [...content().organisations].sort((a, b) => b.incidents.length - a.incidents.length)[0];
    if (!group || group.incidents.length === 0) throw new Error('no group has incidents');
    await page.goto(`organisations/${group.id}/`);
    const list = page.getByRole('region', { name: t.organisation.incidents(group.incidents.length) });
    await expect(list.locator('ol > li')).toHaveCount(group.incidents.length);
    const [newest] = group.incidents;
    await list.getByRole('link', { name: newest?.data.title ?? '' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest?.data.title ?? '');
  });

  test('the incidents index totals each year and filters by kind and by group with plain links', async ({ page }) => {
    const incidents = content().incidents;
    await page.goto('incidents/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.incidents.heading(undefined));
    const totals = page.getByRole('region', { name: t.incidents.totals });
    const years = [...new Set(incidents.map((incident) => incident.data.occurred.date.slice(0, 4)))];
    await expect(totals.locator('tbody tr')).toHaveCount(years.length);
    const [year] = years.sort().reverse();
    const inYear = incidents.filter((incident) => incident.data.occurred.date.startsWith(year ?? ''));
    await expect(totals.locator('tbody tr').first()).toContainText(String(inYear.length));

    const filters = page.getByRole('navigation', { name: t.incidents.filtersLabel });
    const kind = incidents[0]?.data.kind ?? 'crypto-theft';
    await filters.getByRole('link', { name: t.incidentKind[kind], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/kind/${kind}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.incidents.heading(t.incidentKind[kind]));
    const ofKind = incidents.filter((incident) => incident.data.kind === kind);
    await expect(page.locator('main section ol > li')).toHaveCount(ofKind.length);

    const group = content().organisations.find((organisation) => organisation.incidents.length > 0);
    await filters.getByRole('link', { name: group?.name ?? '', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/group/${group?.id}/$`));
    await expect(page.locator('main section ol > li')).toHaveCount(group?.incidents.length ?? -1);
  });

  test('the timeline’s incidents lane leads to each incident', async ({ page }) => {
    const incident = mostCited();
    await page.goto('timeline/');
    const picture = page.getByRole('group', { name: t.swimlane.scrollLabel });
    await expect(picture.locator('svg a[href*="/incidents/"]')).toHaveCount(content().incidents.length);
    await picture.locator(`svg a[href$="/incidents/${incident.id}/"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.data.title);
  });
});

test.describe('search finds incidents', () => {
  const cases = () => {
    const incident = mostCited();
    const withWallet = content().incidents.find((entry) => (entry.data.wallets ?? []).length > 0);
    return [
      ['its title', incident.data.title, incident.id],
      ['its victim', incident.data.victim.name, incident.id],
      ...(withWallet ? [['a wallet', withWallet.data.wallets?.[0]?.value ?? '', withWallet.id]] : []),
    ] as const;
  };
  for (const index of [0, 1, 2]) {
    test(`by ${['title', 'victim', 'wallet'][index]}`, async ({ page }) => {
      const found = cases()[index];
      test.skip(!found, 'no incident of the built content has a wallet');
      const [, query, id] = found ?? ['', '', ''];
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toContainText('result');
      const links = await page
        .locator('[data-results] > li:not([data-closest]) > a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(links.slice(0, 5).some((href) => href.endsWith(`/incidents/${id}/`))).toBe(true);
    });
  }
});
