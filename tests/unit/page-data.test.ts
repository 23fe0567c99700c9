import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import {
  ACTION_KINDS,
  CONFIDENCE_LEVELS,
  IDENTIFIER_TYPES,
  JURISDICTIONS,
  NAME_KINDS,
  ORGANISATION_KINDS,
  SCRIPTS,
  SOURCE_TYPES,
} from '~/lib/domain/vocabulary';
import { actionPage, organisationPage, personPage, sourcePage } from '~/lib/pages/entities';
import { actionsIndexPage, homePage, organisationsIndexPage, peopleIndexPage, sourcesIndexPage, timelinePage } from '~/lib/pages/lists';
import { identifierRows, sourceListItems, sourceRefsOf } from '~/lib/pages/parts';
import { entityMatrixRow } from '~/lib/pages/matrix';
import { aboutPage, changesPage, coveragePage, downloadsPage, layoutOf, networkPage, notFoundPage, searchPage } from '~/lib/pages/site';
import { formatDate, t } from '~/i18n';
import { action, graphInput, organisation, person, source } from '../fixtures/factories';

const site = new URL('https://tracker.example/');
const context = { site, updated: '2026-11-24', accessed: '2026-11-25' };
const wallet = '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40';

const sample = () =>
  buildGraph(
    graphInput({
      sources: [
        source('src-a'),
        source('src-b', { type: 'secondary', date: '2023-05-24', publisher: 'Yonhap' }),
        source('src-copy', { url: undefined, copy: { url: 'https://example.org/copy', publisher: 'a mirror', commit: 'a'.repeat(40) } }),
      ],
      organisations: [
        organisation('rgb'),
        organisation('lazarus', { kind: 'hacking-group', parent: { organisation: 'rgb', sources: ['src-a'] } }),
        organisation('bluenoroff', { kind: 'hacking-group', parent: { organisation: 'lazarus', sources: ['src-b'] } }),
      ],
      people: [
        person('ri-chang-ho', {
          names: [
            { value: 'Ri Chang Ho', script: 'latin', kind: 'official', sources: ['src-a'] },
            { value: '리창호', script: 'hangul', kind: 'official', sources: ['src-a'] },
          ],
          born: [
            { value: '1967', sources: ['src-a'] },
            { value: '1968', sources: ['src-b'] },
          ],
          affiliations: [{ organisation: 'lazarus', role: 'Director', from: '2020-05-01', sources: ['src-b'] }],
          identifiers: [{ type: 'wallet', chain: 'ETH', value: wallet, sources: ['src-a'] }],
        }),
        person('park-jin-hyok', { affiliations: [{ organisation: 'rgb', sources: ['src-a'] }] }),
      ],
      actions: [
        action('kr-2023', {
          title: 'Ri Chang Ho and Lazarus designated',
          announced: '2023-12-27',
          quote: { text: '리창호를 지정', source: 'src-a', language: 'ko', translation: 'Ri Chang Ho is designated' },
          designees: [
            { person: 'ri-chang-ho' },
            { organisation: 'lazarus', note: 'the group', identifiers: [{ type: 'wallet', chain: 'ETH', value: wallet, sources: ['src-a'] }] },
          ],
          coordinatedWith: ['us-2023'],
        }),
        action('us-2023', { jurisdiction: 'US', announced: '2023-12-26', designees: [{ person: 'ri-chang-ho' }], sources: ['src-b'] }),
        action('us-2025', { jurisdiction: 'US', kind: 'delisting', announced: '2025-03-21', designees: [{ person: 'ri-chang-ho' }] }),
        action('us-2019', { jurisdiction: 'US', announced: '2019-09-13', effective: '2019-09-14', designees: [{ organisation: 'bluenoroff' }] }),
      ],
    }),
  );

const node = <Node>(found: Node | undefined): Node => {
  if (found === undefined) throw new Error('missing node');
  return found;
};

