import { describe, expect, test } from 'vitest';
import { checkedIdFor } from '~/lib/content/loader';
import { frontMatter, schemas, type CollectionName } from '~/lib/content/read-content';

const validAction = `---
title: ROK designates Kim Sang Man
jurisdiction: KR
authority: Ministry of Foreign Affairs
programme: Foreign Exchange Transactions Act
kind: designation
announced: "2023-05-23"
designees:
  - person: kim-sang-man
ko:
  title: 대한민국, Kim Sang Man을 제재 대상으로 지정
sources: [mofa-2023-05-23]
---`;

const validPerson = `---
names:
  - { value: Kim Sang Man, script: latin, kind: official, sources: [treasury-jy1498] }
identifiers:
  - { type: wallet, chain: ETH, value: "0x97b1043abd9e6fc31681635166d430a458d14f9c", sources: [sdn-2024-05-03] }
---`;

/** The valid person with one more identifier, written as a YAML flow mapping. */
const personWithIdentifier = (identifier: string) => validPerson.replace('] }\n---', `] }\n  - ${identifier}\n---`);

const validCopy = `---
title: OFAC Specially Designated Nationals (SDN) List
publisher: U.S. Department of the Treasury, Office of Foreign Assets Control
date: "2024-05-03"
type: primary
language: en
copy:
  url: https://github.com/jackdwyer/specially-designated-nationals-list/blob/a5ec3c5ee4aae1b36ba24897a051787ea5429d30/sdn.csv
  publisher: jackdwyer/specially-designated-nationals-list (GitHub)
  commit: a5ec3c5ee4aae1b36ba24897a051787ea5429d30
---`;

const quotedAction = validAction.replace(
  'sources: [mofa-2023-05-23]\n---',
  'sources: [mofa-2023-05-23]\nquote:\n  text: 정부는 김상만을 대북 독자제재 대상으로 지정하였다.\n  source: mofa-2023-05-23\n  language: ko\n  translation: The government designated Kim Sang Man.\n---',
);

const validSource = `---
title: Treasury Targets DPRK Malicious Cyber and Illicit IT Worker Activities
publisher: U.S. Department of the Treasury
date: "2023-05-23"
url: https://home.treasury.gov/news/press-releases/jy1498
type: primary
language: en
---`;

