import { expect, test } from 'vitest';
import { feedItems } from '~/lib/exports/feed';
import { buildGraph } from '~/lib/content/graph';
import { action, graphInput, organisation, person } from '../fixtures/factories';

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