describe('the dictionary', () => {
  test('labels every member of every closed set', () => {
    const sets = [
      [JURISDICTIONS, t.jurisdiction],
      [JURISDICTIONS, t.authorities],
      [ACTION_KINDS, t.actionKind],
      [ACTION_KINDS, t.actionKindWord],
      [ORGANISATION_KINDS, t.organisationKind],
      [IDENTIFIER_TYPES, t.identifier],
      [NAME_KINDS, t.nameKind],
      [SCRIPTS, t.script],
      [CONFIDENCE_LEVELS, t.confidence],
      [CONFIDENCE_LEVELS, t.confidenceWord],
      [SOURCE_TYPES, t.sourceType],
    ] as const;
    for (const [members, labels] of sets) expect(Object.keys(labels).sort()).toEqual([...members].sort());
  });

  test('counts agree in number', () => {
    expect(t.count.people(1)).toBe('1 person');
    expect(t.count.people(3)).toBe('3 people');
    expect(t.timeline.intro(1, 1)).toMatch(/^1 action by 1 jurisdiction, /);
    expect(formatDate('2023-05')).toBe('May 2023');
  });
});

describe('entity pages', () => {
  test('an action page: heading, facts, quote, designees by kind, coordinated actions and citation', () => {
    const graph = sample();
    const page = actionPage(node(graph.action('kr-2023')), context);
    expect(page.meta).toMatchObject({ title: 'Ri Chang Ho and Lazarus designated', searchable: true });
    expect(page.meta.description).toBe('27 December 2023, South Korea: Ri Chang Ho and Lazarus designated');
    expect(page.meta.structuredData['@type']).toBe('Legislation');
    expect(page.eyebrow).toBe('Sanction action · designation');
    expect(page.announced).toEqual({ date: '2023-12-27', text: '27 December 2023' });
    expect(page.effective).toBeUndefined();
    expect(page.quote).toMatchObject({
      language: 'ko',
      translation: 'Ri Chang Ho is designated',
      source: { href: '#source-src-a', rest: ', US Treasury, 23 May 2023' },
    });
    expect(page.groups.map((group) => group.heading)).toEqual(['People named (1)', 'Organisations named (1)']);
    const lazarus = page.groups[1]?.entries[0];
    expect(lazarus).toMatchObject({ kind: 'Hacking group', note: 'the group', fact: undefined });
    expect(lazarus?.identifiers?.[0]).toMatchObject({ label: 'Wallet address (ETH)', value: wallet });
    expect(page.coordinated.map((item) => item.action.id)).toEqual(['us-2023']);
    expect(page.coordinated[0]).toMatchObject({ summary: '1 person, 0 organisations · Ministry of Foreign Affairs', joint: { text: 'joint with KR' } });
    expect(page.citation).toMatchObject({
      url: 'https://tracker.example/actions/kr-2023/',
      jsonHref: '/actions/kr-2023.json',
      updatedText: '24 November 2026',
    });
    expect(page.citation.apa).toContain('Retrieved November 25, 2026, from https://tracker.example/actions/kr-2023/');
  });

  test('an action without a quote or an effective date says so by leaving them out', () => {
    const page = actionPage(node(sample().action('us-2019')), context);
    expect(page.quote).toBeUndefined();
    expect(page.effective).toEqual({ date: '2019-09-14', text: '14 September 2019' });
    expect(page.groups.map((group) => group.id)).toEqual(['organisations-named']);
  });

  test('a person page: status per jurisdiction, details where sources disagree, affiliations with their period', () => {
    const graph = sample();
    const ri = node(graph.person('ri-chang-ho'));
    const page = personPage(ri, context);
    expect(page.meta.description).toBe('Ri Chang Ho (리창호): sanctions, affiliations and sources.');
    const cells = entityMatrixRow(graph, ri).row.cells;
    expect(cells.map((cell) => cell.jurisdiction)).toEqual([...JURISDICTIONS]);
    expect(cells.find((cell) => cell.jurisdiction === 'US')).toMatchObject({
      first: { text: '26 Dec 2023', kindWord: 'announced' },
      delisting: { text: 'delisted 21 Mar 2025', href: '/actions/us-2025/' },
    });
    expect(cells.find((cell) => cell.jurisdiction === 'KR')?.first?.text).toBe('27 Dec 2023');
    expect(cells.filter((cell) => cell.empty).map((cell) => cell.jurisdiction)).toEqual(['UN', 'EU', 'GB', 'JP', 'AU']);
    expect(page.details).toHaveLength(1);
    expect(page.details[0]).toMatchObject({ label: 'Born', disagree: true, several: true });
    expect(page.details[0]?.values.map((value) => value.text)).toEqual(['1967', '1968']);
    expect(page.names.map((name) => name.kind)).toEqual(['Official', 'Official (Hangul)']);
    expect(page.names[1]?.language).toBe('ko');
    expect(page.affiliations[0]).toMatchObject({ role: 'Director', period: '(1 May 2020 – )' });
    expect(page.affiliations[0]?.ancestors.map((ancestor) => ancestor.id)).toEqual(['rgb']);
    expect(page.identifiers[0]?.label).toBe('Wallet address (ETH)');
    expect(page.designations.map((item) => [item.action.id, item.kindTag])).toEqual([
      ['us-2023', undefined],
      ['kr-2023', undefined],
      ['us-2025', 'delisting'],
    ]);
    expect(page.relationships?.links.length).toBeGreaterThan(0);
  });

  test('a person no source describes has no details', () => {
    const graph = sample();
    const park = node(graph.person('park-jin-hyok'));
    const page = personPage(park, context);
    expect(page.details).toEqual([]);
    expect(entityMatrixRow(graph, park).row.cells.map((cell) => cell.empty)).toEqual(JURISDICTIONS.map(() => 'not designated'));
    expect(page.designations).toEqual([]);
  });

  test('an organisation page: parent chain from the top, units, members with roles', () => {
    const graph = sample();
    const bluenoroff = organisationPage(node(graph.organisation('bluenoroff')), context);
    expect(bluenoroff.chain.map((ancestor) => ancestor.id)).toEqual(['rgb', 'lazarus']);
    expect(bluenoroff.eyebrow).toBe('Organisation · Hacking group');
    expect(bluenoroff.parent?.node.id).toBe('lazarus');
    const lazarus = organisationPage(node(graph.organisation('lazarus')), context);
    expect(lazarus.meta.description).toBe('Org lazarus (Hacking group): sanctions, parent body, units, members and sources.');
    expect(lazarus.children).toEqual([{ node: graph.organisation('bluenoroff'), kind: 'Hacking group' }]);
    expect(lazarus.members).toEqual([{ person: graph.person('ri-chang-ho'), roles: 'Director' }]);
    const rgb = organisationPage(node(graph.organisation('rgb')), context);
    expect(rgb.parent).toBeUndefined();
    expect(rgb.members).toEqual([{ person: graph.person('park-jin-hyok'), roles: undefined }]);
  });

  test('a source page: what cites it, and a copy with its short commit', () => {
    const graph = sample();
    const page = sourcePage(node(graph.source('src-b')), context);
    expect(page.meta).toEqual({ title: 'Title of src-b', description: 'Yonhap, 24 May 2023: a source cited by the tracker.' });
    expect(page.eyebrow).toBe('Source · secondary');
    expect(page.citedBy.map((entry) => `${entry.type}:${entry.node.id}`)).toEqual(expect.arrayContaining(['Person:ri-chang-ho', 'Action:us-2023']));
    expect(page.citedByHeading).toBe(`Cited by (${page.citedBy.length})`);
    expect(page.citation.jsonHref).toBeUndefined();
    const copy = sourcePage(node(graph.source('src-copy')), context);
    expect(copy.url).toBeUndefined();
    expect(copy.copy).toMatchObject({ publisher: 'a mirror', commit: 'aaaaaaaaaaaa' });
  });

  test('a title the tracker supplied, in square brackets, is said to be so and marked English; a printed title keeps the document’s language', () => {
    const graph = buildGraph(
      graphInput({
        sources: [
          source('supplied', { title: '[Yonhap report, 2023-05-24]', language: 'ko' }),
          source('printed', { title: '北 해킹조직 제재', language: 'ko' }),
        ],
        people: [person('kim', { names: [{ value: 'Kim', script: 'latin', kind: 'official', sources: ['supplied', 'printed'] }] })],
      }),
    );
    const supplied = sourcePage(node(graph.source('supplied')), context);
    expect(supplied).toMatchObject({ titleLanguage: 'en', titleNote: t.source.titleSupplied, language: 'ko' });
    const printed = sourcePage(node(graph.source('printed')), context);
    expect(printed).toMatchObject({ titleLanguage: 'ko', titleNote: undefined });
    const languages = Object.fromEntries(sourceListItems(graph.sources).map((item) => [item.source.id, item.language]));
    expect(languages).toEqual({ supplied: 'en', printed: 'ko' });
    const rows = Object.fromEntries(sourcesIndexPage(graph).rows.map((row) => [row.source.id, row.titleLanguage]));
    expect(rows).toEqual({ supplied: 'en', printed: 'ko' });
  });
});

