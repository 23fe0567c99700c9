import { describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '~/lib/content/graph';
import { JURISDICTIONS, type Jurisdiction } from '~/lib/domain/vocabulary';
import { matrixColumns as csvColumns, toCsv } from '~/lib/exports/csv';
import { actionPage } from '~/lib/pages/entities';
import { entityMatrixRow, MATRIX_PAGE_SIZE, matrixPage, matrixPages, matrixRowOf, matrixViews } from '~/lib/pages/matrix';
import { formatDate, formatShortDate } from '~/i18n';
import { action, graphInput, incident, organisation, person } from '../fixtures/factories';

/**
 * Kim: US designation with a later effective date, amended and delisted; KR designation as announced.
 * Choi: named in the same US round only. Park: EU listing carried over by the UK. Lazarus: UN, US
 * and KR. A bank: KR only. Lee and the RGB: never named.
 */
const fixture = {
  people: [person('kim'), person('choi'), person('park'), person('lee')],
  organisations: [organisation('lazarus', { kind: 'hacking-group' }), organisation('bank', { kind: 'bank' }), organisation('rgb')],
  actions: [
    action('us-2019', { jurisdiction: 'US', announced: '2019-05-01', effective: '2019-05-03', designees: [{ person: 'kim' }, { person: 'choi' }] }),
    action('kr-2020', { jurisdiction: 'KR', announced: '2020-01-10', effective: '2020-01-10', designees: [{ person: 'kim' }] }),
    action('us-2021', { jurisdiction: 'US', kind: 'amendment', announced: '2021-02-02', designees: [{ person: 'kim' }] }),
    action('us-2023', { jurisdiction: 'US', kind: 'delisting', announced: '2023-03-03', designees: [{ person: 'kim' }] }),
    action('eu-2017', { jurisdiction: 'EU', announced: '2017-10-16', designees: [{ person: 'park' }] }),
    action('gb-2020', { jurisdiction: 'GB', announced: '2020-12-31', designees: [{ person: 'park' }], carriesOver: ['eu-2017'] }),
    action('un-2016', { jurisdiction: 'UN', announced: '2016-01-01', designees: [{ organisation: 'lazarus' }] }),
    action('us-2016', { jurisdiction: 'US', announced: '2016-02-01', designees: [{ organisation: 'lazarus' }] }),
    action('kr-2016', { jurisdiction: 'KR', announced: '2016-03-01', designees: [{ organisation: 'lazarus' }] }),
    action('kr-2022', { jurisdiction: 'KR', announced: '2022-01-01', designees: [{ organisation: 'bank' }] }),
  ],
};
const graph = buildGraph(graphInput(fixture));

const entity = (id: string) => {
  const found = graph.person(id) ?? graph.organisation(id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};
const cell = (id: string, jurisdiction: Jurisdiction) => matrixRowOf(entity(id)).cells.find((each) => each.jurisdiction === jurisdiction);
const ids = (viewId: string, sort: 'first' | 'jurisdictions' = 'first', from: Graph = graph) =>
  matrixPage(from, viewId, sort, 1).rows.map((row) => row.node.id);

describe('a matrix cell', () => {
  test('gives the first designation, the date it took effect when a source gives another day, then amendments and the delisting', () => {
    expect(cell('kim', 'US')).toMatchObject({
      first: { date: '2019-05-03', text: formatShortDate('2019-05-03'), kind: 'effective', kindWord: 'effective', href: '/actions/us-2019/' },
      amendments: [{ date: '2021-02-02', text: `amended ${formatShortDate('2021-02-02')}`, href: '/actions/us-2021/' }],
      delisting: { date: '2023-03-03', text: `delisted ${formatShortDate('2023-03-03')}`, href: '/actions/us-2023/' },
      empty: undefined,
    });
  });

  test('says "announced" when the effective date is the announcement day', () => {
    expect(cell('kim', 'KR')?.first).toMatchObject({ date: '2020-01-10', kindWord: 'announced', href: '/actions/kr-2020/' });
    expect(cell('kim', 'KR')?.amendments).toEqual([]);
    expect(cell('kim', 'KR')?.delisting).toBeUndefined();
  });

  test('marks a listing carried over from another jurisdiction', () => {
    expect(cell('park', 'GB')?.first).toMatchObject({ date: '2020-12-31', kind: 'carried-over', kindWord: 'carried over', href: '/actions/gb-2020/' });
    expect(cell('park', 'EU')?.first?.kind).toBe('announced');
  });

  test('says "not designated" in every column of an entity no action names', () => {
    const row = matrixRowOf(entity('lee'));
    expect(row.cells.map((each) => each.jurisdiction)).toEqual([...JURISDICTIONS]);
    expect(row.cells.map((each) => [each.first, each.empty])).toEqual(JURISDICTIONS.map(() => [undefined, 'not designated']));
    expect(row.firstDate).toBeUndefined();
  });

  test('is computed once per entity: the matrix pages and the entity page share it', () => {
    const kim = entity('kim');
    expect(entityMatrixRow(graph, kim).row).toBe(matrixRowOf(kim));
    expect(matrixPage(graph, 'people', 'first', 1).rows).toContain(matrixRowOf(kim));
  });
});

describe('the views', () => {
  test('each view keeps the entities its rule names', () => {
    expect(matrixViews().map((view) => view.id)).toEqual(['all', 'people', 'organisations', 'groups', 'us-not-kr', 'kr-not-us', 'not-un', 'one-only']);
    expect(ids('all').sort()).toEqual([...fixture.people, ...fixture.organisations].map((entry) => entry.id).sort());
    expect(ids('people').sort()).toEqual(['choi', 'kim', 'lee', 'park']);
    expect(ids('organisations').sort()).toEqual(['bank', 'lazarus', 'rgb']);
    expect(ids('groups')).toEqual(['lazarus']);
    expect(ids('us-not-kr')).toEqual(['choi']);
    expect(ids('kr-not-us')).toEqual(['bank']);
    // A delisting does not take an entity out of "designated by": Kim stays in no pair view.
    expect(ids('not-un').sort()).toEqual(['bank', 'choi', 'kim', 'park']);
    expect(ids('one-only').sort()).toEqual(['bank', 'choi']);
  });

  test('by first designation: oldest first, ties by name, never designated last', () => {
    // Choi and Kim share the US round of 2019 (effective 3 May); Lee and the RGB were never designated.
    expect(ids('all')).toEqual(['lazarus', 'park', 'choi', 'kim', 'bank', 'lee', 'rgb']);
  });

  test('by number of jurisdictions: most first, ties by first designation', () => {
    expect(ids('all', 'jurisdictions')).toEqual(['lazarus', 'park', 'kim', 'choi', 'bank', 'lee', 'rgb']);
    expect(ids('people', 'jurisdictions')).toEqual(['park', 'kim', 'choi', 'lee']);
  });

  test('totals count the entities of the view each jurisdiction designated, and the rows', () => {
    const all = matrixPage(graph, 'all', 'first', 1);
    const designatedBy = (jurisdiction: Jurisdiction) =>
      all.rows.filter((row) => row.cells.some((each) => each.jurisdiction === jurisdiction && each.first)).length;
    expect(all.totals.counts).toEqual(JURISDICTIONS.map(designatedBy));
    expect(all.totals.counts).toEqual([3, 3, 1, 1, 1, 0, 0]);
    expect(all.totals.label).toBe('Designated, of 7 entries');
    expect(matrixPage(graph, 'groups', 'first', 1).totals.counts).toEqual([1, 1, 1, 0, 0, 0, 0]);
  });

  test('view and sort links are plain links, the current one marked', () => {
    const page = matrixPage(graph, 'people', 'jurisdictions', 1);
    expect(page.views.find((view) => view.current)).toMatchObject({ label: 'People', href: '/matrix/people/by-jurisdictions/' });
    expect(page.views[0]).toMatchObject({ label: 'All', href: '/matrix/by-jurisdictions/', current: false });
    expect(page.sorts).toEqual([
      { label: 'By first designation', href: '/matrix/people/', current: false },
      { label: 'By number of jurisdictions', href: '/matrix/people/by-jurisdictions/', current: true },
    ]);
    expect(page.views.find((view) => view.href.includes('us-not-kr'))?.label).toBe('By United States, not by South Korea');
    expect(page.pagination).toBeUndefined();
  });

  test('an entity page links to its row in the matrix', () => {
    expect(entityMatrixRow(graph, entity('kim')).matrix.href).toBe('/matrix/#person-kim');
  });
});

describe('pages of a view', () => {
  const many = (count: number) =>
    buildGraph(graphInput({ people: Array.from({ length: count }, (_, index) => person(`p-${String(index).padStart(4, '0')}`)) }));

  test(`a view of ${MATRIX_PAGE_SIZE} rows fits one page; one more row makes a second`, () => {
    const full = many(MATRIX_PAGE_SIZE);
    expect(matrixPages(full).filter((entry) => entry.view === 'all' && entry.sort === 'first')).toHaveLength(1);
    const over = many(MATRIX_PAGE_SIZE + 1);
    const paths = matrixPages(over).filter((entry) => entry.view === 'all');
    expect(paths.map((entry) => entry.path)).toEqual(['/matrix/', '/matrix/page/2/', '/matrix/by-jurisdictions/', '/matrix/by-jurisdictions/page/2/']);
    expect(matrixPage(over, 'all', 'first', 1).rows).toHaveLength(MATRIX_PAGE_SIZE);
    expect(matrixPage(over, 'all', 'first', 2).rows).toHaveLength(1);
    expect(matrixPage(over, 'all', 'first', 2).pagination?.pages.map((item) => [item.href, item.current])).toEqual([
      ['/matrix/', false],
      ['/matrix/page/2/', true],
    ]);
    expect(() => matrixPage(over, 'all', 'first', 3)).toThrow();
    const last = over.people.at(-1);
    if (!last) throw new Error('no people');
    expect(entityMatrixRow(over, last).matrix.href).toBe(`/matrix/page/2/#person-${last.id}`);
  });

  test('an empty view still has its one page, saying so', () => {
    const page = matrixPage(many(2), 'groups', 'first', 1);
    expect(page.rows).toEqual([]);
    expect(page.empty).toBe('No person or organisation is in this view.');
  });
});

describe('matrix.csv', () => {
  test('one row per entity with five columns per jurisdiction', () => {
    const [header = '', ...rows] = toCsv(csvColumns(), [entity('kim'), entity('park'), entity('lee')])
      .trimEnd()
      .split('\r\n');
    const names = header.split(',');
    expect(names.slice(0, 3)).toEqual(['id', 'type', 'name']);
    expect(names).toHaveLength(3 + 5 * JURISDICTIONS.length);
    const record = (line: string) => Object.fromEntries(line.split(',').map((value, index) => [names[index], value]));
    expect(record(rows[0] ?? '')).toMatchObject({
      id: 'kim',
      type: 'person',
      us_first_designated: '2019-05-03',
      us_date_kind: 'effective',
      us_amended: '2021-02-02',
      us_delisted: '2023-03-03',
      us_actions: 'us-2019; us-2021; us-2023',
      kr_first_designated: '2020-01-10',
      kr_date_kind: 'announced',
      un_first_designated: '',
    });
    expect(record(rows[1] ?? '')).toMatchObject({ gb_date_kind: 'carried-over', gb_first_designated: '2020-12-31', eu_actions: 'eu-2017' });
    expect(Object.entries(record(rows[2] ?? '')).filter(([name, value]) => !['id', 'type', 'name'].includes(name ?? '') && value !== '')).toEqual([]);
  });
});

describe('carried-over listings on the action page', () => {
  const context = { site: new URL('https://tracker.example/'), updated: '2026-11-24', accessed: '2026-11-25' };
  const page = (id: string) => {
    const found = graph.action(id);
    if (!found) throw new Error(`no action ${id}`);
    return actionPage(found, context);
  };

  test('the carrying action names the listing it carried over, and the listing names it back', () => {
    expect(page('gb-2020').carried).toEqual([
      { label: 'Carried over from:', links: [{ node: graph.action('eu-2017'), jurisdiction: 'EU', dateText: formatDate('2017-10-16') }] },
    ]);
    expect(page('eu-2017').carried).toEqual([
      { label: 'Carried over by:', links: [{ node: graph.action('gb-2020'), jurisdiction: 'GB', dateText: formatDate('2020-12-31') }] },
    ]);
    expect(page('kr-2022').carried).toEqual([]);
  });
});

describe('the victims of incidents', () => {
  const withVictims = buildGraph(
    graphInput({
      organisations: [
        organisation('lazarus', { kind: 'hacking-group' }),
        organisation('bybit', { kind: 'crypto-service' }),
        organisation('bank-x', { kind: 'bank' }),
      ],
      actions: [action('a', { designees: [{ organisation: 'lazarus' }, { organisation: 'bank-x' }] })],
      incidents: [
        incident('bybit-theft', { victim: { name: 'Bybit', organisation: 'bybit', sources: ['src-a'] }, groups: ['lazarus'] }),
        incident('bank-theft', { victim: { name: 'Bank X', organisation: 'bank-x', sources: ['src-a'] } }),
      ],
    }),
  );

  test('an organisation on the site only as a victim has no row; a victim an action names keeps its row', () => {
    const rows = matrixPage(withVictims, 'all', 'first', 1).rows.map((row) => row.node.id);
    expect(rows.sort()).toEqual(['bank-x', 'lazarus']);
    expect(withVictims.organisations.map((node) => node.id)).toContain('bybit');
    expect(withVictims.subjectOrganisations.map((node) => node.id).sort()).toEqual(['bank-x', 'lazarus']);
    expect(toCsv(csvColumns(), [...withVictims.people, ...withVictims.subjectOrganisations])).not.toContain('bybit');
  });
});
