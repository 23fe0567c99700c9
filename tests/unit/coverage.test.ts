import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { coverageMatrix, designeesByJurisdiction, factsByConfidence, uncertainFacts, yearsCovered } from '~/lib/site/coverage';
import { contentReport } from '~/lib/site/report';
import { action, graphInput, organisation, person } from '../fixtures/factories';

const graph = buildGraph(
  graphInput({
    organisations: [organisation('lazarus')],
    people: [person('kim', { born: [{ value: '1965', sources: ['src-b'], confidence: 'uncertain' }] })],
    actions: [
      action('kr-2023', { announced: '2023-05-23', designees: [{ person: 'kim' }, { organisation: 'lazarus' }] }),
      action('us-2019', { jurisdiction: 'US', announced: '2019-09-13', designees: [{ organisation: 'lazarus' }] }),
      action('us-2021', { jurisdiction: 'US', announced: '2021-01-01', designees: [{ organisation: 'lazarus' }], sources: ['src-b'] }),
    ],
  }),
);

describe('coverage', () => {
  test('years run from the first action to the last without gaps', () => {
    expect(yearsCovered(graph.actions)).toEqual(['2019', '2020', '2021', '2022', '2023']);
  });

  test('the matrix counts actions per jurisdiction and year', () => {
    const { rows } = coverageMatrix(graph);
    const counts = rows.map(({ jurisdiction, cells }) => [jurisdiction, cells.map((cell) => cell.actions.length)]);
    expect(counts).toEqual([
      ['KR', [0, 0, 0, 0, 1]],
      ['US', [1, 0, 1, 0, 0]],
    ]);
  });

  test('people and organisations are counted once per jurisdiction', () => {
    expect(designeesByJurisdiction(graph)).toEqual([
      { jurisdiction: 'KR', people: 1, organisations: 1 },
      { jurisdiction: 'US', people: 0, organisations: 1 },
    ]);
  });

  test('facts are counted by confidence, and uncertain ones listed with file and field', () => {
    // Names (3 people+orgs: 2, each cites src-a) and actions (3): confirmed unless src-b only.
    expect(factsByConfidence(graph)).toEqual({ confirmed: 4, reported: 1, uncertain: 1 });
    expect(uncertainFacts(graph)).toEqual([{ file: 'content/people/kim.md', field: 'born[0]', value: '1965' }]);
  });

  test('the content report prints totals and the uncertain facts', () => {
    const report = contentReport(graph);
    expect(report).toContain('actions        3');
    expect(report).toMatch(/US\s+2\s+0\s+1/);
    expect(report).toContain('content/people/kim.md: born[0]: 1965');
  });
});
