import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { usdRange } from '~/lib/domain/amounts';
import { ATTRIBUTION_KINDS } from '~/lib/domain/vocabulary';
import { actionPage, organisationPage } from '~/lib/pages/entities';
import { incidentPage, incidentsPage, incidentsRoutes, incidentsViews } from '~/lib/pages/incidents';
import { searchFacetsOf } from '~/lib/search/search-facets';
import { hrefOf } from '~/lib/site/urls';
import { parse } from 'csv-parse/sync';
import { csvFiles } from '~/lib/exports/csv';
import { formatDate, formatUsd, inLanguage, t } from '~/i18n';
import { action, graphInput, incident, organisation } from '../fixtures/factories';

const wallet = { type: 'wallet' as const, chain: 'ETH' as const, value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', sources: ['src-a'] };
const graph = buildGraph(
  graphInput({
    organisations: [
      organisation('lazarus', { kind: 'hacking-group' }),
      organisation('andariel', { kind: 'hacking-group' }),
      organisation('bank-x', { kind: 'bank' }),
    ],
    actions: [
      action('us-2022', { jurisdiction: 'US', announced: '2022-04-14', designees: [{ organisation: 'lazarus', identifiers: [wallet] }], incidents: ['ronin'] }),
      action('kr-2023', { announced: '2023-02-10', designees: [{ organisation: 'lazarus' }], incidents: ['ronin', 'heist'] }),
    ],
    incidents: [
      incident('ronin', {
        groups: ['lazarus'],
        amounts: [
          { usd: 540_000_000, sources: ['src-b'] },
          { usd: 620_000_000, sources: ['src-a'] },
          { assets: '173,600 ETH', sources: ['src-b'] },
        ],
        attributions: [
          { by: 'Elliptic', byKind: 'company', date: '2022-04-01', words: 'high confidence', language: 'en', sources: ['src-b'] },
          { by: 'FBI', byKind: 'government', date: '2022-04-14', words: 'we were able to confirm', language: 'en', sources: ['src-a'] },
        ],
        wallets: [wallet, { ...wallet, value: '0x0000000000000000000000000000000000000001' }],
      }),
      incident('heist', {
        kind: 'bank-heist',
        occurred: { date: '2022-08', sources: ['src-a'] },
        victim: { name: 'Bank X', organisation: 'bank-x', sources: ['src-a'] },
        amounts: [{ usd: 13_500_000, sources: ['src-a'] }],
        groups: ['lazarus', 'andariel'],
        attributions: [{ by: 'FBI', byKind: 'government', date: '2022-09-01', words: 'confirmed', language: 'en', sources: ['src-a'] }],
      }),
      incident('wiper', {
        kind: 'destructive-attack',
        occurred: { date: '2014-11-24', sources: ['src-a'] },
        amounts: [],
        attributions: [{ by: 'FBI', byKind: 'government', date: '2014-12-19', words: 'responsible', language: 'en', sources: ['src-a'] }],
      }),
    ],
  }),
);
const context = { site: new URL('https://tracker.example/'), updated: '2026-11-24', accessed: '2026-11-25' };
const found = <Node>(node: Node | undefined): Node => {
  if (!node) throw new Error('fixture node missing');
  return node;
};
const ronin = found(graph.incident('ronin'));

describe('an incident page', () => {
  const page = incidentPage(ronin, context);

  test('gives the amount as the range from the lowest reported figure to the highest, and lists every figure with its source', () => {
    expect(page.amount).toBe(t.money.range(t.money.usd(540_000_000), t.money.usd(620_000_000)));
    expect(page.amounts.map((amount) => [amount.usd, amount.assets, amount.fact.sources])).toEqual([
      [t.money.usd(540_000_000), undefined, ['src-b']],
      [t.money.usd(620_000_000), undefined, ['src-a']],
      [undefined, '173,600 ETH', ['src-b']],
    ]);
  });

  test('keeps government and company attributions apart, governments first, each with who, when and the words', () => {
    expect(page.attributions.map((group) => group.heading)).toEqual([t.attributionKind.government, t.attributionKind.company]);
    expect(ATTRIBUTION_KINDS.indexOf('government')).toBeLessThan(ATTRIBUTION_KINDS.indexOf('company'));
    const [government, company] = page.attributions;
    expect(government?.items.map((item) => [item.by, item.dateText, item.words])).toEqual([
      ['FBI', t.incident.attributedOn(formatDate('2022-04-14')), 'we were able to confirm'],
    ]);
    expect(company?.items.map((item) => item.by)).toEqual(['Elliptic']);
  });

  test('links each wallet to the entity and the action that designated it, and says so where none did', () => {
    expect(page.wallets.map((entry) => entry.listings.map((listing) => [listing.node.id, listing.action?.id]))).toEqual([[['lazarus', 'us-2022']], []]);
  });

  test('lists the actions that cite it, oldest first, and the groups it is attributed to', () => {
    expect(page.actions.map((item) => item.action.id)).toEqual(['us-2022', 'kr-2023']);
    expect(page.groups.map((group) => group.id)).toEqual(['lazarus']);
  });

  test('is an Event in its structured data, and search knows it by its title and its victim', () => {
    expect(page.meta.structuredData?.['@type']).toBe('Event');
    const facets = searchFacetsOf(ronin);
    expect(facets.type).toBe('Incident');
    expect(facets.names).toEqual([ronin.data.title, ronin.data.victim.name]);
    expect(facets.years).toEqual(['2022']);
    expect(facets.status).toContain(formatUsd(found(usdRange(ronin.data))));
  });
});

describe('incidents on other pages', () => {
  test('an action page lists the incidents it cites; an organisation page those attributed to it and those it suffered', () => {
    expect(actionPage(found(graph.action('kr-2023')), context).incidents.map((item) => item.incident.id)).toEqual(['ronin', 'heist']);
    expect(organisationPage(found(graph.organisation('lazarus')), context).incidents.map((item) => item.href)).toEqual(
      [graph.incident('heist'), ronin].map((node) => hrefOf(found(node))),
    );
    expect(organisationPage(found(graph.organisation('bank-x')), context).victimOf.map((item) => item.incident.id)).toEqual(['heist']);
    expect(organisationPage(found(graph.organisation('andariel')), context).victimOf).toEqual([]);
    // A bank no action names is on the site as a victim only: its page says so and leaves the sanctions sections out.
    expect(organisationPage(found(graph.organisation('bank-x')), context).onlyVictim).toBe(t.organisation.onlyVictim);
    expect(organisationPage(found(graph.organisation('lazarus')), context).onlyVictim).toBeUndefined();
    expect(graph.subjectOrganisations.map((node) => node.id)).not.toContain('bank-x');
  });
});

describe('the incidents index', () => {
  test('has a view for all, one per kind present and one per group with incidents, each a static page', () => {
    const views = incidentsViews(graph);
    expect(views.map((view) => [view.path, view.incidents.length])).toEqual([
      ['/incidents/', 3],
      ['/incidents/kind/crypto-theft/', 1],
      ['/incidents/kind/bank-heist/', 1],
      ['/incidents/kind/destructive-attack/', 1],
      ['/incidents/group/andariel/', 1],
      ['/incidents/group/lazarus/', 2],
    ]);
    expect(incidentsRoutes(graph).map((route) => route.params.path)).toEqual(views.slice(1).map((view) => view.path.slice('/incidents/'.length, -1)));
  });

  test('totals each year: the count, the sum of the lowest and of the highest figures, and how many have no dollar figure', () => {
    const page = incidentsPage(graph, '/incidents/');
    expect(page.totals.rows.map((row) => [row.year, row.count, row.sum])).toEqual([
      ['2022', 2, { low: 553_500_000, high: 633_500_000 }],
      ['2014', 1, undefined],
    ]);
    expect(page.totals.rows[1]?.withoutAmount).toBe(t.incidents.withoutAmount(1));
    // The chart gives every year a slot, gaps included, and its tallest bar is the highest sum.
    expect(page.totals.chart.bars.map((bar) => bar.year)).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    const tallest = page.totals.chart.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect([tallest.year, tallest.value, tallest.href]).toEqual(['2022', 633_500_000, '#year-2022']);
    expect(page.years.map((year) => year.incidents.map((item) => item.incident.id))).toEqual([['heist', 'ronin'], ['wiper']]);
  });

  test('a filtered view marks its filter as the current page and holds only its incidents', () => {
    const page = incidentsPage(graph, '/incidents/group/andariel/');
    expect(page.all.current).toBe(false);
    const current = page.filters.flatMap((group) => group.links).filter((link) => link.current);
    expect(current.map((link) => link.label)).toEqual(['Org andariel']);
    expect(page.years.flatMap((year) => year.incidents.map((item) => item.incident.id))).toEqual(['heist']);
  });

  test('amounts read as Korean writes them on Korean pages', () => {
    inLanguage('ko', () => {
      expect(t.money.usd(620_000_000)).toBe('6억 2,000만 달러');
      expect(t.money.usd(13_500_000)).toBe('1,350만 달러');
      expect(t.money.usd(1_460_000_000)).toBe('14억 6,000만 달러');
      expect(t.money.usd(81_000_000)).toBe('8,100만 달러');
    });
    expect(t.money.usd(620_000_000)).toBe('US$620 million');
    expect(t.money.usd(1_460_000_000)).toBe('US$1.46 billion');
    expect(t.money.usd(950_000)).toBe('US$950,000');
  });
});

describe('incidents.csv', () => {
  test('one row per incident: the lowest and highest dollar figures, attributors by kind, groups, wallets and the citing actions', () => {
    const file = csvFiles(graph).find((entry) => entry.file === 'incidents.csv');
    if (!file) throw new Error('no incidents.csv');
    const records = parse(file.body(), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(Object.keys(records[0] ?? {})).toEqual(file.columns.map((column) => column.name));
    expect(records).toHaveLength(graph.incidents.length);
    expect(records.find((record) => record['id'] === 'ronin')).toMatchObject({
      usd_low: '540000000',
      usd_high: '620000000',
      assets: '173,600 ETH',
      attributed_by: 'company:Elliptic; government:FBI',
      groups: 'lazarus',
      wallets: `ETH:${wallet.value}; ETH:0x0000000000000000000000000000000000000001`,
      actions: 'us-2022; kr-2023',
    });
    // An incident no source gives a dollar figure for has empty amount columns.
    expect(records.find((record) => record['id'] === 'wiper')).toMatchObject({ usd_low: '', usd_high: '' });
    expect(file.columns.every((column) => column.description.length > 10)).toBe(true);
  });
});
