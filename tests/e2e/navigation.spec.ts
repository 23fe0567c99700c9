import { expect, test } from './fixtures';
import { builtContent } from '../support/content';
import { JURISDICTIONS } from '~/lib/domain/vocabulary';
import { formatShortDate, t } from '~/i18n';
import type { OrganisationNode } from '~/lib/content/graph';
import { MATRIX_PAGE_SIZE } from '~/lib/pages/matrix';

test('a reader follows a person to their organisation, to an action, and back', async ({ page }) => {
  await page.goto('people/kim-sang-man/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim Sang Man');

  await page.getByRole('region', { name: 'Affiliations' }).getByRole('link', { name: 'Chinyong Information Technology Cooperation Company' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chinyong Information Technology Cooperation Company');
  await expect(page.getByRole('region', { name: 'Place in the structure' }).getByRole('link', { name: 'Kim Sang Man' })).toBeVisible();

  const actions = page.getByRole('region', { name: 'Actions that named them' });
  await actions.getByRole('link', { name: /^ROK designates 7 individuals/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ROK designates 7 individuals and 3 entities');
  await expect(page.getByRole('region', { name: 'Coordinated actions' }).getByRole('link', { name: /Treasury Targets DPRK Malicious Cyber/ })).toBeVisible();

  await page
    .getByRole('region', { name: /People named/ })
    .getByRole('link', { name: 'Kim Sang Man' })
    .click();
  await expect(page).toHaveURL(/\/people\/kim-sang-man\/$/);
});

test('an organisation page shows the parent chain up to the top body and its child units', async ({ page }) => {
  await page.goto('organisations/bluenoroff/');
  const chain = page.getByRole('navigation', { name: 'Parent bodies' });
  await expect(chain.getByRole('link')).toHaveText(['Reconnaissance General Bureau', 'Lazarus Group']);
  await chain.getByRole('link', { name: 'Reconnaissance General Bureau' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reconnaissance General Bureau');
  await expect(page.getByRole('region', { name: 'Place in the structure' }).getByRole('link', { name: 'Lazarus Group' })).toBeVisible();
});

test('the timeline filters by jurisdiction with plain links', async ({ page }) => {
  await page.goto('timeline/');
  await page.getByRole('navigation', { name: 'Filter by jurisdiction' }).getByRole('link', { name: 'South Korea' }).click();
  await expect(page).toHaveURL(/\/timeline\/kr\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: South Korea');
  await expect(page.getByRole('link', { name: /ROK designates 15 DPRK IT operatives/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /OFAC designates RGB Director/ })).toHaveCount(0);
});

test('every fact on a person page links to its source document', async ({ page }) => {
  await page.goto('people/ri-chang-ho/');
  const names = page.getByRole('region', { name: 'Names' });
  await expect(names.getByRole('cell', { name: '리창호', exact: true })).toBeVisible();
  const sourceLinks = names.getByRole('link');
  expect(await sourceLinks.count()).toBeGreaterThan(3);
  for (const href of await sourceLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^https?:\/\//);
  }
});

test('a coverage cell leads to that jurisdiction’s actions of that year', async ({ page }) => {
  await page.goto('coverage/');
  await page.getByRole('link', { name: 'by South Korea in 2024' }).click();
  await expect(page).toHaveURL(/\/timeline\/kr\/#year-2024$/);
  await expect(page.getByRole('region', { name: '2024' }).getByRole('link', { name: /ROK designates 15 DPRK IT operatives/ })).toBeVisible();
});

test('an entity page shows its row of the matrix: seven cells, delistings included, and a link to the matrix', async ({ page }) => {
  const content = builtContent();
  const tornado = content.organisation('tornado-cash');
  const delisting = tornado?.designations.find(({ action }) => action.data.kind === 'delisting')?.action;
  if (!tornado || !delisting) throw new Error('Tornado Cash and its delisting are part of the content');
  await page.goto('organisations/tornado-cash/');
  const status = page.getByRole('region', { name: 'Status by jurisdiction' });
  const rows = status.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('cell')).toHaveCount(JURISDICTIONS.length);
  const delisted = rows.getByRole('cell').nth(JURISDICTIONS.indexOf(delisting.data.jurisdiction));
  await expect(delisted.getByRole('link', { name: `delisted ${formatShortDate(delisting.data.announced)}` })).toHaveAttribute(
    'href',
    new RegExp(`/actions/${delisting.id}/$`),
  );
  const notDesignated = JURISDICTIONS.filter((code) => !tornado.designations.some(({ action }) => action.data.jurisdiction === code));
  await expect(rows.getByRole('cell').filter({ hasText: 'not designated' })).toHaveCount(notDesignated.length);
  await status.getByRole('link', { name: 'See this row in the designation matrix' }).click();
  await expect(page.locator('tr:target').getByRole('rowheader')).toHaveText(tornado.name);
});

test('a page can be cited, and its data downloaded', async ({ page, request }) => {
  await page.goto('people/ri-chang-ho/');
  await page.getByText('Cite this page').click();
  await expect(page.getByText(/^DPRK Cyber Sanctions Tracker\. \(\d{4}, \w+ \d+\)\. Ri Chang Ho\. Retrieved/)).toBeVisible();
  await expect(page.getByText('@misc{dprk-tracker-ri-chang-ho,')).toBeVisible();
  await expect(page.getByText(/^Last updated/)).toBeVisible();
  const href = await page.getByRole('link', { name: 'this entry as JSON' }).getAttribute('href');
  const json = (await (await request.get(href ?? '')).json()) as { id: string; names: { value: string }[] };
  expect(json.id).toBe('ri-chang-ho');
  expect(json.names.map((name) => name.value)).toContain('리창호');
});

test('the feed lists the newest action first', async ({ request }) => {
  const feed = await (await request.get('feed.xml')).text();
  expect(feed).toContain('<rss version="2.0">');
  expect(feed.indexOf('us-2026-03-12-amnokgang-it-worker-facilitators')).toBeLessThan(feed.indexOf('rok-2024-12-26-bureau-313-it-workers'));
});

test('the downloads page links every export, and each is served', async ({ page, request }) => {
  await page.goto('downloads/');
  for (const name of ['graph.json', 'graph.schema.json', 'actions.csv', 'people.csv', 'organisations.csv', 'sources.csv', 'matrix.csv', 'entities.ftm.json']) {
    const link = page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(name.replace('.', '\\.')) })
      .first();
    const href = await link.getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.ok(), name).toBe(true);
  }
  const people = await (await request.get('data/people.csv')).text();
  expect(people.split('\r\n')[0]).toBe('id,url,name,names,born,nationality,identifiers,affiliations,actions');
  expect(people).toContain('리창호');
});

test('a bar of the timeline chart leads to that jurisdiction’s year', async ({ page }) => {
  const [first] = builtContent().actions.filter((action) => action.data.jurisdiction === 'KR');
  const year = first?.data.announced.slice(0, 4) ?? '';
  const count = builtContent().actions.filter((action) => action.data.jurisdiction === 'KR' && action.data.announced.startsWith(year)).length;
  await page.goto('timeline/');
  await page.getByRole('link', { name: `${count} ${count === 1 ? 'action' : 'actions'} by South Korea in ${year}` }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/kr/#year-${year}$`));
});

test('a mark of the swimlane timeline leads to its action, and an entity page draws one mark per designation', async ({ page }) => {
  const content = builtContent();
  const action = content.actions.find((entry) => entry.data.kind === 'designation');
  if (!action) throw new Error('the built content has no designation');
  await page.goto('timeline/');
  const picture = page.getByRole('group', { name: 'Actions by day and jurisdiction (picture, scrolls sideways)' });
  await picture.locator(`svg a[href$="/actions/${action.id}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/actions/${action.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(action.data.title);

  const entity = [...content.people].sort((a, b) => b.designations.length - a.designations.length)[0];
  if (!entity) throw new Error('the built content has no person');
  await page.goto(`people/${entity.id}/`);
  const named = page.getByRole('region', { name: 'Actions that named them' });
  const marks = named.getByRole('group', { name: 'Actions by day and jurisdiction (picture, scrolls sideways)' }).locator('svg a');
  await expect(marks).toHaveCount(entity.designations.length);
  const hrefs = await marks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.map((href) => /\/actions\/([^/]+)\/$/.exec(href)?.[1]).sort()).toEqual(entity.designations.map(({ action: named }) => named.id).sort());
});

test.describe('the designation matrix without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /** Jurisdictions that designated an entity, counted from its actions. */
  const designatedBy = (node: Pick<OrganisationNode, 'designations'>) =>
    new Set(node.designations.filter(({ action }) => action.data.kind === 'designation').map(({ action }) => action.data.jurisdiction)).size;

  test('a row per entity with seven cells; view and sort links change the rows; a date opens its action', async ({ page }) => {
    const content = builtContent();
    const entities = [...content.people, ...content.subjectOrganisations];
    await page.goto('matrix/');
    const table = page.getByRole('region', { name: 'Designation matrix (scrolls sideways)' }).getByRole('table');
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(Math.min(entities.length, MATRIX_PAGE_SIZE));
    expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td').length)))).toEqual(new Set([JURISDICTIONS.length]));
    await expect(table.getByRole('columnheader')).toHaveCount(JURISDICTIONS.length + 1);

    const groups = content.organisations.filter((organisation) => organisation.data.kind === 'hacking-group');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Hacking groups' }).click();
    await expect(page).toHaveURL(/\/matrix\/groups\/$/);
    await expect(rows).toHaveCount(groups.length);
    expect((await rows.getByRole('rowheader').allInnerTexts()).sort()).toEqual(groups.map((group) => group.name).sort());

    await page.getByRole('navigation', { name: 'Order' }).getByRole('link', { name: 'By number of jurisdictions' }).click();
    await expect(page).toHaveURL(/\/matrix\/groups\/by-jurisdictions\/$/);
    const names = await rows.getByRole('rowheader').allInnerTexts();
    const counts = names.map((name) => designatedBy(groups.find((group) => group.name === name) ?? { designations: [] }));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...groups.map(designatedBy)));

    const link = rows.first().getByRole('cell').getByRole('link').first();
    const id = /\/actions\/([^/]+)\/$/.exec((await link.getAttribute('href')) ?? '')?.[1] ?? '';
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.action(id)?.data.title ?? 'an action of the content');
  });
});

test('an entity page links its list entries and the list files reconciled with it, each to its record on the coverage page', async ({ page }) => {
  const content = builtContent();
  const entities = [...content.people, ...content.organisations];
  const reconciled = entities.find((node) => node.reconciledIn.length > 0 && (node.data.identifiers ?? []).some((id) => id.type === 'ofac-uid'));
  if (!reconciled) throw new Error('no entity of the built content is both reconciled and on OFAC’s list');
  const section = reconciled.type === 'person' ? 'people' : 'organisations';
  await page.goto(`${section}/${reconciled.id}/`);
  const uid = (reconciled.data.identifiers ?? []).find((id) => id.type === 'ofac-uid')?.value ?? '';
  const identifiers = page.getByRole('region', { name: t.identifiers.heading });
  await expect(identifiers.getByRole('link', { name: t.identifiers.listEntry['ofac-uid'] }).first()).toHaveAttribute(
    'href',
    `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${uid}`,
  );
  const [check] = reconciled.reconciledIn;
  await page.getByRole('link', { name: new RegExp(`^${check?.data.title.replace(/[()]/g, '\\$&') ?? ''}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/coverage/#check-${check?.id}$`));
  await expect(page.locator(`#check-${check?.id}`)).toContainText(check?.data.title ?? '');
  // And an entity that no list file was reconciled with says so.
  const other = entities.find((node) => node.reconciledIn.length === 0 && node.designations.length > 0);
  if (other) {
    await page.goto(`${other.type === 'person' ? 'people' : 'organisations'}/${other.id}/`);
    await expect(page.getByText(t.identifiers.notReconciled)).toBeVisible();
  }
});
