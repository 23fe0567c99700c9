import { describe, expect, test } from 'vitest';
import { isExactMatch } from '~/lib/search-match';

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
