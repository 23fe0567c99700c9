import { expect, test } from 'vitest';
import { timelineChart } from '~/lib/pictures/chart';
import { buildGraph } from '~/lib/content/graph';
import { action, graphInput, organisation, person } from '../fixtures/factories';

const graph = buildGraph(
  graphInput({
    people: [person('a'), person('b')],
    organisations: [organisation('x')],
    actions: [
      action('kr-2023', { announced: '2023-05-23', designees: [{ person: 'a' }, { organisation: 'x' }] }),
      action('us-2023', { jurisdiction: 'US', announced: '2023-05-23', designees: [{ person: 'a' }] }),
      action('us-2025', { jurisdiction: 'US', announced: '2025-01-16', designees: [{ person: 'b' }] }),
    ],
  }),
);

test('bars stack each year’s actions by jurisdiction, the tallest year filling the plot', () => {
  const chart = timelineChart(graph, { width: 300, height: 200 });
  expect(chart.years.map(({ year }) => year)).toEqual(['2023', '2024', '2025']);
  expect(chart.maxActions).toBe(2);
  const in2023 = chart.segments.filter((segment) => segment.year === '2023');
  expect(in2023.map((segment) => [segment.jurisdiction, segment.count])).toEqual([
    ['KR', 1],
    ['US', 1],
  ]);
  expect(in2023.reduce((sum, segment) => sum + segment.height, 0)).toBeCloseTo(chart.plotBottom - chart.plotTop);
  expect(chart.segments.some((segment) => segment.year === '2024')).toBe(false);
});

test('the running total counts each person or body once, carried through empty years', () => {
  const chart = timelineChart(graph);
  expect(chart.cumulative.map(({ year, total }) => [year, total])).toEqual([
    ['2023', 2],
    ['2024', 2],
    ['2025', 3],
  ]);
  expect(chart.maxDesignees).toBe(3);
});
