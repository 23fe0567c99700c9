import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildGraph, type GraphInput } from '~/lib/content/graph';
import { checkedIdFor } from '~/lib/content/loader';
import { frontMatter, loadContent, schemas, type CollectionName } from '~/lib/content/read-content';

/** Real entries to break, one per collection, chosen to carry every kind of field. */
const samples: [CollectionName, string][] = [
  ['actions', 'rok-2024-12-26-bureau-313-it-workers'],
  ['people', 'kim-sang-man'],
  ['organisations', 'lazarus-group'],
  ['sources', 'tr-jy1498'],
];

interface Mutation {
  collection: CollectionName;
  id: string;
  what: string;
  data: Record<string, unknown>;
  /** Every one of these must appear in the message. */
  expect: string[];
}

const clone = <Value>(value: Value): Value => structuredClone(value);

/** The value, or a failed test when the sample entry lacks it. */
function must<Value>(value: Value | undefined): Value {
  if (value === undefined) throw new Error('sample entry lacks the field this case breaks');
  return value;
}

function mutationsOf(collection: CollectionName, id: string): Mutation[] {
  const file = `content/${collection}/${id}.md`;
  const original = frontMatter(readFileSync(file, 'utf8'));
  const shape = schemas[collection].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const out: Mutation[] = [];
  const add = (what: string, change: (data: Record<string, unknown>) => void, expected: string[]) => {
    const data = clone(original);
    change(data);
    out.push({ collection, id, what, data, expect: [file, ...expected] });
  };
  for (const key of Object.keys(shape)) {
    // A field is required when the schema refuses it missing.
    if (!shape[key]?.safeParse(undefined).success) add(`drop ${key}`, (data) => Reflect.deleteProperty(data, key), [`${key}: required field is missing`]);
    if (key in original) add(`wrong type for ${key}`, (data) => (data[key] = 12345), [`${key}:`, '12345']);
  }
  add('unknown key', (data) => (data['sourcez'] = ['x']), ['unknown key "sourcez"']);
  if (collection === 'actions') {
    for (const bad of ['2023-13-01', '2023-02-30', '23/05/2023', '2023-5-1', ''])
      add(`date ${JSON.stringify(bad)}`, (data) => (data['announced'] = bad), ['announced:', JSON.stringify(bad)]);
    add('unquoted date', (data) => (data['announced'] = new Date('2023-05-23')), ['announced:', '2023-05-23 must be quoted']);
    add('jurisdiction outside the list', (data) => (data['jurisdiction'] = 'KP'), ['jurisdiction:', '"KP"']);
    add('source id not a slug', (data) => (data['sources'] = ['Not A Slug']), ['sources[0]:', '"Not A Slug"']);
  }
  if (collection === 'people') {
    const identifiers = original['identifiers'] as Record<string, unknown>[];
    const walletIndex = identifiers.findIndex((identifier) => identifier['type'] === 'wallet');
    for (const bad of ['0x123', '0xZZZZ6fc31681635166d430a458d14f9c0000000000', 'not-a-wallet']) {
      add(`wallet ${bad}`, (data) => (must((data['identifiers'] as Record<string, unknown>[])[walletIndex])['value'] = bad), [
        `identifiers[${walletIndex}].value:`,
        JSON.stringify(bad),
      ]);
    }
    add('name with no source', (data) => delete must((data['names'] as Record<string, unknown>[])[0])['sources'], [
      'names[0].sources: required field is missing',
    ]);
    add('birth date impossible', (data) => (data['born'] = [{ value: '1965-02-31', sources: ['sdn-2024-05-03'] }]), ['born[0].value:', '"1965-02-31"']);
  }
  if (collection === 'sources') {
    for (const bad of ['ftp://example.org/x', 'javascript:alert(1)', 'not a url', 'https//missing-colon'])
      add(`url ${bad}`, (data) => (data['url'] = bad), ['url:', JSON.stringify(bad)]);
  }
  return out;
}

const mutations = samples.flatMap(([collection, id]) => mutationsOf(collection, id));

describe('every way of breaking a valid entry fails with its file, field and value', () => {
  test.each(mutations.map((mutation) => [`${mutation.collection}/${mutation.id}: ${mutation.what}`, mutation] as const))('%s', (_name, mutation) => {
    const check = checkedIdFor(mutation.collection, schemas[mutation.collection]);
    let message = 'passed silently';
    try {
      check({ entry: `${mutation.id}.md`, data: mutation.data });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const part of mutation.expect) expect(message).toContain(part);
  });

  test(`ran ${mutations.length} schema cases, and reference cases below`, () => {
    expect(mutations.length).toBeGreaterThan(40);
  });
});

describe('broken references in real content fail with file, field and value', () => {
  const real = loadContent('content');
  const withChange = (change: (input: GraphInput) => void): string => {
    const input = structuredClone(real);
    change(input);
    try {
      buildGraph(input);
      return 'passed silently';
    } catch (error) {
      return (error as Error).message;
    }
  };

  test.each([
    [
      'a designee that does not exist',
      (input: GraphInput) => (must(input.actions[0]).data.designees[0] = { person: 'nobody-at-all' }),
      'designees[0].person: no person "nobody-at-all"',
    ],
    [
      'a source that does not exist',
      (input: GraphInput) => (must(must(input.people[0]).data.names[0]).sources = ['no-such-source']),
      'names[0].sources[0]: no source "no-such-source"',
    ],
    [
      'a duplicate id',
      (input: GraphInput) => (input.people = [...input.people, { ...must(input.people[0]), file: 'content/people/copy.md' }]),
      'content/people/copy.md: id:',
    ],
    [
      'a parent that does not exist',
      (input: GraphInput) => (must(input.organisations[0]).data.parent = { organisation: 'no-such-body', sources: ['tr-jy1498'] }),
      'parent.organisation: no organisation "no-such-body"',
    ],
    [
      'an effective date before the announcement',
      (input: GraphInput) => (must(input.actions[0]).data.effective = '1999-01-01'),
      'effective: "1999-01-01" is before announced',
    ],
  ])('%s', (_name, change, part) => {
    expect(withChange(change)).toContain(part);
  });
});
