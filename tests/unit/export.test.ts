import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { graphToJson } from '~/lib/exports/export';
import { action, graphInput, incident, organisation, person } from '../fixtures/factories';

/** An attribution in Japanese: its words, language and English rendering reach graph.json as written. */
const wordsInJapanese = {
  by: 'National Police Agency',
  byKind: 'government',
  date: '2024-12-24',
  words: '特定しました。',
  language: 'ja',
  translation: 'identified it.',
} as const;

describe('graph.json, the public data contract', () => {
  const graph = buildGraph(
    graphInput({
      organisations: [organisation('rgb'), organisation('lazarus', { kind: 'hacking-group', parent: { organisation: 'rgb', sources: ['src-a'] } })],
      people: [
        person('park-jin-hyok', {
          born: [{ value: '1984-08-15', sources: ['src-a'] }],
          identifiers: [{ type: 'passport', value: '290333974', sources: ['src-a'] }],
          affiliations: [{ organisation: 'lazarus', sources: ['src-a'] }],
        }),
      ],
      actions: [
        action('us-2018', { jurisdiction: 'US', announced: '2018-09-06', designees: [{ person: 'park-jin-hyok' }], coordinatedWith: ['kr-2023'] }),
        action('kr-2023', {
          announced: '2023-02-10',
          effective: '2023-02-11',
          designees: [
            { person: 'park-jin-hyok' },
            {
              organisation: 'lazarus',
              identifiers: [{ type: 'wallet', chain: 'ETH', value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', sources: ['src-a'] }],
            },
          ],
          incidents: ['ronin'],
        }),
      ],
      incidents: [
        incident('ronin', {
          occurred: { date: '2022-03', sources: ['src-a'] },
          disclosed: { date: '2022-03-29', sources: ['src-b'] },
          amounts: [
            { usd: 620_000_000, sources: ['src-a'] },
            { assets: '173,600 ETH', asOf: '2022-04', sources: ['src-b'] },
          ],
          attributions: [
            { by: 'FBI', byKind: 'government', date: '2022-04-14', words: 'The FBI was able to confirm it.', language: 'en', sources: ['src-a'] },
            { ...wordsInJapanese, sources: ['src-b'], dated: { sources: ['src-a'] } },
          ],
          groups: ['lazarus'],
          // Written in lower case: the same address as the designation's, whose letter case is a checksum.
          wallets: [{ type: 'wallet', chain: 'ETH', value: '0x098b716b8aaf21512996dc57eb0615e2383e2f96', sources: ['src-b'] }],
          sources: ['src-a', 'src-b'],
        }),
      ],
    }),
  );
  const json = graphToJson(graph);

  test('has the four collections', () => {
    expect(Object.keys(json)).toEqual(['actions', 'people', 'organisations', 'sources', 'incidents']);
  });

  test('an action carries its dates, designees, coordinated actions and source URLs', () => {
    expect(json.actions.find((entry) => entry.id === 'kr-2023')).toEqual({
      id: 'kr-2023',
      url: '/actions/kr-2023/',
      jurisdiction: 'KR',
      authority: 'Ministry of Foreign Affairs',
      programme: 'Foreign Exchange Transactions Act',
      quote: null,
      kind: 'designation',
      announced: '2023-02-10',
      effective: '2023-02-11',
      title: 'Action kr-2023',
      designees: ['park-jin-hyok', 'lazarus'],
      coordinatedWith: ['us-2018'],
      carriesOver: [],
      incidents: ['ronin'],
      sources: ['https://example.org/src-a'],
    });
    expect(json.actions.find((entry) => entry.id === 'us-2018')?.effective).toBeNull();
  });

  test('a person carries every name form, identifiers, affiliations, derived actions and birth date', () => {
    expect(json.people[0]).toEqual({
      id: 'park-jin-hyok',
      url: '/people/park-jin-hyok/',
      name: 'Park Jin Hyok',
      names: [{ value: 'Park Jin Hyok', script: 'latin', kind: 'official' }],
      identifiers: [{ type: 'passport', value: '290333974' }],
      affiliations: ['lazarus'],
      actions: ['us-2018', 'kr-2023'],
      born: '1984-08-15',
    });
  });

  test('an incident carries its dates, victim, kind, amounts and attributions with their sources, groups, wallets and the actions citing it', () => {
    expect(json.incidents).toEqual([
      {
        id: 'ronin',
        url: '/incidents/ronin/',
        title: 'Theft ronin',
        date: '2022-03',
        disclosed: '2022-03-29',
        victim: { name: 'Victim of ronin', organisation: null },
        kind: 'crypto-theft',
        amounts: [
          { usd: 620_000_000, assets: null, asOf: null, sources: ['https://example.org/src-a'] },
          { usd: null, assets: '173,600 ETH', asOf: '2022-04', sources: ['https://example.org/src-b'] },
        ],
        attributions: [
          {
            by: 'FBI',
            byKind: 'government',
            date: '2022-04-14',
            words: 'The FBI was able to confirm it.',
            language: 'en',
            translation: null,
            sources: ['https://example.org/src-a'],
            dateSources: [],
          },
          { ...wordsInJapanese, sources: ['https://example.org/src-b'], dateSources: ['https://example.org/src-a'] },
        ],
        groups: ['lazarus'],
        wallets: [{ chain: 'ETH', value: '0x098b716b8aaf21512996dc57eb0615e2383e2f96', listedOn: ['lazarus'] }],
        actions: ['kr-2023'],
        sources: ['https://example.org/src-a', 'https://example.org/src-b'],
      },
    ]);
  });

  test('an organisation carries its parent and actions; a source says whether it is primary', () => {
    expect(json.organisations.find((entry) => entry.id === 'lazarus')).toMatchObject({ parent: 'rgb', actions: ['kr-2023'], kind: 'hacking-group' });
    expect(json.organisations.find((entry) => entry.id === 'rgb')).toMatchObject({ parent: null, actions: [] });
    expect(json.sources.find((entry) => entry.id === 'src-b')).toEqual({
      id: 'src-b',
      url: 'https://example.org/src-b',
      copy: null,
      title: 'Title of src-b',
      publisher: 'US Treasury',
      date: '2023-05-24',
      primary: false,
    });
  });
});
