import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { readLists } from '~/lib/lists/load';
import { reconcile } from '~/lib/lists/reconcile';
import { reconciledBlock, reportMarkdown } from '~/lib/lists/render';
import { siteEntities } from '~/lib/lists/site';
import { loadContent } from '~/lib/content/read-content';
import { organisationPage, personPage } from '~/lib/pages/entities';
import { coveragePage } from '~/lib/pages/site';
import { formatDate, t } from '~/i18n';
import { action, graphInput, organisation, person } from '../../fixtures/factories';
import { UN, must } from './support';

const check = (entities: string[]) => ({
  id: 'un-list',
  file: 'content/checks/un-list.md',
  data: {
    title: 'UN list, copy of 27 February 2026',
    jurisdiction: 'UN' as const,
    sources: ['src-a'],
    read: 'Read whole.',
    reconciled: { date: '2026-12-01', entities },
  },
});
const graph = buildGraph(
  graphInput({
    people: [person('park', { identifiers: [{ type: 'uk-reference', value: 'DPR0001', sources: ['src-a'] }] })],
    organisations: [
      organisation('rgb', {
        identifiers: [
          { type: 'ofac-uid', value: '12210', sources: ['src-a'] },
          { type: 'un-reference', value: 'KPe.031', sources: ['src-a'] },
          { type: 'passport', value: '290333974', sources: ['src-a'] },
        ],
      }),
    ],
    actions: [action('a', { designees: [{ person: 'park' }, { organisation: 'rgb' }] })],
    checks: [check(['rgb'])],
  }),
);
const context = { site: new URL('https://tracker.example/'), updated: '2026-11-24', accessed: '2026-11-25' };

describe('list entries on the site', () => {
  test('a list’s own id links to the entry on that list (OFAC and the UK) or to the list to search it in (UN, EU); other identifiers link nowhere', () => {
    const rgb = organisationPage(must(graph.organisation('rgb')), context);
    expect(rgb.identifiers.map((row) => row.listEntry?.href)).toEqual([
      'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=12210',
      'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
      undefined,
    ]);
    expect(rgb.identifiers[0]?.listEntry?.text).toBe(t.identifiers.listEntry['ofac-uid']);
    // The UK's page of an entry says whether it is an individual or an entity.
    expect(personPage(must(graph.person('park')), context).identifiers[0]?.listEntry?.href).toBe(
      'https://search-uk-sanctions-list.service.gov.uk/designations/DPR0001/Individual',
    );
  });

  test('an entity page says which list files were reconciled with it and when, linking the record; else that none was', () => {
    const rgb = organisationPage(must(graph.organisation('rgb')), context);
    expect(rgb.reconciled.runs).toEqual([
      { href: '/coverage/#check-un-list', text: t.identifiers.reconciledRun('UN list, copy of 27 February 2026', formatDate('2026-12-01')) },
    ]);
    expect(personPage(must(graph.person('park')), context).reconciled.runs).toEqual([]);
    const coverage = coveragePage(graph);
    expect(coverage.checks[0]?.id).toBe('check-un-list');
    expect(coverage.checks[0]?.reconciled).toBe(t.coverage.reconciled(formatDate('2026-12-01'), 1));
  });

  test('a reconciled entity that does not exist stops the build with file, field and value', () => {
    expect(() => buildGraph(graphInput({ organisations: [organisation('rgb')], checks: [check(['rgb', 'rbg'])] }))).toThrow(
      'content/checks/un-list.md: reconciled.entities[1]: no person or organisation "rbg" (did you mean "rgb"?)',
    );
    expect(() => buildGraph(graphInput({ organisations: [organisation('rgb')], checks: [check(['rgb', 'rgb'])] }))).toThrow(
      'content/checks/un-list.md: reconciled.entities[1]: "rgb" is listed twice',
    );
  });

  test('the report ends each list with the block for its record, naming the site’s entities found on it', async () => {
    const entities = siteEntities(buildGraph(loadContent('content')));
    const [report] = (await readLists([UN], () => undefined)).map((read) => reconcile(read, entities));
    if (!report) throw new Error('no report');
    const ids = [...new Set(report.matches.map((match) => match.entity.id))].sort();
    expect(ids.length).toBeGreaterThan(0);
    const block = reconciledBlock(report, '2026-12-01');
    expect(block.split('\n')).toEqual(['reconciled:', "  date: '2026-12-01'", '  entities:', ...ids.map((id) => `    - ${id}`)]);
    expect(reportMarkdown([report], '2026-12-01')).toContain(block);
  });
});
