import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { ftmEntities } from '~/lib/exports/ftm';
import { sanctionPeriods, statusByJurisdiction } from '~/lib/domain/status';
import { action, graphInput, organisation } from '../fixtures/factories';

// Tornado Cash's shape: designated, re-designated on a new basis, delisted, and (here) designated again.
const graph = buildGraph(
  graphInput({
    organisations: [organisation('mixer')],
    actions: [
      action('us-2022-08-08', { jurisdiction: 'US', announced: '2022-08-08', designees: [{ organisation: 'mixer' }] }),
      action('us-2022-11-08', { jurisdiction: 'US', announced: '2022-11-08', designees: [{ organisation: 'mixer' }] }),
      action('kr-2023-01-01', { jurisdiction: 'KR', announced: '2023-01-01', designees: [{ organisation: 'mixer' }] }),
      action('us-2025-03-21', { jurisdiction: 'US', kind: 'delisting', announced: '2025-03-21', designees: [{ organisation: 'mixer' }] }),
      action('us-2026-01-01', { jurisdiction: 'US', announced: '2026-01-01', designees: [{ organisation: 'mixer' }] }),
    ],
  }),
);
const mixer = graph.organisation('mixer');

describe('designation status and delisting, one rule for pages and exports', () => {
  test('a delisting ends every earlier designation in its jurisdiction, a re-designation included', () => {
    const periods = sanctionPeriods(mixer?.designations ?? []).map(({ designation, endedBy }) => [designation.action.id, endedBy?.id]);
    expect(periods).toEqual([
      ['us-2022-08-08', 'us-2025-03-21'],
      ['us-2022-11-08', 'us-2025-03-21'],
      ['kr-2023-01-01', undefined],
      ['us-2026-01-01', undefined],
    ]);
  });

  test('the FollowTheMoney export ends the same sanctions the periods end', () => {
    const endDates = Object.fromEntries(
      ftmEntities(graph)
        .filter((entity) => entity.schema === 'Sanction')
        .map((entity) => [entity.id.replace('dprk-tracker-sanction-', '').replace('-mixer', ''), entity.properties['endDate'] ?? []]),
    );
    expect(endDates['us-2022-08-08']).toEqual(['2025-03-21']);
    expect(endDates['us-2022-11-08']).toEqual(['2025-03-21']);
    expect(endDates['kr-2023-01-01']).toEqual([]);
    expect(endDates['us-2026-01-01']).toEqual([]);
  });

  test('the page status agrees: designated again after the delisting', () => {
    expect(statusByJurisdiction(mixer?.designations ?? []).find((status) => status.jurisdiction === 'US')?.delisted).toBeUndefined();
  });
});
