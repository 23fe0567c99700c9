import { describe, expect, test } from 'vitest';
import { rankResults } from '~/lib/search/match-model';
import {
  DAY_FIELD,
  SCORED_NAMES_FIELD,
  NAMED_IN_FIELD,
  decodeNamingAction,
  encodeNamingAction,
  namingActionRows,
  withScoredNames,
  withNamingActions,
  type NamingAction,
  type RowResult,
} from '~/lib/search/naming-actions';

const kr: NamingAction = {
  href: '/actions/kr/',
  date: '2023-12-27',
  jurisdiction: 'KR',
  title: 'ROK designates, "eight" | more',
  status: 'KR designation, 2023-12-27',
};
const us: NamingAction = { href: '/actions/us/', date: '2018-09-06', jurisdiction: 'US', title: 'OFAC designates', status: 'US designation, 2018-09-06' };

const person = (title: string, actions: NamingAction[]): RowResult => ({
  url: `/people/${title.toLowerCase().replaceAll(' ', '-')}/`,
  excerpt: '',
  content: '',
  meta: { title, type: 'Person' },
  filters: { [NAMED_IN_FIELD]: actions.map(encodeNamingAction) },
});
const actionPage = (href: string, designees: string[], day: string): RowResult => ({
  url: href,
  excerpt: 'its text',
  content: 'its text',
  meta: { title: `Page ${href}`, type: 'Action' },
  filters: { [SCORED_NAMES_FIELD]: [designees.join(' | ')], [DAY_FIELD]: [day] },
});

describe('the actions naming an entity', () => {
  test('survive the round trip through a stored value, commas, quotes and bars included; anything else is refused', () => {
    expect(decodeNamingAction(encodeNamingAction(kr))).toEqual(kr);
    expect(decodeNamingAction('not json')).toBeUndefined();
    expect(decodeNamingAction('["/a/", "2020-01-01"]')).toBeUndefined();
    expect(decodeNamingAction('[1, 2, 3, 4, 5]')).toBeUndefined();
  });

  test('an action page is scored against its designees’ stored names, never its own words', () => {
    const page = withScoredNames(actionPage('/actions/kr/', ['Ri Chang Ho', '리창호'], kr.date));
    expect(page.meta['names']).toBe('Ri Chang Ho | 리창호');
    const [scored] = rankResults('Ri Chang Ho', [page]);
    expect(scored?.match).toBe(true);
    expect(rankResults('its text', [page])[0]?.match).toBe(false);
  });

  test('a matched person brings each action naming them at their score and name; a near one brings none', () => {
    const ranked = rankResults('Ri Chang Ho', [person('Ri Chang Ho', [kr, us]), person('Ri Chang Hyok', [us])]);
    const rows = namingActionRows(ranked, {});
    expect(rows.map((row) => row.result.url)).toEqual(['/actions/kr/', '/actions/us/']);
    expect(rows.every((row) => row.match && row.score === ranked[0]?.score && row.name === 'Ri Chang Ho')).toBe(true);
    expect(rows[0]?.result.meta).toEqual({ title: kr.title, type: 'Action', status: kr.status });
  });

  test('the chosen jurisdiction, year and type keep only the rows that have them', () => {
    const ranked = rankResults('Ri Chang Ho', [person('Ri Chang Ho', [kr, us])]);
    expect(namingActionRows(ranked, { jurisdiction: 'US' }).map((row) => row.result.url)).toEqual(['/actions/us/']);
    expect(namingActionRows(ranked, { year: '2023' }).map((row) => row.result.url)).toEqual(['/actions/kr/']);
    expect(namingActionRows(ranked, { type: 'Action' })).toHaveLength(2);
    expect(namingActionRows(ranked, { type: 'Person' })).toEqual([]);
  });

  test('merged with the results: an action page found by its text gives way to its row, the entity leads, newest first orders by date', () => {
    const ranked = rankResults('Ri Chang Ho', [person('Ri Chang Ho', [kr, us]), withScoredNames(actionPage('/actions/kr/', ['Ri Chang Ho'], kr.date))]);
    const rows = namingActionRows(ranked, {});
    const merged = withNamingActions(ranked, rows, { newestFirst: false });
    expect(merged.map((entry) => entry.result.url)).toEqual(['/people/ri-chang-ho/', '/actions/kr/', '/actions/us/']);
    // The row, not the page: one line per action.
    expect(merged.filter((entry) => entry.result.url === '/actions/kr/')).toHaveLength(1);
    const newest = withNamingActions([], rows, { newestFirst: true, type: 'Action' });
    expect(newest.map((entry) => entry.result.url)).toEqual(['/actions/kr/', '/actions/us/']);
    const older = withNamingActions([], [...rows].reverse(), { newestFirst: true });
    expect(older.map((entry) => entry.result.url)).toEqual(['/actions/kr/', '/actions/us/']);
    expect(withNamingActions(ranked, rows, { newestFirst: false, type: 'Action' }).every((entry) => entry.result.meta['type'] === 'Action')).toBe(true);
  });
});
