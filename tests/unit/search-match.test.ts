import { romanize } from 'es-hangul';
import { describe, expect, test } from 'vitest';
import {
  KEY_MARK,
  MATCH_THRESHOLD,
  bestName,
  hangulSyllableRoman,
  identifierScore,
  indexTokens,
  keysOf,
  nearCandidates,
  nearVariantGroups,
  normalise,
  queryProblem,
  rankResults,
  scoreResult,
  units,
} from '~/lib/search/match-model';
import { t } from '~/i18n';

describe('the match threshold', () => {
  test('is 95, and the search and about pages state it', () => {
    expect(MATCH_THRESHOLD).toBe(95);
    expect(t.search.scoring).toContain(`${MATCH_THRESHOLD} or more is a match`);
    expect(t.about.bodyHtml({ sources: 1, primary: 1, href: (path) => path })).toContain(t.search.scoring);
  });
});

describe('normalise and units', () => {
  test('case, width, breves, apostrophes and hyphens', () => {
    expect(normalise('Ｐａｅ Wŏn-ch’ŏl')).toBe('pae won-chol');
    expect(units("Pae Wŏn-ch'ŏl").map((unit) => unit.key)).toEqual(['pae', 'won', 'chol']);
  });

  test('list order and spaces inside Hangul change nothing', () => {
    expect(keysOf('KIM, Sang Man').sort()).toEqual(keysOf('Kim Sang Man').sort());
    expect(keysOf('심 현섭')).toEqual(keysOf('심현섭'));
  });

  test('one key per syllable across romanisations and both Hangul initial-sound rules', () => {
    const same = (...forms: string[]) => expect(new Set(forms.map((form) => keysOf(form).join(' '))).size).toBe(1);
    same('Ri', 'Lee', 'Yi', 'Rhee', 'Li', 'I', '리', '이');
    same('Pak', 'Park', 'Bak', '박');
    same('Chol', 'Cheol', 'Chul', "Ch'ŏl", '철');
    same('Jong', 'Jeong', 'Chong', 'Chung', '정');
    same('Ro', 'Roh', 'No', 'Noh', '로', '노');
    same('Ryang', 'Yang', '량', '양');
    same('Rim', 'Lim', 'Im', '림', '임');
    same('Hyok', 'Hyeok', 'Hyuk', '혁');
    same('Thae', 'Tae', '태');
    same('Kim', 'Gim', '김');
  });

  test('a Hangul syllable is romanised as es-hangul does, before the initial-sound rule', () => {
    for (const syllable of '김상만심현섭정찰총국박진혁원철배') expect(hangulSyllableRoman(syllable)).toBe(romanize(syllable));
    expect(hangulSyllableRoman('리')).toBe('i');
    expect(hangulSyllableRoman('로')).toBe('no');
  });

  test('other scripts match as printed: Cyrillic by word, Chinese characters one by one, katakana by run', () => {
    expect(keysOf('ЛИ Чхан Хо')).toEqual(['ли', 'чхан', 'хо']);
    expect(keysOf('李家东')).toEqual(['李', '家', '东']);
    expect(keysOf('コリア・エキスポ')).toEqual(['コリア', 'エキスポ']);
  });

  test('index tokens are the Latin keys, marked so they never meet a word of the page', () => {
    expect(indexTokens(['Ri Chang Ho', '리창호', 'ЛИ Чхан Хо'])).toEqual([`i${KEY_MARK}`, `chang${KEY_MARK}`, `ho${KEY_MARK}`]);
  });
});

