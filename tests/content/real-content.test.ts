import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { documentUrl } from '~/lib/content/source-links';
import { JURISDICTIONS } from '~/lib/domain/vocabulary';

// The real content/ folder, read as the build reads it.
const input = loadContent('content');
const graph = buildGraph(input);

/** What the issue asks of every incident on the site: the kinds that take money must say how much, with a source. */
const THEFTS = new Set(['crypto-theft', 'bank-heist']);

describe('incidents', () => {
  test('at least 15 are on the site, each with a sourced date, a sourced attribution (who, when, in what words) and, for every theft, a sourced amount', () => {
    const complete = graph.incidents.filter(
      ({ data }) =>
        data.occurred.sources.length > 0 &&
        data.attributions.every((attribution) => attribution.by && attribution.date && attribution.words && attribution.sources.length > 0) &&
        (data.amounts ?? []).some((amount) => amount.sources.length > 0),
    );
    expect(complete.length).toBeGreaterThanOrEqual(15);
    const theftsWithoutAmount = graph.incidents.filter(({ data }) => THEFTS.has(data.kind) && (data.amounts ?? []).length === 0).map(({ id }) => id);
    expect(theftsWithoutAmount).toEqual([]);
  });

  test('every incident is attributed by a government, the UN Panel or a named company or researcher, never anonymously', () => {
    for (const { id, data } of graph.incidents)
      for (const attribution of data.attributions) expect(`${id}: ${attribution.by.trim()}`).not.toMatch(/: (?:unknown|experts?|researchers?)$/i);
  });

  test('every incident is in scope: an action on the site cites it, or a government or the UN Panel attributes it', () => {
    const outOfScope = graph.incidents.filter(
      ({ actions, data }) =>
        actions.length === 0 && !data.attributions.some((attribution) => attribution.byKind === 'government' || attribution.byKind === 'un-panel'),
    );
    expect(outOfScope.map(({ id }) => id)).toEqual([]);
  });

  test('the incidents actions cite and the ones attributed to groups have their reverse links', () => {
    for (const action of graph.actions) for (const incident of action.incidents) expect(incident.actions).toContain(action);
    for (const incident of graph.incidents) for (const group of incident.groups) expect(group.incidents).toContain(incident);
    expect(graph.actions.some((action) => action.incidents.length > 0)).toBe(true);
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

  test('every source is cited, and every person and organisation is in an action, above one, or the victim of an incident', () => {
    const readForChecks = new Set([
      ...graph.checks.flatMap((check) => [...check.data.sources, ...(check.data.omitted ?? []).flatMap((omitted) => omitted.sources)]),
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
    const orphans = [...graph.people, ...graph.organisations].filter(
      (node) => node.designations.length === 0 && !aboveSomething.has(node as never) && !(node.type === 'organisation' && node.victimOf.length > 0),
    );
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
