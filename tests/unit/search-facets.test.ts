import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { searchFacetsOf } from '~/lib/search/search-facets';
import { KEY_MARK } from '~/lib/search/match-model';
import { decodeNamingAction } from '~/lib/search/naming-actions';
import { DATED_SEARCH_TYPES } from '~/lib/domain/vocabulary';
import { action, graphInput, incident, organisation, person } from '../fixtures/factories';

const graph = buildGraph(
  graphInput({
    organisations: [
      organisation('rgb'),
      organisation('bureau', { parent: { organisation: 'rgb', sources: ['src-a'] } }),
      organisation('tornado', { kind: 'crypto-service', parent: { organisation: 'bureau', sources: ['src-a'] } }),
      organisation('bank-x', { kind: 'bank' }),
      organisation('group-y', { kind: 'hacking-group' }),
      organisation('unnamed-body'),
      organisation('bank-z', { kind: 'bank' }),
    ],
    people: [
      person('ri-chang-ho', {
        names: [{ value: 'Ri Chang Ho', script: 'latin', kind: 'official', sources: ['src-a'] }],
        affiliations: [{ organisation: 'bank-z', role: 'representative', sources: ['src-a'] }],
      }),
      person('kim-undesignated'),
    ],
    incidents: [incident('heist', { victim: { name: 'Bank X', organisation: 'bank-x', sources: ['src-a'] }, groups: ['group-y'] })],
    actions: [
      action('kr', { announced: '2023-12-27', designees: [{ person: 'ri-chang-ho' }] }),
      action('us', { jurisdiction: 'US', announced: '2022-08-08', designees: [{ organisation: 'tornado' }] }),
      action('us-off', { jurisdiction: 'US', kind: 'delisting', announced: '2025-03-21', designees: [{ organisation: 'tornado' }] }),
    ],
  }),
);

/** Looks a node up and fails the test, not the type checker, when it is missing. */
function found<Node>(node: Node | undefined): Node {
  if (!node) throw new Error('fixture node missing');
  return node;
}

describe('searchFacetsOf', () => {
  test('a person: filters, printed names, generated forms and status', () => {
    const facets = searchFacetsOf(found(graph.person('ri-chang-ho')));
    expect(facets).toMatchObject({
      type: 'Person',
      jurisdictions: ['KR'],
      years: ['2023'],
      names: ['Ri Chang Ho'],
      status: 'KR designated since 2023-12-27',
    });
    expect(facets.forms).toEqual(expect.arrayContaining(['lee', 'changho']));
    // The syllable keys of the match model, marked so that they never meet a word of the page.
    expect(facets.forms).toEqual(expect.arrayContaining([`i${KEY_MARK}`, `chang${KEY_MARK}`, `ho${KEY_MARK}`]));
  });

  test('an action carries its designees’ printed names, so it is scored against each of them and not its own words', () => {
    expect(searchFacetsOf(found(graph.action('kr'))).names).toEqual(['Ri Chang Ho']);
  });

  test('a person or organisation carries each action naming it once, as its result row shows it', () => {
    const tornado = searchFacetsOf(found(graph.organisation('tornado'))).namedIn.map(decodeNamingAction);
    expect(tornado).toEqual([
      {
        href: '/actions/us/',
        date: '2022-08-08',
        jurisdiction: 'US',
        title: found(graph.action('us')).data.title,
        status: searchFacetsOf(found(graph.action('us'))).status,
      },
      {
        href: '/actions/us-off/',
        date: '2025-03-21',
        jurisdiction: 'US',
        title: found(graph.action('us-off')).data.title,
        status: searchFacetsOf(found(graph.action('us-off'))).status,
      },
    ]);
    expect(searchFacetsOf(found(graph.person('kim-undesignated'))).namedIn).toEqual([]);
    expect(searchFacetsOf(found(graph.action('kr'))).namedIn).toEqual([]);
  });

  test('a delisted body says so', () => {
    expect(searchFacetsOf(found(graph.organisation('tornado'))).status).toBe('US delisted 2025-03-21');
  });

  test('people and organisations carry no sort key: only pages with a date of their own are sorted by it', () => {
    expect(searchFacetsOf(found(graph.organisation('rgb'))).date).toBeUndefined();
    expect(searchFacetsOf(found(graph.person('ri-chang-ho'))).date).toBeUndefined();
    expect(searchFacetsOf(found(graph.incident('heist'))).date).toBe('2022-03-23');
    // The search page keeps best-match order for the other types: the constant it reads must say which pages have a key.
    for (const node of [...graph.people, ...graph.organisations, ...graph.actions, ...graph.incidents]) {
      const facets = searchFacetsOf(node);
      expect(facets.date !== undefined, `${node.type} ${node.id}`).toBe(DATED_SEARCH_TYPES.includes(facets.type));
    }
  });

  test('an undesignated entity says so, and says why it is on the site only where that is so', () => {
    const status = (node: Parameters<typeof searchFacetsOf>[0] | undefined) => searchFacetsOf(found(node)).status;
    // A unit two levels down is designated: both bodies above it are parents of designees.
    expect(status(graph.organisation('rgb'))).toBe('Not designated; parent body of designated units');
    expect(status(graph.organisation('bureau'))).toBe('Not designated; parent body of designated units');
    expect(status(graph.organisation('bank-z'))).toBe('Not designated; people affiliated with it are designated');
    expect(status(graph.organisation('bank-x'))).toBe('Not designated; victim of 1 incident');
    expect(status(graph.organisation('group-y'))).toBe('Not designated; 1 incident attributed to it');
    expect(status(graph.organisation('unnamed-body'))).toBe('Not designated');
    expect(status(graph.person('kim-undesignated'))).toBe('Not designated');
  });

  test('an action is filtered by its jurisdiction and year', () => {
    expect(searchFacetsOf(found(graph.action('kr')))).toMatchObject({ type: 'Action', jurisdictions: ['KR'], years: ['2023'], date: '2023-12-27' });
  });
});