describe('scores', () => {
  const score = (query: string, ...names: string[]) => bestName(query, names)?.score ?? 0;
  test.each([
    ['Ri Chang Ho', 'Ri Chang Ho', 100],
    ['Chang Ho Ri', 'Ri Chang Ho', 100],
    ['Yi Changho', 'Ri Chang Ho', 100],
    ['이창호', 'Ri Chang Ho', 100],
    ['KIM, Sang Man', 'Kim Sang Man', 100],
    ['Lazarus', 'Lazarus Group', 98],
    ['Han Il Nim', 'Han Il Nam', 83],
    ['Ryu Kyong Chel', 'Ryu Kyong Chol', 83],
    ['Kim Chol Su', 'Kim Chol Min', 65],
    ['Zzyzx Quorble', 'Ri Chang Ho', 0],
  ])('%s against %s: %i', (query, name, expected) => expect(score(query, name)).toBe(expected));

  test('one wrong letter is never a match; the full name is', () => {
    expect(score('Han Il Nim', 'Han Il Nam')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('Han Il Nam', 'Han Il Nam')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test('the printed name written as typed is the one shown', () => {
    expect(bestName('Lee Chang Ho', ['Ri Chang Ho', 'Lee Chang Ho'])?.name).toBe('Lee Chang Ho');
  });

  test('an action is scored against each designee name alone, never against its words together', () => {
    const action = { meta: { type: 'Action', title: 'OFAC designates Kim Chol Min and Pak Jin Hyok', names: 'Kim Chol Min | Pak Jin Hyok' } };
    expect(scoreResult('Kim Jin Hyok', action).match).toBe(false);
    expect(scoreResult('Pak Jin Hyok', action).match).toBe(true);
  });

  test('identifiers: whole, or from the start when six characters or more', () => {
    const text = 'Wallet 0x098B716B8Aaf21512996dC57EB0615e2383E2f96 passport 290333974 semenov.roman@mail.ru';
    expect(identifierScore('0x098b716b8a', text)).toBe(100);
    expect(identifierScore('290333974', text)).toBe(100);
    expect(identifierScore('semenov.roman@mail.ru', text)).toBe(100);
    expect(identifierScore('0x098c', text)).toBe(0);
    expect(identifierScore('Kim Chol', text)).toBeUndefined();
  });

  test('results rank by score, an entity before an action at the same score', () => {
    const action = { meta: { type: 'Action', title: 'EU lists Lee Chang Ho', names: 'Ri Chang Ho | Lee Chang Ho' } };
    const person = { meta: { type: 'Person', title: 'Ri Chang Ho', names: 'Ri Chang Ho | Lee Chang Ho' } };
    const other = { meta: { type: 'Person', title: 'Ri Chang Nam', names: 'Ri Chang Nam' } };
    expect(rankResults('Rhee Changho', [other, action, person]).map((entry) => entry.result)).toEqual([person, action, other]);
  });

  test('a wallet printed on an incident page and on the entity it was designated on: the entity comes first', () => {
    const wallet = '0x098B716B8Aaf21512996dC57EB0615e2383E2f96';
    const incident = {
      meta: { type: 'Incident', title: 'Ronin Network bridge theft', names: 'Ronin Network bridge theft | Ronin' },
      content: `Wallet ${wallet}`,
    };
    const group = { meta: { type: 'Organisation', title: 'Lazarus Group', names: 'Lazarus Group' }, content: `Wallet address (ETH) ${wallet}` };
    expect(rankResults(wallet, [incident, group]).map((entry) => entry.result)).toEqual([group, incident]);
  });
});

describe('near candidates', () => {
  test('pages holding most of the query keys come first, without those already scored', () => {
    expect(nearCandidates([['a', 'b'], ['b', 'c'], ['b']], new Set(['c']), 2)).toEqual(['b', 'a']);
  });
  test('a near syllable from a one-vowel variant orders pages found by as many typed keys, never one found by more', () => {
    // Kim and Song alone find 'x' first; the variant of Ryo (Ryu) finds 'meant', which then leads 'x'.
    const ryu = { exact: ['other'], variants: [['meant', 'z']] };
    expect(
      nearCandidates(
        [
          ['x', 'meant'],
          ['x', 'meant'],
        ],
        new Set(),
        2,
        [ryu],
      ),
    ).toEqual(['meant', 'x']);
    // A page holding the typed syllable itself gains nothing from that syllable's variants.
    expect(
      nearCandidates(
        [
          ['x', 'meant'],
          ['x', 'meant'],
        ],
        new Set(),
        1,
        [{ exact: ['meant'], variants: [['meant']] }],
      ),
    ).toEqual(['x']);
    // Two typed keys and a near third do not outrank three typed keys.
    expect(nearCandidates([['exact', 'meant'], ['exact', 'meant'], ['exact']], new Set(), 1, [{ exact: [], variants: [['meant']] }])).toEqual(['exact']);
  });
  test('the variant searches change one vowel of each short syllable, keyed and marked, grouped by syllable', () => {
    const groups = nearVariantGroups('Kim Ryo Song');
    const ryo = groups.find((group) => group.key === `yo${KEY_MARK}`);
    expect(ryo?.variants).toContain(`yu${KEY_MARK}`);
    expect(ryo?.variants).not.toContain(`yo${KEY_MARK}`);
    expect(nearVariantGroups('Kimsukky')).toEqual([]);
  });
});

describe('bad input', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(201), 'tooLong'],
    ['Kim\u0007', 'control'],
    ['Kim\u202eoh', 'control'],
    ['Kim\u200f', 'control'],
    ['<script>alert(1)</script>', 'markup'],
    ['Kim &amp; Ri', 'markup'],
    ['Ri Chang Ho', undefined],
    ['리창호', undefined],
  ])('%j → %s', (query, problem) => expect(queryProblem(query)).toBe(problem));
});