describe('timeline, home and index pages', () => {
  test('the timeline: by year, newest first, with the chart only for every jurisdiction', () => {
    const graph = sample();
    const all = timelinePage(graph);
    expect(all.heading).toBe('Timeline');
    expect(all.intro).toBe('4 actions by 2 jurisdictions, newest first. Joint actions are marked and link to each other.');
    expect(all.years.map((year) => year.year)).toEqual(['2025', '2023', '2019']);
    expect(all.chart?.legend.map((entry) => entry.name)).toEqual(['United States', 'South Korea']);
    expect(all.filters.filter((filter) => filter.current).map((filter) => filter.label)).toEqual(['All']);
    const us = timelinePage(graph, 'US');
    expect(us.meta).toEqual({
      title: 'Timeline: United States',
      description: "Every sanction action on North Korea's cyber operations by United States, by date.",
    });
    expect(us.intro).toMatch(/^3 actions, newest first/);
    expect(us.chart).toBeUndefined();
    expect(us.filters.find((filter) => filter.current)?.href).toBe('/timeline/us/');
  });

  test('the home page counts actions per jurisdiction and lists the latest', () => {
    const page = homePage(sample());
    expect(page.counts.map(({ jurisdiction, count }) => [jurisdiction, count])).toEqual([
      ['KR', 1],
      ['US', 3],
    ]);
    expect(page.totals).toBe('4 actions naming 2 people and 3 organisations, from 3 sources.');
    expect(page.latest[0]).toMatchObject({ kindTag: 'delisting', dateText: '21 March 2025' });
  });

  test('the index pages', () => {
    const graph = sample();
    expect(actionsIndexPage(graph).intro).toBe('4 actions, newest first. One action is one round announced by one authority on one day.');
    const people = peopleIndexPage(graph);
    expect(people.intro).toBe('2 people, by name.');
    expect(people.rows.find((row) => row.person.id === 'ri-chang-ho')).toMatchObject({
      hangul: '리창호',
      sanctionedBy: ['US', 'KR'],
      firstNamed: '26 December 2023',
    });
    expect(people.rows.find((row) => row.person.id === 'park-jin-hyok')).toMatchObject({ hangul: '', sanctionedBy: [], firstNamed: '' });
    const organisations = organisationsIndexPage(graph);
    expect(organisations.rows.find((row) => row.organisation.id === 'lazarus')).toMatchObject({ kind: 'Hacking group', sanctionedBy: ['KR'] });
    const sources = sourcesIndexPage(graph);
    expect(sources.intro).toBe(
      '3 documents, newest first: 2 primary (issued by a sanctioning authority or an official list), 1 secondary (news and analysis).',
    );
    expect(sources.rows.map((row) => row.type).sort()).toEqual(['primary', 'primary', 'secondary']);
  });
});

