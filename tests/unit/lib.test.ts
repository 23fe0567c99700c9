import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { confidenceOf, distinctValues, sourcesDisagree } from '~/lib/domain/facts';
import { formatDate } from '~/i18n';
import { statusByJurisdiction } from '~/lib/domain/status';
import { groupByYear, isJointAction, countByJurisdiction } from '~/lib/site/timeline';
import { hrefOf, timelineHref, withBase } from '~/lib/site/urls';
import { didYouMean } from '~/lib/content/errors';
import { displayName, hangulNameVariants, latinNameVariants, searchVariants } from '~/lib/search/names';
import { action, graphInput, organisation } from '../fixtures/factories';

describe('urls', () => {
  test.each([
    ['/', { type: 'person', id: 'ri-chang-ho' } as const, '/people/ri-chang-ho/'],
    ['/tracker/', { type: 'person', id: 'ri-chang-ho' } as const, '/tracker/people/ri-chang-ho/'],
    ['/tracker', { type: 'organisation', id: 'bureau-313' } as const, '/tracker/organisations/bureau-313/'],
    ['/', { type: 'action', id: 'kr-2023-05-23' } as const, '/actions/kr-2023-05-23/'],
    ['/', { type: 'source', id: 'treasury-jy1498' } as const, '/sources/treasury-jy1498/'],
  ])('under base %s a %o links to %s', (base, node, expected) => {
    expect(hrefOf(node, base)).toBe(expected);
  });

  test('timeline links per jurisdiction are lower-case static pages', () => {
    expect(timelineHref('KR', '/')).toBe('/timeline/kr/');
    expect(timelineHref(undefined, '/tracker/')).toBe('/tracker/timeline/');
    expect(withBase('data/graph.json', '/tracker/')).toBe('/tracker/data/graph.json');
  });
});

describe('formatDate', () => {
  test.each([
    ['2023-05-23', '23 May 2023'],
    ['2024-12-30', '30 December 2024'],
    ['2023-02', 'February 2023'],
    ['1967', '1967'],
  ])('%s reads as %s', (iso, text) => expect(formatDate(iso)).toBe(text));
});

describe('timeline', () => {
  const graph = buildGraph(
    graphInput({
      organisations: [organisation('x')],
      actions: [
        action('a-2023', { announced: '2023-05-23', designees: [{ organisation: 'x' }], coordinatedWith: ['b-2023'] }),
        action('b-2023', { jurisdiction: 'US', announced: '2023-05-23', designees: [{ organisation: 'x' }] }),
        action('c-2024', { announced: '2024-12-26', designees: [{ organisation: 'x' }] }),
        action('d-2025', { jurisdiction: 'US', kind: 'delisting', announced: '2025-03-21', designees: [{ organisation: 'x' }] }),
      ],
    }),
  );

  test('groups actions by year, newest year first', () => {
    expect(groupByYear(graph.actions).map(({ year, actions }) => [year, actions.map((node) => node.id)])).toEqual([
      ['2025', ['d-2025']],
      ['2024', ['c-2024']],
      ['2023', ['a-2023', 'b-2023']],
    ]);
  });

  test('marks joint actions on both sides', () => {
    expect(
      graph.actions
        .filter(isJointAction)
        .map((node) => node.id)
        .sort(),
    ).toEqual(['a-2023', 'b-2023']);
  });

  test('counts actions per jurisdiction', () => {
    expect(countByJurisdiction(graph.actions, graph.jurisdictions)).toEqual([
      { jurisdiction: 'KR', count: 2 },
      { jurisdiction: 'US', count: 2 },
    ]);
  });

  test('status per jurisdiction: designated since, then delisted', () => {
    const statuses = statusByJurisdiction(graph.organisation('x')?.designations ?? []);
    expect(statuses).toEqual([
      { jurisdiction: 'KR', since: '2023-05-23', delisted: undefined, amended: undefined },
      { jurisdiction: 'US', since: '2023-05-23', delisted: '2025-03-21', amended: undefined },
    ]);
  });
});

