import { describe, expect, test } from 'vitest';
import { buildGraph, type GraphInput } from '~/lib/content/graph';
import { action, graphInput, organisation, person } from '../fixtures/factories';

function errorFor(input: Partial<GraphInput>): string {
  try {
    buildGraph(graphInput(input));
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('the graph stops the build on a wrong reference, naming file, field and value', () => {
  test.each([
    [
      'a designee that does not exist, with a hint',
      { people: [person('kim-sang-man')], actions: [action('a', { designees: [{ person: 'kim-sang-man' }, { person: 'kim-sang-mann' }] })] },
      'content/actions/a.md: designees[1].person: no person "kim-sang-mann" (did you mean "kim-sang-man"?)',
    ],
    [
      'a source id that does not exist',
      {
        people: [person('kim', { names: [{ value: 'Kim', script: 'latin', kind: 'official', sources: ['src-c'] }] })],
        actions: [action('a', { designees: [{ person: 'kim' }] })],
      },
      'content/people/kim.md: names[0].sources[0]: no source "src-c" (did you mean "src-a"?)',
    ],
    [
      'an affiliation to an unknown organisation',
      {
        people: [person('kim', { affiliations: [{ organisation: 'bureau-131', sources: ['src-a'] }] })],
        organisations: [organisation('bureau-313')],
        actions: [action('a', { designees: [{ person: 'kim' }] })],
      },
      'content/people/kim.md: affiliations[0].organisation: no organisation "bureau-131" (did you mean "bureau-313"?)',
    ],
    [
      'a coordinated action that does not exist',
      { organisations: [organisation('x')], actions: [action('a', { designees: [{ organisation: 'x' }], coordinatedWith: ['zzz'] })] },
      'content/actions/a.md: coordinatedWith[0]: no action "zzz"',
    ],
    [
      'a carried-over action that does not exist, with a hint',
      {
        organisations: [organisation('x')],
        actions: [
          action('eu-2017', { jurisdiction: 'EU', announced: '2017-10-16', designees: [{ organisation: 'x' }] }),
          action('a', { jurisdiction: 'GB', announced: '2020-12-31', designees: [{ organisation: 'x' }], carriesOver: ['eu-2071'] }),
        ],
      },
      'content/actions/a.md: carriesOver[0]: no action "eu-2071" (did you mean "eu-2017"?)',
    ],
    [
      'a carried-over action of the same jurisdiction',
      {
        organisations: [organisation('x')],
        actions: [action('b', { designees: [{ organisation: 'x' }] }), action('a', { designees: [{ organisation: 'x' }], carriesOver: ['b'] })],
      },
      'content/actions/a.md: carriesOver[0]: "b" is an action of the same jurisdiction (KR); carrying over is from another jurisdiction',
    ],
    [
      'a carried-over action announced later',
      {
        organisations: [organisation('x')],
        actions: [
          action('b', { jurisdiction: 'EU', announced: '2021-01-01', designees: [{ organisation: 'x' }] }),
          action('a', { jurisdiction: 'GB', announced: '2020-12-31', designees: [{ organisation: 'x' }], carriesOver: ['b'] }),
        ],
      },
      'content/actions/a.md: carriesOver[0]: "b" was announced on 2021-01-01, after this action (2020-12-31)',
    ],
    [
      'an effective date before the announcement',
      { organisations: [organisation('x')], actions: [action('a', { designees: [{ organisation: 'x' }], announced: '2024-12-26', effective: '2024-12-20' })] },
      'content/actions/a.md: effective: "2024-12-20" is before announced "2024-12-26"',
    ],
    [
      'a designation that names nobody',
      { actions: [action('a', { designees: [] })] },
      'content/actions/a.md: designees: a designation must name at least one person or organisation',
    ],
    [
      'a designee listed twice',
      { organisations: [organisation('x')], actions: [action('a', { designees: [{ organisation: 'x' }, { organisation: 'x' }] })] },
      'content/actions/a.md: designees[1].organisation: "x" is listed twice',
    ],
    [
      'a duplicate id',
      { people: [person('kim'), { ...person('kim'), file: 'content/people/kim.mdx' }], actions: [action('a', { designees: [{ person: 'kim' }] })] },
      'content/people/kim.mdx: id: "kim" is already used by content/people/kim.md',
    ],
    [
      'one id for a person and an organisation',
      { people: [person('chinyong')], organisations: [organisation('chinyong')], actions: [action('a', { designees: [{ person: 'chinyong' }] })] },
      'content/people/chinyong.md: id: "chinyong" is also the id of content/organisations/chinyong.md; ids must be unique across people and organisations',
    ],
    [
      'a cycle in parent',
      {
        organisations: [
          organisation('a', { parent: { organisation: 'b', sources: ['src-a'] } }),
          organisation('b', { parent: { organisation: 'c', sources: ['src-a'] } }),
          organisation('c', { parent: { organisation: 'a', sources: ['src-a'] } }),
        ],
      },
      'content/organisations/a.md: parent.organisation: "b" makes a cycle (a → b → c → a)',
    ],
    [
      'an organisation that is its own parent',
      { organisations: [organisation('a', { parent: { organisation: 'a', sources: ['src-a'] } })] },
      'content/organisations/a.md: parent.organisation: "a" is the organisation itself',
    ],
  ])('%s', (_case, input, line) => {
    const message = errorFor(input as Partial<GraphInput>);
    expect(message).toMatch(/^\d+ problems? in content\/:\n/);
    expect(message.split('\n').slice(1)).toContain(line);
  });

  test('every problem is reported at once, one per line', () => {
    const message = errorFor({ actions: [action('a', { designees: [{ person: 'x' }, { organisation: 'y' }] })] });
    expect(message).toBe(
      '2 problems in content/:\ncontent/actions/a.md: designees[0].person: no person "x"\ncontent/actions/a.md: designees[1].organisation: no organisation "y"',
    );
  });
});
