import { describe, expect, test } from 'vitest';
import { buildGraph, type GraphInput } from '~/lib/content/graph';
import { checkedIdFor } from '~/lib/content/loader';
import { frontMatter, schemas } from '~/lib/content/read-content';
import { action, graphInput, incident, organisation } from '../fixtures/factories';

const validIncident = `---
title: Ronin Network bridge theft
kind: crypto-theft
occurred: { date: '2022-03-23', sources: [tr-jy0768] }
victim: { name: Ronin Network, sources: [tr-jy0768] }
amounts:
  - { usd: 620000000, sources: [fbi-2022-04-ronin] }
attributions:
  - { by: FBI, byKind: government, date: '2022-04-14', words: 'we were able to confirm Lazarus Group and APT38 … are responsible', sources: [fbi-2022-04-ronin] }
groups: [lazarus-group]
wallets:
  - { type: wallet, chain: ETH, value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', sources: [tr-jy0768] }
sources: [fbi-2022-04-ronin]
ko:
  title: Ronin Network 브리지 탈취 사건
---`;

const WORDS = "words: 'we were able to confirm Lazarus Group and APT38 … are responsible'";
/** The valid incident with its attribution's words (and what follows them) written otherwise. */
const withWords = (words: string) => validIncident.replace(WORDS, words);
/** The valid incident with a `dated` part on its attribution. */
const withDated = (dated: string) => validIncident.replace('sources: [fbi-2022-04-ronin] }\ngroups', `sources: [fbi-2022-04-ronin], dated: ${dated} }\ngroups`);