/** Checks one file the way the build does and returns the error message it stops with. */
function errorFor(collection: CollectionName, entry: string, text: string): string {
  try {
    checkedIdFor(collection, schemas[collection])({ entry, data: frontMatter(text), text });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('valid entries pass', () => {
  test.each([
    ['actions', 'kr-2023-05-23-it-workers.md', validAction],
    ['people', 'kim-sang-man.md', validPerson],
    ['sources', 'treasury-jy1498.md', validSource],
    ['sources', 'sdn-2024-05-03.md', validCopy],
    ['actions', 'kr-2023-05-23-quoted.md', quotedAction],
    ['actions', 'kr-2023-05-23-no-programme.md', validAction.replace('programme: Foreign Exchange Transactions Act\n', '')],
  ] as const)('%s/%s', (collection, entry, text) => expect(errorFor(collection, entry, text)).toBe('no error'));
});

describe('bad content stops the build naming the file, the field and the value', () => {
  test.each([
    [
      'a missing required field',
      'actions',
      validAction.replace('authority: Ministry of Foreign Affairs\n', ''),
      'content/actions/x.md: authority: required field is missing',
    ],
    [
      'an unknown key, with a hint',
      'actions',
      validAction.replace('announced:', 'anounced:'),
      'content/actions/x.md: announced: required field is missing\ncontent/actions/x.md: anounced: unknown key "anounced" (did you mean "announced"?)',
    ],
    [
      'a date that is not ISO',
      'actions',
      validAction.replace('"2023-05-23"', '"23/05/2023"'),
      'content/actions/x.md: announced: "23/05/2023" is not an ISO date (YYYY-MM-DD)',
    ],
    [
      'an impossible date',
      'actions',
      validAction.replace('"2023-05-23"', '"2023-02-30"'),
      'content/actions/x.md: announced: "2023-02-30" is not an ISO date (YYYY-MM-DD)',
    ],
    [
      'an unquoted date, which YAML would silently roll over',
      'actions',
      validAction.replace('"2023-05-23"', '2023-05-23'),
      'content/actions/x.md: announced: 2023-05-23 must be quoted ("2023-05-23") so the date is read exactly as written',
    ],
    [
      'an unquoted impossible date, reported as written rather than as YAML rolled it over',
      'actions',
      validAction.replace('"2023-05-23"', '2023-12-32'),
      'content/actions/x.md: announced: 2023-12-32 is not a real calendar date (unquoted, YAML read it as 2024-01-01); write a real date in quotes',
    ],
    [
      'an impossible affiliation date',
      'people',
      validPerson.replace('identifiers:', 'affiliations:\n  - { organisation: chinyong, from: "2023-02-30", sources: [treasury-jy1498] }\nidentifiers:'),
      'content/people/x.md: affiliations[0].from: "2023-02-30" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      'an affiliation month that does not exist',
      'people',
      validPerson.replace('identifiers:', 'affiliations:\n  - { organisation: chinyong, to: "2023-13", sources: [treasury-jy1498] }\nidentifiers:'),
      'content/people/x.md: affiliations[0].to: "2023-13" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      'a value outside a closed set',
      'actions',
      validAction.replace('jurisdiction: KR', 'jurisdiction: ROK'),
      'content/actions/x.md: jurisdiction: "ROK" is not one of "KR", "US", "UN", "EU", "GB", "JP", "AU"',
    ],
    [
      'a fact with no source',
      'actions',
      validAction.replace('sources: [mofa-2023-05-23]', 'sources: []'),
      'content/actions/x.md: sources: cites no source: list at least one source id',
    ],
    [
      'a name with no source',
      'people',
      validPerson.replace(', sources: [treasury-jy1498] }', ' }'),
      'content/people/x.md: names[0].sources: required field is missing',
    ],
    [
      'a malformed wallet address',
      'people',
      validPerson.replace('0x97b1043abd9e6fc31681635166d430a458d14f9c', '0x97b1043abd9e'),
      'content/people/x.md: identifiers[0].value: "0x97b1043abd9e" is not a well-formed ETH address',
    ],
    [
      'a malformed OFAC UID',
      'people',
      personWithIdentifier('{ type: ofac-uid, value: "SDN-24979", sources: [sdn-2024-05-03] }'),
      'content/people/x.md: identifiers[1].value: "SDN-24979" is not an OFAC UID (digits only, like "24979")',
    ],
    [
      'a malformed UN reference',
      'people',
      personWithIdentifier('{ type: un-reference, value: "KP.054", sources: [sdn-2024-05-03] }'),
      'content/people/x.md: identifiers[1].value: "KP.054" is not a UN reference (like "KPe.054")',
    ],
    [
      'two email addresses in one value',
      'people',
      personWithIdentifier('{ type: email, value: "a@example.org; b@example.org", sources: [sdn-2024-05-03] }'),
      'content/people/x.md: identifiers[1].value: "a@example.org; b@example.org" is not one email address (list each address separately)',
    ],
    [
      'a wrong type',
      'people',
      validPerson.replace('identifiers:\n  - {', 'identifiers:\n  {').replace('] }\n---', ']}\n---'),
      'content/people/x.md: identifiers: {"type":"wallet","chain":"ETH","value":"0x97b1043abd9e6fc31681635166d430a458d... should be a list',
    ],
    [
      'a URL that is not http(s)',
      'sources',
      validSource.replace('https://home.treasury.gov/news/press-releases/jy1498', 'javascript:alert(1)'),
      'content/sources/x.md: url: "javascript:alert(1)" is not an http(s) URL',
    ],
    [
      'a source with neither an official URL nor a copy',
      'sources',
      validSource.replace('url: https://home.treasury.gov/news/press-releases/jy1498\n', ''),
      'content/sources/x.md: url: required field is missing: give the official `url`, or a `copy` with its url',
    ],
    [
      'a copy whose commit is not a git commit id',
      'sources',
      validCopy.replace('commit: a5ec3c5ee4aae1b36ba24897a051787ea5429d30', 'commit: a5ec3c5'),
      'content/sources/x.md: copy.commit: "a5ec3c5" is not a 40-character git commit id',
    ],
    [
      'a quote not in English without its English rendering',
      'actions',
      quotedAction.replace('  translation: The government designated Kim Sang Man.\n', ''),
      'content/actions/x.md: quote.translation: a quote in "ko": give an English `translation`',
    ],
    [
      'a quote in Hangul marked as English',
      'actions',
      quotedAction.replace('  language: ko\n  translation: The government designated Kim Sang Man.\n', '  language: en\n'),
      'content/actions/x.md: quote.language: words "정부는 김상만을 대북 독자제재 대상으로 지정…" are not English: give their `language`',
    ],
    [
      'a malformed UK sanctions list reference',
      'people',
      personWithIdentifier('{ type: uk-reference, value: "DPR-0001", sources: [sdn-2024-05-03] }'),
      'content/people/x.md: identifiers[1].value: "DPR-0001" is not a UK sanctions list reference (like "DPR0001" or "CYB0001")',
    ],
    [
      'a source id that is not a slug',
      'actions',
      validAction.replace('[mofa-2023-05-23]', '[MOFA 2023]'),
      'content/actions/x.md: sources[0]: "MOFA 2023" is not a kebab-case id (like "kim-sang-man")',
    ],
  ] as const)('%s', (_case, collection, text, message) => {
    expect(errorFor(collection, 'x.md', text)).toBe(message);
  });

  test('a file name that is not a kebab-case id', () => {
    expect(errorFor('actions', 'KR 2023.md', validAction)).toBe(
      'content/actions/KR 2023.md: id: "KR 2023" is not a kebab-case file name (like "kim-sang-man.md"); the file name is the id and the URL',
    );
  });

  test('an .mdx file is refused: its body could run code at build time', () => {
    expect(errorFor('people', 'kim-sang-man.mdx', validPerson)).toBe(
      'content/people/kim-sang-man.mdx: file: .mdx is not accepted for content (an MDX body runs code at build time); rename it to kim-sang-man.md and write the body in Markdown',
    );
  });
});
