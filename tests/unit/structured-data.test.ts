import { expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { serialiseJsonLd, structuredDataOf } from '~/lib/exports/structured-data';
import { action, graphInput, organisation, person } from '../fixtures/factories';

const site = new URL('https://tracker.example/');
const graph = buildGraph(
  graphInput({
    organisations: [organisation('rgb'), organisation('lazarus', { parent: { organisation: 'rgb', sources: ['src-a'] } })],
    people: [person('park-jin-hyok', { born: [{ value: '1984-08-15', sources: ['src-a'] }], affiliations: [{ organisation: 'lazarus', sources: ['src-a'] }] })],
    actions: [action('us-2018', { jurisdiction: 'US', authority: 'OFAC', announced: '2018-09-06', designees: [{ person: 'park-jin-hyok' }] })],
  }),
);

test('a person is a schema.org Person with birth date, affiliation and the actions about them', () => {
  const node = graph.person('park-jin-hyok');
  expect(node && structuredDataOf(node, site)).toMatchObject({
    '@type': 'Person',
    name: 'Park Jin Hyok',
    birthDate: '1984-08-15',
    affiliation: [{ '@type': 'Organization', '@id': 'https://tracker.example/organisations/lazarus/' }],
    subjectOf: [{ '@id': 'https://tracker.example/actions/us-2018/' }],
  });
});

test('an organisation names its parent; an action is Legislation by its authority, about its designees', () => {
  const lazarus = graph.organisation('lazarus');
  expect(lazarus && structuredDataOf(lazarus, site)).toMatchObject({ '@type': 'Organization', parentOrganization: { name: 'Org rgb' } });
  const act = graph.action('us-2018');
  expect(act && structuredDataOf(act, site)).toMatchObject({
    '@type': 'Legislation',
    legislationDate: '2018-09-06',
    legislationJurisdiction: 'United States',
    legislationPassedBy: { name: 'OFAC' },
    about: [{ '@type': 'Person', name: 'Park Jin Hyok' }],
    citation: ['https://example.org/src-a'],
  });
});

test('JSON-LD cannot close its script element, whatever a name holds', () => {
  expect(serialiseJsonLd({ name: '</script><script>alert(1)</script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
});
