import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { action, graphInput, organisation, person, source } from '../fixtures/factories';

const sample = () =>
  buildGraph(
    graphInput({
      organisations: [
        organisation('rgb'),
        organisation('lazarus', { kind: 'hacking-group', parent: { organisation: 'rgb', sources: ['src-a'] } }),
        organisation('bluenoroff', { kind: 'hacking-group', parent: { organisation: 'lazarus', sources: ['src-b'] } }),
      ],
      people: [
        person('ri-chang-ho', { affiliations: [{ organisation: 'rgb', role: 'Director', sources: ['src-b'] }] }),
        person('park-jin-hyok', { affiliations: [{ organisation: 'lazarus', sources: ['src-a'] }] }),
      ],
      actions: [
        action('kr-2023', { announced: '2023-12-27', designees: [{ person: 'ri-chang-ho' }, { organisation: 'lazarus' }], coordinatedWith: ['us-2023'] }),
        action('us-2023', { jurisdiction: 'US', announced: '2023-12-26', designees: [{ person: 'ri-chang-ho' }] }),
        action('us-2019', { jurisdiction: 'US', announced: '2019-09-13', designees: [{ organisation: 'bluenoroff' }] }),
      ],
    }),
  );

describe('buildGraph', () => {
  test('a person lists every action that named them, oldest first', () => {
    const graph = sample();
    expect(graph.person('ri-chang-ho')?.designations.map(({ action }) => action.id)).toEqual(['us-2023', 'kr-2023']);
  });

  test('an organisation knows its members, children, parent chain and actions', () => {
    const graph = sample();
    const lazarus = graph.organisation('lazarus');
    expect(lazarus?.members.map(({ person }) => person.id)).toEqual(['park-jin-hyok']);
    expect(graph.organisation('rgb')?.members).toEqual([
      { person: graph.person('ri-chang-ho'), affiliations: [expect.objectContaining({ role: 'Director' })] },
    ]);
    expect(lazarus?.children.map((child) => child.id)).toEqual(['bluenoroff']);
    expect(lazarus?.designations.map(({ action }) => action.id)).toEqual(['kr-2023']);
    expect(graph.organisation('bluenoroff')?.ancestors.map((node) => node.id)).toEqual(['lazarus', 'rgb']);
    expect(graph.organisation('rgb')?.ancestors).toEqual([]);
  });

  test('a coordination written on one action links both actions', () => {
    const graph = sample();
    expect(graph.action('kr-2023')?.coordinated.map((other) => other.id)).toEqual(['us-2023']);
    expect(graph.action('us-2023')?.coordinated.map((other) => other.id)).toEqual(['kr-2023']);
    expect(graph.action('us-2019')?.coordinated).toEqual([]);
  });

  test('a listing carried over from another jurisdiction links both actions, oldest first', () => {
    const graph = buildGraph(
      graphInput({
        organisations: [organisation('x')],
        actions: [
          action('eu-2018', { jurisdiction: 'EU', announced: '2018-01-22', designees: [{ organisation: 'x' }] }),
          action('eu-2017', { jurisdiction: 'EU', announced: '2017-10-16', designees: [{ organisation: 'x' }] }),
          action('gb-2020', { jurisdiction: 'GB', announced: '2020-12-31', designees: [{ organisation: 'x' }], carriesOver: ['eu-2018', 'eu-2017'] }),
        ],
      }),
    );
    expect(graph.action('gb-2020')?.carriedOver.map((other) => other.id)).toEqual(['eu-2017', 'eu-2018']);
    expect(graph.action('eu-2017')?.carriedInto.map((other) => other.id)).toEqual(['gb-2020']);
    expect(graph.action('eu-2017')?.carriedOver).toEqual([]);
  });

  test('a source knows every entry that cites it, wherever in the entry', () => {
    const graph = sample();
    const citing = graph.source('src-b')?.citedBy.map((node) => `${node.type}:${node.id}`);
    expect(citing).toEqual(expect.arrayContaining(['person:ri-chang-ho', 'organisation:bluenoroff']));
    expect(citing).not.toContain('person:park-jin-hyok');
    expect(
      graph
        .person('ri-chang-ho')
        ?.cited.map((node) => node.id)
        .sort(),
    ).toEqual(['src-a', 'src-b']);
  });

  test('lists are sorted for readers: actions newest first, people by name', () => {
    const graph = sample();
    expect(graph.actions.map((node) => node.id)).toEqual(['kr-2023', 'us-2023', 'us-2019']);
    expect(graph.people.map((node) => node.name)).toEqual(['Park Jin Hyok', 'Ri Chang Ho']);
    expect(graph.jurisdictions).toEqual(['KR', 'US']);
  });

  test('the first name form is the heading name', () => {
    const graph = buildGraph(
      graphInput({
        people: [
          person('lee', {
            names: [
              { value: 'Ri Chang Ho', script: 'latin', kind: 'official', sources: ['src-a'] },
              { value: '리창호', script: 'hangul', kind: 'official', sources: ['src-a'] },
            ],
          }),
        ],
        actions: [action('a', { designees: [{ person: 'lee' }] })],
      }),
    );
    expect(graph.person('lee')?.name).toBe('Ri Chang Ho');
  });

  test('work grows linearly: 20,000 people and 2,000 actions build in one pass', () => {
    const people = Array.from({ length: 20_000 }, (_, index) => person(`p-${index}`));
    const actions = Array.from({ length: 2_000 }, (_, index) =>
      action(`a-${index}`, { designees: Array.from({ length: 10 }, (_, offset) => ({ person: `p-${index * 10 + offset}` })) }),
    );
    const graph = buildGraph(graphInput({ people, actions, sources: [source('src-a')] }));
    expect(graph.people).toHaveLength(20_000);
    expect(graph.person('p-19999')?.designations).toHaveLength(1);
  });
});
