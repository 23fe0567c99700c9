import { expect, test } from 'vitest';
import { feedItems } from '~/lib/exports/feed';
import { buildGraph } from '~/lib/content/graph';
import { action, graphInput, incident, organisation, person } from '../fixtures/factories';

test('the feed lists actions newest first, each saying who acted and whom it named', () => {
  const graph = buildGraph(
    graphInput({
      people: [person('kim')],
      organisations: [organisation('x')],
      actions: [
        action('old', { announced: '2019-09-13', designees: [{ organisation: 'x' }] }),
        action('new', {
          jurisdiction: 'US',
          authority: 'OFAC',
          announced: '2025-03-21',
          kind: 'delisting',
          designees: [{ person: 'kim' }, { organisation: 'x' }],
        }),
      ],
    }),
  );
  const items = feedItems(graph);
  expect(items.map((item) => item.link)).toEqual(['/actions/new/', '/actions/old/']);
  expect(items[0]).toMatchObject({
    title: 'Action new',
    pubDate: new Date('2025-03-21T00:00:00Z'),
    description: 'United States, OFAC, 21 March 2025: delisting naming 1 person and 1 organisation.',
    categories: ['US', 'delisting'],
  });
});

test('the feed announces each incident at the day it was first attributed, among the actions by date', () => {
  const graph = buildGraph(
    graphInput({
      organisations: [organisation('x')],
      actions: [
        action('before', { announced: '2022-04-01', designees: [{ organisation: 'x' }] }),
        action('after', { announced: '2022-05-06', designees: [{ organisation: 'x' }] }),
      ],
      incidents: [
        incident('ronin', {
          title: 'Ronin Network bridge theft',
          occurred: { date: '2022-03-23', sources: ['src-a'] },
          victim: { name: 'Ronin Network', sources: ['src-a'] },
          attributions: [
            {
              by: 'US Treasury (OFAC)',
              byKind: 'government',
              date: '2022-05-06',
              words: 'carried out the largest virtual currency heist',
              language: 'en',
              sources: ['src-a'],
            },
            { by: 'FBI', byKind: 'government', date: '2022-04-14', words: 'we were able to confirm', language: 'en', sources: ['src-a'] },
          ],
        }),
      ],
    }),
  );
  const items = feedItems(graph);
  expect(items.map((item) => item.link)).toEqual(['/actions/after/', '/incidents/ronin/', '/actions/before/']);
  expect(items[1]).toMatchObject({
    title: 'Incident: Ronin Network bridge theft',
    pubDate: new Date('2022-04-14T00:00:00Z'),
    description: '23 March 2022: crypto theft against Ronin Network, attributed by US Treasury (OFAC), FBI.',
    categories: ['incident', 'crypto-theft'],
  });
});
