import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { csvField, personColumns, toCsv } from '~/lib/exports/csv';
import { ftmEntities } from '~/lib/exports/ftm';
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { graphToJson } from '~/lib/exports/export';
import { graphJsonSchema } from '~/schemas/graph-json';
import { action, graphInput, person } from '../fixtures/factories';

interface ModelSchema {
  extends?: string[];
  properties: Record<string, unknown>;
}
const model = JSON.parse(readFileSync('node_modules/@opensanctions/followthemoney/dist/defaultModel.json', 'utf8')) as {
  schemata: Record<string, ModelSchema>;
};

/** Every property a schema has, its own and those it inherits. */
function propertiesOf(schema: string): Set<string> {
  const definition = model.schemata[schema];
  if (!definition) return new Set();
  return new Set([...Object.keys(definition.properties), ...(definition.extends ?? []).flatMap((parent) => [...propertiesOf(parent)])]);
}

describe('CSV (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1+1', "'-1+1"],
    ['리창호', '리창호'],
  ])('%j is written %j', (value, written) => expect(csvField(value)).toBe(written));

  test('a file has a header, one row per node, one column per documented field, CRLF line ends', () => {
    const graph = buildGraph(
      graphInput({
        people: [person('kim', { names: [{ value: 'Kim, "the" Man', script: 'latin', kind: 'official', sources: ['src-a'] }] })],
        actions: [action('a', { designees: [{ person: 'kim' }] })],
      }),
    );
    const csv = toCsv(personColumns(), graph.people);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      personColumns()
        .map((column) => column.name)
        .join(','),
    );
    expect(lines[1]).toBe('kim,/people/kim/,"Kim, ""the"" Man","Kim, ""the"" Man",,,,,a');
    expect(lines.at(-1)).toBe('');
    expect(personColumns().every((column) => column.description.length > 10)).toBe(true);
  });
});

describe('FollowTheMoney entities of the real content', () => {
  const graph = buildGraph(loadContent('content'));
  const entities = ftmEntities(graph);

  test('every entity uses a real schema and only its properties, with arrays of strings', () => {
    const wrong: string[] = [];
    for (const entity of entities) {
      const allowed = propertiesOf(entity.schema);
      if (allowed.size === 0) wrong.push(`${entity.id}: schema ${entity.schema}`);
      for (const [property, values] of Object.entries(entity.properties)) {
        if (!allowed.has(property)) wrong.push(`${entity.id}: ${entity.schema}.${property}`);
        if (!Array.isArray(values) || values.some((value) => typeof value !== 'string' || value === '')) wrong.push(`${entity.id}: ${property} values`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('ids are unique and every reference points at an entity in the file', () => {
    const ids = new Set(entities.map((entity) => entity.id));
    expect(ids.size).toBe(entities.length);
    const references = entities.flatMap((entity) =>
      ['entity', 'holder', 'member', 'organization', 'subject', 'object', 'involved'].flatMap((key) => entity.properties[key] ?? []),
    );
    expect(references.filter((reference) => !ids.has(reference))).toEqual([]);
  });

  test('the seven schemata are all present, and the Tornado Cash sanction ends at its delisting', () => {
    expect(new Set(entities.map((entity) => entity.schema))).toEqual(
      new Set(['Person', 'Organization', 'Sanction', 'CryptoWallet', 'Membership', 'UnknownLink', 'Event']),
    );
    const tornado = entities.find((entity) => entity.id === 'dprk-tracker-sanction-us-2022-08-08-tornado-cash-tornado-cash');
    expect(tornado?.properties['endDate']).toEqual(['2025-03-21']);
  });

  test('each incident is an Event with its date and the groups it is attributed to, each group also linked to it', () => {
    for (const incident of graph.incidents) {
      const event = entities.find((entity) => entity.id === `dprk-tracker-incident-${incident.id}`);
      expect(event?.schema).toBe('Event');
      expect(event?.properties['date']).toEqual([incident.data.occurred.date]);
      for (const group of incident.groups) {
        expect(event?.properties['involved']).toContain(`dprk-tracker-organisation-${group.id}`);
        expect(
          entities.some(
            (entity) =>
              entity.schema === 'UnknownLink' &&
              entity.properties['subject']?.[0] === event?.id &&
              entity.properties['object']?.[0] === `dprk-tracker-organisation-${group.id}`,
          ),
        ).toBe(true);
      }
    }
  });

  test('graph.json of the real content matches its published schema', () => {
    const result = graphJsonSchema.safeParse(graphToJson(graph));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });
});
