import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { reconcile } from '~/lib/lists/reconcile';
import type { SiteEntity } from '~/lib/lists/site';
import { OFAC_SET, UN, must } from './support';

const entity = (overrides: Partial<SiteEntity> & Pick<SiteEntity, 'id' | 'type' | 'names'>): SiteEntity => ({
  file: `content/${overrides.type === 'person' ? 'people' : 'organisations'}/${overrides.id}.md`,
  name: overrides.names[0] ?? '',
  born: [],
  nationalities: [],
  identifiers: [],
  ...overrides,
});

const park = entity({
  id: 'park-jin-hyok',
  type: 'person',
  names: ['Park Jin Hyok'],
  born: ['1984-08-15'],
  identifiers: [{ type: 'ofac-uid', value: '24918' }],
});
const jang = entity({ id: 'jang-song-chol', type: 'person', names: ['Jang Song Chol'], born: ['1967-03-12'] });

describe('reconcile', async () => {
  const ofac = must((await readLists(OFAC_SET))[0]);
  const un = must((await readLists([UN]))[0]);

  test('matched by id: the list id the site records', () => {
    const report = reconcile(ofac, [park]);
    expect(report.matches).toEqual([
      expect.objectContaining({ entity: expect.objectContaining({ id: 'park-jin-hyok' }), by: 'list-id', reasons: ['the site records ofac-uid 24918'] }),
    ]);
  });

  test('matched by name, with the reason and the birth date that agrees', () => {
    const report = reconcile(un, [jang]);
    expect(report.matches).toHaveLength(1);
    const [match] = report.matches;
    expect(match?.entry.id).toBe('KPi.056');
    expect(match?.by).toBe('name');
    expect(match?.reasons[0]).toBe('same name once case, spacing, hyphens and diacritics are set aside: site "Jang Song Chol", list "JANG SONG CHOL"');
    expect(match?.reasons.at(-1)).toBe('and the same birth date 1967-03-12');
  });

  test('matched by a shared identifier (a passport)', () => {
    const kim = entity({ id: 'kim', type: 'person', names: ['Someone Else'], identifiers: [{ type: 'passport', value: '472310168' }] });
    expect(reconcile(un, [kim]).matches).toEqual([expect.objectContaining({ by: 'identifier', reasons: ['same passport 472310168'] })]);
  });

  test('a name never matches across people and organisations', () => {
    const company = entity({ id: 'jang-company', type: 'organisation', names: ['Jang Song Chol'] });
    expect(reconcile(un, [company]).matches).toEqual([]);
  });

  test('what the list has that the site lacks', () => {
    const report = reconcile(ofac, [park]);
    const lacking = report.lacking.map((item) => `${item.field}: ${item.value}`);
    expect(lacking).toEqual(expect.arrayContaining(['name: PAK, Jin Hek (alias)', 'identifier: passport 290333974 (Korea, North)', 'birth date: 1984-10-18']));
    // "PARK, Jin Hyok" is the site's "Park Jin Hyok" once case and punctuation are set aside.
    expect(lacking).not.toContain('name: PARK, Jin Hyok (primary)');
    expect(lacking).not.toContain('birth date: 1984-08-15');
    const lazarus = entity({ id: 'lazarus-group', type: 'organisation', names: ['Lazarus Group'], identifiers: [{ type: 'ofac-uid', value: '27307' }] });
    expect(reconcile(ofac, [lazarus]).lacking).toContainEqual(
      expect.objectContaining({ field: 'wallet', value: 'ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96' }),
    );
  });

  test('values that differ: a birth date the list does not print', () => {
    const wrong = { ...park, born: ['1985-01-01'] };
    expect(reconcile(ofac, [wrong]).differing).toEqual([
      expect.objectContaining({ field: 'birth date', site: ['1985-01-01'], list: ['1984-08-15', '1984-10-18'] }),
    ]);
    expect(reconcile(ofac, [park]).differing).toEqual([]);
  });

  test('possible delistings: a recorded id the file does not hold', () => {
    const gone = entity({ id: 'gone', type: 'organisation', names: ['Gone'], identifiers: [{ type: 'ofac-uid', value: '99999999' }] });
    expect(reconcile(ofac, [park, gone]).delistings).toEqual([{ entity: expect.objectContaining({ id: 'gone' }), idType: 'ofac-uid', id: '99999999' }]);
  });

  test('entries tied to cyber, crypto, IT workers or parent bodies that the site lacks', () => {
    const none = reconcile(ofac, []).cyberTied;
    const reasonsOf = (id: string) => none.find((item) => item.entry.id === id)?.reasons;
    expect(reasonsOf('21324')).toEqual(['programme CYBER2']);
    expect(reasonsOf('19791')).toEqual(['names or remarks mention "Reconnaissance General Bureau"']);
    expect(reasonsOf('27307')).toEqual(expect.arrayContaining(['programme DPRK3', expect.stringMatching(/^lists \d+ digital currency addresses$/)]));
    // A non-cyber entry is never listed, and an entry the site has drops out.
    expect(reasonsOf('36')).toBeUndefined();
    expect(reconcile(ofac, [park]).cyberTied.map((item) => item.entry.id)).not.toContain('24918');
    expect(reasonsOf('24918')).toEqual(['programme DPRK3']);
  });
});
