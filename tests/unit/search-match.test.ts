import { describe, expect, test } from 'vitest';
import { entitiesFirst, isExactMatch } from '~/lib/search/search-match';
import { closestNames } from '~/lib/search/suggest';

const page = 'Ri Chang Ho 리창호 Lee Chang Ho RI, Chang Ho Reconnaissance General Bureau 0x098B716B8Aaf21512996dC57EB0615e2383E2f96 passport 290333974';

describe('isExactMatch', () => {
  test.each([
    ['Ri Chang Ho', true],
    ['ri chang ho', true],
    ['리창호', true],
    ['Chang Ho Ri', true],
    ['RI, Chang Ho', true],
    ['0x098b716b8aaf2151', true],
    ['290333974', true],
    ['Ri Chang Hoon', false],
    ['Zzyzx Quorble', false],
    ['Ri', true],
    ['0x098b', false],
    ['', false],
  ])('%s → %s', (query, expected) => expect(isExactMatch(query, page)).toBe(expected));
});

describe('entitiesFirst', () => {
  const result = (type: string, title: string, names = '') => ({ meta: { type, title, names } });
  test('an entity whose name is the query comes before one that merely contains its words, and both before actions', () => {
    const action = result('Action', 'EU lists Lee Chang Ho');
    const unit = result('Organisation', 'Technical Reconnaissance Bureau', 'RGB 3rd Bureau | 정찰총국 제3국');
    const rgb = result('Organisation', 'Reconnaissance General Bureau', 'RGB | 정찰총국');
    expect(entitiesFirst('정찰총국', [action, unit, rgb])).toEqual([rgb, unit, action]);
    expect(entitiesFirst('RGB', [unit, rgb])).toEqual([rgb, unit]);
  });

  test('a person whose generated forms answer the query outranks an action naming them', () => {
    const action = result('Action', 'EU lists Lee Chang Ho');
    const person = result('Person', 'Ri Chang Ho', 'Ri Chang Ho | Lee Chang Ho | 리창호 | rhee | changho');
    expect(entitiesFirst('Rhee Changho', [action, person])).toEqual([person, action]);
  });
});

describe('closestNames', () => {
  const entries = [
    { name: 'Lazarus Group', path: '/organisations/lazarus-group/', type: 'Organisation' as const },
    { name: 'HIDDEN COBRA', path: '/organisations/lazarus-group/', type: 'Organisation' as const },
    { name: 'Kimsuky', path: '/organisations/kimsuky/', type: 'Organisation' as const },
    { name: 'Kim Sang Man', path: '/people/kim-sang-man/', type: 'Person' as const },
  ];
  test.each([
    ['Lazarys', ['/organisations/lazarus-group/']],
    ['Lazarys Groop', []],
    ['Kimsukky', ['/organisations/kimsuky/']],
    ['Hiden Cobra', []],
    ['Lazarus', []],
    ['Kim Sang Mann', []],
  ])('%s → %j', (query, paths) => expect(closestNames(query, entries).map((entry) => entry.path)).toEqual(paths));
});
