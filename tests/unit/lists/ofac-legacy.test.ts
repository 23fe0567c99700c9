import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { ADD, ALT, OFAC_SET, SDN, fixtureIds, must } from './support';

describe('OFAC legacy CSV set', () => {
  test('reads every row of sdn.csv as an entry, with its type and programmes', async () => {
    const read = must((await readLists(OFAC_SET))[0]);
    expect(read.list).toBe('ofac');
    expect(read.entries.map((entry) => entry.id)).toEqual(fixtureIds(SDN));
    const park = must(read.entries.find((entry) => entry.id === '24918'));
    expect(park.subject).toBe('person');
    expect(park.programmes).toEqual(['DPRK3']);
    expect(read.entries.find((entry) => entry.id === '12210')?.programmes).toEqual(['DPRK', 'DPRK2']);
    expect(read.entries.find((entry) => entry.id === '27307')?.subject).toBe('organisation');
    expect(read.published).toBeUndefined();
  });

  test('reads birth dates, passports and aliases from the remarks and alt.csv', async () => {
    const read = must((await readLists(OFAC_SET))[0]);
    const park = must(read.entries.find((entry) => entry.id === '24918'));
    expect(park.names[0]).toEqual({ value: 'PARK, Jin Hyok', kind: 'primary', script: 'latin' });
    expect(park.born).toEqual(['1984-08-15', '1984-10-18']);
    expect(park.identifiers).toContainEqual({ type: 'passport', value: '290333974', issuer: 'Korea, North' });
    const altNames = fixtureIds(ALT).filter((id) => id === '24918').length;
    expect(park.names.filter((name) => name.kind === 'alias')).toHaveLength(altNames);
    expect(park.names.map((name) => name.value)).toContain('PAK, Jin Hek');
  });

  test('joins sdn_comments.csv to the remarks sdn.csv cuts at 1,000 characters', async () => {
    const joined = must((await readLists(OFAC_SET))[0]);
    const cut = must((await readLists([SDN, ALT, ADD]))[0]);
    const names = (read: typeof joined, id: string) => read.entries.find((entry) => entry.id === id)?.names.map((name) => name.value);
    // The cut falls inside 'WHOIS HACKING TEAM' (Lazarus) and before Kimsuky's aliases.
    expect(names(joined, '27307')).toEqual(expect.arrayContaining(['WHOIS HACKING TEAM', 'APPLEWORM', 'HIDDEN COBRA']));
    expect(names(cut, '27307')).not.toContain('WHOIS HACKING TEAM');
    expect(names(joined, '45430')).toEqual(expect.arrayContaining(['THALLIUM', 'NICKEL KIMBALL']));
    expect(names(cut, '45430')).not.toContain('THALLIUM');
    const lazarus = must(joined.entries.find((entry) => entry.id === '27307'));
    expect(lazarus.identifiers.filter((identifier) => identifier.type === 'wallet').every((wallet) => wallet.chain === 'ETH')).toBe(true);
    expect(lazarus.identifiers.some((identifier) => identifier.value === '0x098B716B8Aaf21512996dC57EB0615e2383E2f96')).toBe(true);
    expect(lazarus.countries).toEqual(['Korea, North']);
  });

  test('refuses alt.csv without the sdn.csv of the same download', async () => {
    await expect(readLists([ALT])).rejects.toThrow(/alt\.csv only adds to sdn\.csv; expected the sdn\.csv/);
  });
});