/** Checks one incident file the way the build does and returns the error it stops with. */
function fileError(text: string): string {
  try {
    checkedIdFor('incidents', schemas.incidents)({ entry: 'x.md', data: frontMatter(text), text });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

function graphError(input: Partial<GraphInput>): string {
  try {
    buildGraph(graphInput(input));
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('an incident file', () => {
  test('that is complete passes', () => expect(fileError(validIncident)).toBe('no error'));

  test.each([
    [
      'an amount without a source',
      validIncident.replace('{ usd: 620000000, sources: [fbi-2022-04-ronin] }', '{ usd: 620000000 }'),
      'content/incidents/x.md: amounts[0].sources: required field is missing',
    ],
    [
      'an amount with neither dollars nor assets',
      validIncident.replace('{ usd: 620000000, sources: [fbi-2022-04-ronin] }', '{ sources: [fbi-2022-04-ronin] }'),
      'content/incidents/x.md: amounts[0]: gives neither `usd` nor `assets`',
    ],
    ['an attribution without who', validIncident.replace('by: FBI, ', ''), 'content/incidents/x.md: attributions[0].by: required field is missing'],
    [
      'an attribution without when',
      validIncident.replace("date: '2022-04-14', ", ''),
      'content/incidents/x.md: attributions[0].date: required field is missing',
    ],
    [
      'an attribution without its words',
      validIncident.replace("words: 'we were able to confirm Lazarus Group and APT38 … are responsible', ", ''),
      'content/incidents/x.md: attributions[0].words: required field is missing',
    ],
    [
      'words in Hangul without their language',
      withWords("words: '북한의 소행으로 판단된다'"),
      'content/incidents/x.md: attributions[0].language: words "북한의 소행으로 판단된다" are not English: give their `language`',
    ],
    [
      'words in Japanese without an English translation',
      withWords("words: '北朝鮮を背景とする', language: ja"),
      'content/incidents/x.md: attributions[0].translation: the words in "ja": give an English `translation`',
    ],
    [
      'a translation of English words',
      withWords(`${WORDS}, translation: 'we confirmed'`),
      'content/incidents/x.md: attributions[0].translation: "we confirmed": the words in English take no `translation`',
    ],
    [
      'a date source without its source',
      withDated("{ note: 'dated by a report' }"),
      'content/incidents/x.md: attributions[0].dated.sources: required field is missing',
    ],
    [
      'a date source that also prints the words',
      withDated('{ sources: [fbi-2022-04-ronin] }'),
      'content/incidents/x.md: attributions[0].dated.sources[0]: "fbi-2022-04-ronin" is also in `sources`',
    ],
    ['an attributor of an unknown kind', validIncident.replace('byKind: government', 'byKind: vendor'), 'content/incidents/x.md: attributions[0].byKind:'],
    ['no attribution at all', validIncident.replace(/attributions:\n.*\n/, 'attributions: []\n'), 'content/incidents/x.md: attributions:'],
    [
      'a wallet in the wrong format for its chain',
      validIncident.replace('0x098B716B8Aaf21512996dC57EB0615e2383E2f96', '0x098B716B8Aaf21512996dC57EB0615e2383E2f9'),
      'content/incidents/x.md: wallets[0].value: "0x098B716B8Aaf21512996dC57EB0615e2383E2f9" is not a well-formed ETH address',
    ],
    [
      'a wallet without its chain',
      validIncident.replace('chain: ETH, ', ''),
      'content/incidents/x.md: wallets[0].chain: wallet "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" needs its chain',
    ],
    [
      'an identifier that is not a wallet in the wallets',
      validIncident.replace("type: wallet, chain: ETH, value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96'", "type: passport, value: '290333974'"),
      'content/incidents/x.md: wallets[0].type: "passport" is not "wallet": list only wallet addresses here',
    ],
    [
      'a date of happening without a source',
      validIncident.replace("occurred: { date: '2022-03-23', sources: [tr-jy0768] }", "occurred: { date: '2022-03-23' }"),
      'content/incidents/x.md: occurred.sources: required field is missing',
    ],
    [
      'an unquoted date',
      validIncident.replace("date: '2022-04-14'", 'date: 2022-04-14'),
      'content/incidents/x.md: attributions[0].date: 2022-04-14 must be quoted ("2022-04-14")',
    ],
    ['a kind outside the vocabulary', validIncident.replace('kind: crypto-theft', 'kind: heist'), 'content/incidents/x.md: kind:'],
    [
      'no Korean title',
      validIncident.replace('ko:\n  title: Ronin Network 브리지 탈취 사건\n', ''),
      'content/incidents/x.md: ko.title: missing; give the title in Korean',
    ],
    [
      'a body without its Korean summary',
      `${validIncident}\n\nThe Lazarus Group laundered the proceeds.\n`,
      'content/incidents/x.md: ko.summary: missing or empty; write the body in Korean',
    ],
  ])('stops the build on %s, naming file, field and value', (_case, text, message) => expect(fileError(text)).toContain(message));
});

describe('incident references stop the build when wrong, naming file, field and value', () => {
  const lazarus = organisation('lazarus-group', { kind: 'hacking-group' });
  test.each([
    [
      'a group that does not exist, with a hint',
      { organisations: [lazarus], incidents: [incident('ronin', { groups: ['lazarus-grup'] })] },
      'content/incidents/ronin.md: groups[0]: no organisation "lazarus-grup" (did you mean "lazarus-group"?)',
    ],
    [
      'a group listed twice',
      { organisations: [lazarus], incidents: [incident('ronin', { groups: ['lazarus-group', 'lazarus-group'] })] },
      'content/incidents/ronin.md: groups[1]: "lazarus-group" is listed twice',
    ],
    [
      'a victim organisation that does not exist',
      { incidents: [incident('ronin', { victim: { name: 'Sky Mavis', organisation: 'sky-mavis', sources: ['src-a'] } })] },
      'content/incidents/ronin.md: victim.organisation: no organisation "sky-mavis"',
    ],
    [
      'an action citing an incident that does not exist, with a hint',
      {
        organisations: [lazarus],
        incidents: [incident('ronin')],
        actions: [action('a', { designees: [{ organisation: 'lazarus-group' }], incidents: ['ronnin'] })],
      },
      'content/actions/a.md: incidents[0]: no incident "ronnin" (did you mean "ronin"?)',
    ],
    [
      'a source that does not exist',
      { incidents: [incident('ronin', { amounts: [{ usd: 1, sources: ['src-c'] }] })] },
      'content/incidents/ronin.md: amounts[0].sources[0]: no source "src-c"',
    ],
    [
      'a duplicate id',
      { incidents: [incident('ronin'), { ...incident('ronin'), file: 'content/incidents/ronin-copy.md' }] },
      'content/incidents/ronin-copy.md: id: "ronin" is already used by content/incidents/ronin.md',
    ],
    [
      'a disclosure before the incident',
      { incidents: [incident('ronin', { disclosed: { date: '2022-01-01', sources: ['src-a'] } })] },
      'content/incidents/ronin.md: disclosed.date: "2022-01-01" is before occurred.date "2022-03-23"',
    ],
    [
      'an attribution made before the incident happened',
      {
        incidents: [
          incident('ronin', {
            attributions: [{ by: 'FBI', byKind: 'government', date: '2021-04-14', words: 'confirmed', language: 'en', sources: ['src-a'] }],
          }),
        ],
      },
      'content/incidents/ronin.md: attributions[0].date: "2021-04-14" is before the incident occurred ("2022-03-23")',
    ],
    [
      'a fact citing more than four sources',
      {
        sources: ['src-a', 'src-b', 'src-c', 'src-d', 'src-e'].map((id) => ({
          id,
          file: `content/sources/${id}.md`,
          data: { title: id, publisher: 'FBI', url: `https://example.org/${id}`, type: 'primary' as const, language: 'en' },
        })),
        incidents: [incident('ronin', { victim: { name: 'Ronin', sources: ['src-a', 'src-b', 'src-c', 'src-d', 'src-e'] } })],
      },
      'content/incidents/ronin.md: victim.sources: cites 5 sources; a fact cites at most 4',
    ],
  ])('%s', (_case, input, line) => expect(graphError(input)).toContain(line));

  test('a valid incident links its groups, victim, wallets and the actions citing it both ways', () => {
    const wallet = { type: 'wallet' as const, chain: 'ETH' as const, value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', sources: ['src-a'] };
    const graph = buildGraph(
      graphInput({
        organisations: [lazarus, organisation('sky-mavis', { kind: 'company' })],
        actions: [action('us-2022', { designees: [{ organisation: 'lazarus-group', identifiers: [wallet] }], incidents: ['ronin'] })],
        incidents: [
          incident('ronin', {
            groups: ['lazarus-group'],
            victim: { name: 'Sky Mavis', organisation: 'sky-mavis', sources: ['src-a'] },
            wallets: [{ ...wallet, value: wallet.value.toLowerCase() }],
          }),
        ],
      }),
    );
    const ronin = graph.incident('ronin');
    expect(ronin?.groups.map((group) => group.id)).toEqual(['lazarus-group']);
    expect(graph.organisation('lazarus-group')?.incidents).toEqual([ronin]);
    expect(graph.organisation('sky-mavis')?.victimOf).toEqual([ronin]);
    expect(ronin?.actions.map((entry) => entry.id)).toEqual(['us-2022']);
    expect(graph.action('us-2022')?.incidents).toEqual([ronin]);
    expect(ronin?.wallets[0]?.listings.map((listing) => [listing.node.id, listing.action?.id])).toEqual([['lazarus-group', 'us-2022']]);
  });
});
