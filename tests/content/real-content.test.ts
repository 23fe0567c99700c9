import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { documentUrl } from '~/lib/content/source-links';
import { JURISDICTIONS } from '~/lib/domain/vocabulary';
import type { IncidentData } from '~/schemas/incident';

// The real content/ folder, read as the build reads it.
const input = loadContent('content');
const graph = buildGraph(input);

/** Incidents (content/incidents/) are read and checked against their schema; their pages are still to come. */
const incidents = (input as { incidents?: readonly { id: string; data: IncidentData }[] }).incidents ?? [];
/** Every source id an incident cites, in any of its facts (its `sources` arrays at any depth). */
const sourcesIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(sourcesIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => (key === 'sources' && Array.isArray(inner) ? (inner as string[]) : sourcesIn(inner)))
      : [];
const incidentSourceIds = incidents.flatMap(({ data }) => sourcesIn(data));

describe('incidents', () => {
  test('every source and group an incident names exists', () => {
    const sources = new Set(graph.sources.map((source) => source.id));
    const organisations = new Set(graph.organisations.map((organisation) => organisation.id));
    expect(incidentSourceIds.filter((id) => !sources.has(id))).toEqual([]);
    const groups = incidents.flatMap(({ id, data }) =>
      [...(data.groups ?? []), ...(data.victim.organisation ? [data.victim.organisation] : [])].map((group) => `${id}: ${group}`),
    );
    expect(groups.filter((entry) => !organisations.has(entry.split(': ')[1] ?? ''))).toEqual([]);
  });
});

describe('the published content holds together', () => {
  test('it has the core actions, bodies and people journalists ask about', () => {
    for (const id of [
      'rok-2023-02-10-first-cyber-designations',
      'rok-2023-05-23-it-worker-network',
      'rok-2023-06-02-kimsuky',
      'rok-2023-12-27-ri-chang-ho-and-seven',
      'rok-2024-12-26-bureau-313-it-workers',
      'us-2023-05-23-chinyong-pua-trb-110th',
    ]) {
      expect(graph.action(id), id).toBeDefined();
    }
    for (const id of ['reconnaissance-general-bureau', 'munitions-industry-department', 'bureau-313', 'lazarus-group', 'bluenoroff', 'andariel', 'kimsuky']) {
      expect(graph.organisation(id), id).toBeDefined();
    }
    expect(graph.person('ri-chang-ho')?.data.names.map((name) => name.value)).toEqual(expect.arrayContaining(['Ri Chang Ho', '리창호']));
  });

  test('the 2024-12-26 round took effect on 2024-12-30 and named 15 people and one company', () => {
    const round = graph.action('rok-2024-12-26-bureau-313-it-workers');
    expect(round?.data.effective).toBe('2024-12-30');
    expect(round?.designees.filter(({ node }) => node.type === 'person')).toHaveLength(15);
    expect(round?.designees.filter(({ node }) => node.type === 'organisation').map(({ node }) => node.id)).toEqual(['korea-kumjong-economic-it-exchange']);
  });

  test('the joint ROK–US round of 2023-05-23 links both ways and shares Chinyong and Kim Sang Man', () => {
    const rok = graph.action('rok-2023-05-23-it-worker-network');
    const us = graph.action('us-2023-05-23-chinyong-pua-trb-110th');
    expect(rok?.coordinated).toContain(us);
    expect(us?.coordinated).toContain(rok);
    for (const shared of ['chinyong', 'kim-sang-man']) {
      expect(rok?.designees.map(({ node }) => node.id)).toContain(shared);
      expect(us?.designees.map(({ node }) => node.id)).toContain(shared);
    }
  });

  test('the chain from Bureau 313 runs up to the Munitions Industry Department', () => {
    expect(graph.organisation('bureau-313')?.ancestors.map((node) => node.id)).toEqual(['munitions-industry-department']);
    expect(graph.organisation('bluenoroff')?.ancestors.at(-1)?.id).toBe('reconnaissance-general-bureau');
  });

  test('every source has a distinct http(s) URL (its official one, else the copy it was read in)', () => {
    const urls = graph.sources.map((source) => documentUrl(source.data));
    expect(urls.filter((url) => !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url))).toEqual([]);
    expect(urls.length - new Set(urls).size).toBe(0);
  });

  test('every source is cited, and every person and organisation is in an action or above one', () => {
    const readForChecks = new Set([
      ...graph.checks.flatMap((check) => [...check.data.sources, ...(check.data.omitted ?? []).flatMap((omitted) => omitted.sources)]),
      ...incidentSourceIds,
    ]);
    expect(graph.sources.filter((source) => source.citedBy.length === 0 && !readForChecks.has(source.id)).map((source) => source.id)).toEqual([]);
    const aboveSomething = new Set(
      [...graph.people, ...graph.organisations].flatMap((node) =>
        node.designations.length > 0
          ? node.type === 'organisation'
            ? node.ancestors
            : node.affiliations.flatMap(({ organisation }) => [organisation, ...organisation.ancestors])
          : [],
      ),
    );
    const orphans = [...graph.people, ...graph.organisations].filter((node) => node.designations.length === 0 && !aboveSomething.has(node as never));
    expect(orphans.map((node) => node.id)).toEqual([]);
  });

  test('no two people share a primary name and birth date', () => {
    const keys = graph.people.map((person) => `${person.name.toLowerCase()}|${person.data.born?.[0]?.value ?? ''}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  test('every action carries a quote from one of its own sources, rendered in English where it is not English', () => {
    const unquoted = graph.actions.filter((action) => action.data.quote === undefined).map((action) => action.id);
    expect(unquoted).toEqual([]);
    for (const action of graph.actions) {
      const quote = action.data.quote;
      expect(action.data.sources, action.id).toContain(quote?.source);
      if (quote && quote.language !== 'en') expect(quote.translation, action.id).toBeTruthy();
    }
  });

  test('every jurisdiction of the vocabulary has at least one action', () => {
    expect(JURISDICTIONS.filter((code) => !graph.actions.some((action) => action.data.jurisdiction === code))).toEqual([]);
  });

  test('a copy names the official document apart from itself', () => {
    for (const source of graph.sources.filter((entry) => entry.data.copy)) {
      expect(source.data.copy?.url, source.id).not.toBe(source.data.url);
      expect(source.data.publisher, source.id).not.toBe(source.data.copy?.publisher);
    }
  });

  test('every coverage check names what it read and each omission its reason', () => {
    expect(graph.checks.length).toBeGreaterThan(0);
    for (const check of graph.checks) {
      expect(check.sources.length, check.id).toBeGreaterThan(0);
      for (const omitted of check.data.omitted ?? []) expect(omitted.reason.length, `${check.id}: ${omitted.what}`).toBeGreaterThan(0);
    }
  });
});