describe('facts', () => {
  const graph = buildGraph(graphInput({}));
  test.each([
    [{ sources: ['src-a'] }, 'confirmed'],
    [{ sources: ['src-b'] }, 'reported'],
    [{ sources: ['src-a'], confidence: 'uncertain' as const }, 'uncertain'],
  ])('%o is %s', (fact, level) => expect(confidenceOf(fact, graph.source)).toBe(level));

  test.each([
    [
      'two sources, two dates',
      [
        { value: '1984', sources: ['a'] },
        { value: '1985', sources: ['b'] },
      ],
      true,
    ],
    [
      'one source listing an alternative',
      [
        { value: '1984-08-15', sources: ['a'] },
        { value: '1984-10-18', sources: ['a'] },
      ],
      false,
    ],
    [
      'two sources, one date',
      [
        { value: '1984', sources: ['a'] },
        { value: '1984', sources: ['b'] },
      ],
      false,
    ],
  ])('%s: sources disagree = %s', (_case, facts, expected) => expect(sourcesDisagree(facts)).toBe(expected));

  test('distinct values reveal a disagreement', () => {
    expect(distinctValues([{ value: '1984-08-15' }, { value: '1984-10-18' }, { value: '1984-08-15' }])).toEqual(['1984-08-15', '1984-10-18']);
  });
});

describe('didYouMean', () => {
  test.each([
    ['kim-sang-mann', ['kim-sang-man', 'kim-song-il'], 'kim-sang-man'],
    ['lazarus', ['lazarus-group', 'andariel'], undefined],
    ['anounced', ['announced', 'effective'], 'announced'],
  ])('%s → %s', (word, candidates, expected) => expect(didYouMean(word, candidates)).toBe(expected));
});

describe('displayName', () => {
  test.each([
    ['KIM, Sang Man', 'Kim Sang Man'],
    ['CHENG, Hung Man', 'Cheng Hung Man'],
    ['Ri Chang Ho', 'Ri Chang Ho'],
    ['리창호', '리창호'],
    ['LAZARUS GROUP', 'LAZARUS GROUP'],
  ])('%s is headed %s', (published, heading) => expect(displayName(published)).toBe(heading));
});

describe('name variants for search', () => {
  test.each([
    ['Ri Chang Ho', ['lee', 'yi', 'rhee', 'changho']],
    ['Kim Chol-min', ['gim', 'cheol', 'chul', 'cheolmin']],
    ['Park Jin Hyok', ['pak', 'bak', 'hyeok', 'hyuk', 'chin', 'jinhyeok']],
    ['Sim Hyon Sop', ['shim', 'hyeon', 'hyun', 'seop']],
    ['Choe Un Hyok', ['choi']],
    ['Jong Song Hwa', ['jeong', 'chung', 'seong', 'sung']],
    ['Ryu Song Hyok', ['yu', 'yoo']],
    ['O In Chun', ['oh']],
    ['Pae Won Chol', ['bae']],
    ['Rim Chang Il', ['lim', 'im', 'ill']],
    ['Kwang Yong Ro', ['roh', 'no', 'gwang', 'young']],
  ])('%s is also found as %j', (name, forms) => {
    expect(latinNameVariants(name)).toEqual(expect.arrayContaining(forms));
  });

  test.each([
    ['리창호', ['이창호', 'ri', 'lee', 'changho']],
    ['림영철', ['임영철']],
    ['로광철', ['노광철']],
    ['량수녀', ['양수녀']],
    ['이창호', ['리창호']],
    ['김기혁', ['kim', 'ki', 'hyok', 'kihyok']],
  ])('Hangul %s is also found as %j', (name, forms) => {
    expect(hangulNameVariants(name)).toEqual(expect.arrayContaining(forms));
  });

  test('names that are not Korean personal names come back as their own words', () => {
    expect(latinNameVariants('Tian Yinyin')).toEqual(['tian', 'yinyin']);
    expect(latinNameVariants('Lazarus Group')).toEqual(['lazarus', 'group']);
  });

  test('generated forms leave out words the printed names already hold, and add the entry’s own search terms', () => {
    const forms = searchVariants([
      { value: 'Ri Chang Ho', script: 'latin' },
      { value: 'Lee Chang Ho', script: 'latin' },
    ]);
    expect(forms).not.toContain('lee');
    expect(forms).toContain('rhee');
    const terms = [{ value: 'Mechanical Industry Department' }, { value: 'Machine-Building Industry Department' }];
    expect(searchVariants([{ value: 'Munitions Industry Department', script: 'latin' }], terms)).toEqual(
      expect.arrayContaining(['mechanical', 'machine', 'building']),
    );
    // Translations live in content now: without the entry's terms, code adds none of its own.
    expect(searchVariants([{ value: 'Munitions Industry Department', script: 'latin' }])).not.toContain('mechanical');
  });
});