describe('pages about the site', () => {
  test('coverage: a cell per jurisdiction and year, totals, designees named', () => {
    const page = coveragePage(sample());
    expect(page.years).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    const us = page.matrix.find((row) => row.jurisdiction === 'US');
    expect(us?.total).toBe(3);
    expect(us?.cells[0]).toEqual({ count: 1, href: '/timeline/us/#year-2019', label: '1 by United States in 2019' });
    expect(page.named).toEqual(expect.arrayContaining([{ name: 'South Korea', people: 1, organisations: 1 }]));
    expect(page.intro).toMatch(/^4 actions by 2 jurisdictions from 2019 to 2025, naming 2 people and 3 organisations/);
    expect(page.checks).toEqual([]);
  });

  test('network: designees per top body and jurisdiction, and the trees of units', () => {
    const graph = sample();
    const page = networkPage(graph);
    expect(page.jurisdictions).toEqual(['South Korea', 'United States']);
    expect(page.rows[0]).toEqual({ body: graph.organisation('rgb'), counts: [2, 2] });
    expect(page.trees.map((tree) => tree.top.id)).toEqual(['rgb']);
    expect(page.trees[0]?.units.map((unit) => [unit.node.id, unit.parent?.id])).toEqual([
      ['lazarus', 'rgb'],
      ['bluenoroff', 'lazarus'],
    ]);
    expect(page.trees[0]?.truncated).toBeUndefined();
  });

  test('downloads documents every CSV file and column', () => {
    const page = downloadsPage(sample());
    expect(page.files.map((file) => [file.id, file.href])).toEqual([
      ['csv-actions', '/data/actions.csv'],
      ['csv-people', '/data/people.csv'],
      ['csv-organisations', '/data/organisations.csv'],
      ['csv-sources', '/data/sources.csv'],
      ['csv-matrix', '/data/matrix.csv'],
      ['csv-incidents', '/data/incidents.csv'],
    ]);
    expect(page.files[0]?.columns.find((column) => column.name === 'jurisdiction')?.description).toBe('KR, US, UN, EU, GB, JP or AU.');
    expect(page.introHtml).toContain('<a href="/data/graph.schema.json">');
  });

  test('about counts the sources it cites', () => {
    expect(aboutPage(sample()).bodyHtml).toContain('The tracker cites 3 documents, 2 of them primary.');
  });

  test('search: filters from the content, and the strings the script needs', () => {
    const page = searchPage(sample());
    expect(page.years).toEqual(['2025', '2024', '2023', '2022', '2021', '2020', '2019']);
    expect(page.jurisdictions).toEqual([
      { value: 'KR', label: 'South Korea' },
      { value: 'US', label: 'United States' },
    ]);
    expect(page.types.map((type) => type.value)).toEqual(['Person', 'Organisation', 'Action', 'Incident']);
    expect(JSON.parse(page.strings)).toEqual(t.search.client);
  });

  test('changes: entries by status, each linked to its page unless removed', () => {
    const graph = sample();
    const page = changesPage(graph, [
      {
        date: '2026-11-24',
        message: 'Corrections',
        files: [
          { status: 'changed', file: 'content/people/ri-chang-ho.md' },
          { status: 'changed', file: 'content/people/park-jin-hyok.md' },
          { status: 'renamed', file: 'content/actions/us-2019.md', from: 'content/actions/us-2019-typo.md' },
          { status: 'removed', file: 'content/people/gone.md' },
        ],
      },
    ]);
    const [change] = page.changes;
    expect(change?.groups.map((group) => group.summary)).toEqual(['Corrected or extended: 2 entries', 'Renamed (id corrected): 1 entry', 'Removed: 1 entry']);
    expect(change?.groups[1]?.entries[0]).toEqual({
      file: 'content/actions/us-2019.md',
      node: graph.action('us-2019'),
      from: 'content/actions/us-2019-typo.md',
    });
    expect(change?.groups[2]?.entries[0]?.node).toBeUndefined();
    expect(changesPage(graph, []).changes).toEqual([]);
  });

  test('the frame of a page: title, canonical URL, the current section marked', () => {
    const frame = layoutOf({ title: 'People' }, { pathname: '/people/ri-chang-ho/', site });
    expect(frame.documentTitle).toBe('People · DPRK Cyber Sanctions Tracker');
    expect(frame.description).toBe(t.site.description);
    expect(frame.canonical).toBe('https://tracker.example/people/ri-chang-ho/');
    expect(frame.ogType).toBe('website');
    expect(frame.nav.filter((item) => item.current).map((item) => item.label)).toEqual(['People']);
    expect(layoutOf({ title: t.site.name, structuredData: { '@type': 'Person' } }, { pathname: '/', site })).toMatchObject({
      documentTitle: 'DPRK Cyber Sanctions Tracker',
      ogType: 'article',
      jsonLd: '{"@type":"Person"}',
    });
    expect(notFoundPage().linksHtml).toContain('<a href="/search/">');
  });
});

describe('parts of pages', () => {
  test('a fact shows its confidence and every document it cites', () => {
    const graph = sample();
    expect(sourceRefsOf({ sources: ['src-b'] }, graph.source)).toEqual({
      level: 'reported',
      word: 'reported',
      title: 'Reported by the press',
      sources: [{ href: 'https://example.org/src-b', title: 'Title of src-b', text: 'Yonhap, 24 May 2023' }],
    });
    expect(sourceRefsOf({ sources: ['src-a'], confidence: 'uncertain' }, graph.source).word).toBe('uncertain');
  });

  test('identifier labels carry the chain and the issuer', () => {
    expect(identifierRows([{ type: 'passport', value: '123', issuer: 'DPRK', sources: ['src-a'] }])[0]?.label).toBe('Passport, DPRK');
    expect(identifierRows(undefined)).toEqual([]);
    const wallets = ['0x1', '0x2', '0x3'].map((value, index) => ({ type: 'website' as const, value, sources: index === 2 ? ['src-b'] : ['src-a'] }));
    expect(identifierRows(wallets).map((row) => row.sameSourcesAsAbove)).toEqual([false, true, false]);
  });
});
