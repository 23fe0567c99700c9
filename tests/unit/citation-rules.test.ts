import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { placeholderIn } from '~/lib/content/citation-rules';
import { allFacts, median, sampleFacts } from '~/lib/content/fact-list';
import { action, graphInput, organisation, person, source } from '../fixtures/factories';

const fiveSources = ['s1', 's2', 's3', 's4', 's5'];
const manySources = fiveSources.map((id) => source(id));

/** The problems buildGraph reports for an input, one line each. */
function problemsOf(input: Parameters<typeof graphInput>[0]): string[] {
  try {
    buildGraph(graphInput(input));
  } catch (error) {
    return (error as Error).message.split('\n').slice(1);
  }
  return [];
}

describe('citation rules', () => {
  test('a fact citing more than four sources stops the build, with file, field and count', () => {
    const names = [{ value: 'Kim Sang Man', script: 'latin' as const, kind: 'variant' as const, sources: fiveSources }];
    expect(problemsOf({ sources: [source('src-a'), ...manySources], people: [person('kim-sang-man', { names })] })).toEqual([
      'content/people/kim-sang-man.md: names[0].sources: cites 5 sources; a fact cites at most 4 (the ones that state it, primary first) unless a `discrepancies` entry records a disagreement among them',
    ]);
  });

  test('one printed form written twice stops the build', () => {
    const name = { value: 'ALIAS LLC', script: 'latin' as const, kind: 'alias' as const };
    const names = [
      { ...name, sources: ['src-a'] },
      { ...name, sources: ['src-b'] },
    ];
    expect(problemsOf({ organisations: [organisation('alis', { names })] })).toEqual([
      'content/organisations/alis.md: names[1].value: "ALIAS LLC" is already names[0]; list its sources once, there',
    ]);
  });

  test('a fact citing one source twice stops the build', () => {
    const names = [{ value: 'Kim Sang Man', script: 'latin' as const, kind: 'official' as const, sources: ['src-a', 'src-a'] }];
    expect(problemsOf({ people: [person('kim-sang-man', { names })] })).toEqual(['content/people/kim-sang-man.md: names[0].sources: cites "src-a" twice']);
  });

  test('more than four sources pass when a recorded disagreement involves them', () => {
    const names = [{ value: 'Kim Sang Man', script: 'latin' as const, kind: 'variant' as const, sources: fiveSources }];
    const discrepancies = [
      {
        topic: 'Spelling',
        claims: [
          { claim: 'Kim Sang Man', sources: ['s1'] },
          { claim: 'Kim Sang Nam', sources: ['s5'] },
        ],
      },
    ];
    expect(problemsOf({ sources: [source('src-a'), ...manySources], people: [person('kim-sang-man', { names, discrepancies })] })).toEqual([]);
  });

  test('an official name form citing only secondary sources stops the build', () => {
    const names = [{ value: 'Kim Sang-man', script: 'latin' as const, kind: 'official' as const, sources: ['src-b'] }];
    expect(problemsOf({ people: [person('kim-sang-man', { names })] })).toEqual([
      'content/people/kim-sang-man.md: names[0].kind: "official" on "Kim Sang-man" cites no primary source; an official form is one an official list or release prints (else use "variant")',
    ]);
  });

  test('a primary source read through a copy backs an official form', () => {
    const copy = source('sdn-copy', { url: undefined, copy: { url: 'https://github.com/o/r/blob/abc/sdn.csv', publisher: 'o/r (GitHub)' } });
    const names = [{ value: 'KIM, Sang Man', script: 'latin' as const, kind: 'official' as const, sources: ['sdn-copy'] }];
    expect(problemsOf({ sources: [source('src-a'), copy], people: [person('kim-sang-man', { names })] })).toEqual([]);
  });

  test('placeholder text in a field stops the build; the same words in a quote do not', () => {
    expect(problemsOf({ actions: [action('kr-2023', { kind: 'amendment', programme: 'Not named in the retrieved reports for this action' })] })).toEqual([
      'content/actions/kr-2023.md: programme: "Not named in the retrieved" is placeholder text; leave the field out where no source states a value',
    ]);
    expect(problemsOf({ organisations: [organisation('rgb', { country: 'Unknown' })] })).toEqual([
      'content/organisations/rgb.md: country: "Unknown" is placeholder text; leave the field out where no source states a value',
    ]);
    const quote = { text: 'The name is not stated in the sources we hold.', source: 'src-a', language: 'en' };
    expect(problemsOf({ actions: [action('kr-2023', { kind: 'amendment', quote })] })).toEqual([]);
  });

  test('placeholder phrases are told from ordinary sentences', () => {
    expect(placeholderIn('Not stated in the sources we hold')).toBeDefined();
    expect(placeholderIn('n/a')).toBeDefined();
    expect(placeholderIn('Foreign Exchange Transactions Act')).toBeUndefined();
    expect(placeholderIn('The release does not name the other designees')).toBeUndefined();
  });

  test('a quote must come from one of the action’s own sources', () => {
    const quote = { text: 'Designated.', source: 'src-b', language: 'en' };
    expect(problemsOf({ actions: [action('kr-2023', { kind: 'amendment', quote })] })).toEqual([
      'content/actions/kr-2023.md: quote.source: "src-b" is not one of the action\'s sources; quote a source the action cites',
    ]);
  });

  test('a coverage check naming a missing source stops the build', () => {
    const check = {
      id: 'gb-list',
      file: 'content/checks/gb-list.md',
      data: {
        title: 'UK list',
        jurisdiction: 'GB' as const,
        sources: ['src-a'],
        read: 'Read it.',
        omitted: [{ what: 'X', reason: 'Y', sources: ['uk-list-2025'] }],
      },
    };
    expect(problemsOf({ checks: [check] })).toEqual(['content/checks/gb-list.md: omitted[0].sources[0]: no source "uk-list-2025"']);
  });
});

describe('fact list and sample', () => {
  const graph = buildGraph(
    graphInput({
      organisations: [organisation('rgb', { identifiers: [{ type: 'website', value: 'rgb.example', sources: ['src-a'] }] })],
      people: [person('ri-chang-ho'), person('park-jin-hyok')],
      actions: [action('kr-2023', { designees: [{ person: 'ri-chang-ho' }, { organisation: 'rgb' }] })],
    }),
  );
  const facts = allFacts(graph);

  test('every sourced statement is a fact, with its category and the jurisdictions that named its entity', () => {
    expect(facts.map((fact) => `${fact.category} ${fact.file} ${fact.field}`)).toEqual([
      'action content/actions/kr-2023.md sources',
      'person content/people/park-jin-hyok.md names[0]',
      'person content/people/ri-chang-ho.md names[0]',
      'organisation content/organisations/rgb.md names[0]',
      'identifier content/organisations/rgb.md identifiers[0]',
    ]);
    expect(facts.find((fact) => fact.file.endsWith('ri-chang-ho.md'))?.jurisdictions).toEqual(['KR']);
    expect(facts.find((fact) => fact.file.endsWith('park-jin-hyok.md'))?.jurisdictions).toEqual([]);
  });

  test('a sample is the same for the same seed, covers every category, and never repeats a fact', () => {
    const first = sampleFacts(facts, 4, 7);
    expect(sampleFacts(facts, 4, 7)).toEqual(first);
    expect(new Set(first.map((fact) => fact.category))).toEqual(new Set(['action', 'person', 'organisation', 'identifier']));
    const all = sampleFacts(facts, 99, 7);
    expect(all).toHaveLength(facts.length);
    expect(new Set(all).size).toBe(facts.length);
  });

  test('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
