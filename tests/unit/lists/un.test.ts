import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { UN, must } from './support';

describe('UN consolidated list XML', () => {
  test('reads individuals and entities with the date the file was generated', async () => {
    const read = must((await readLists([UN]))[0]);
    expect(read.list).toBe('un');
    expect(read.published).toBe('2026-02-27');
    expect(read.entries.map((entry) => entry.id)).toEqual(['CDi.001', 'KPi.024', 'KPi.056', 'KPe.031', 'KPe.035', 'KPe.054']);
    expect(read.entries.filter((entry) => entry.subject === 'person')).toHaveLength(3);
  });

  test('reads names, aliases, birth dates, documents and nationality', async () => {
    const read = must((await readLists([UN]))[0]);
    const kim = must(read.entries.find((entry) => entry.id === 'KPi.024'));
    expect(kim.names[0]).toMatchObject({ value: 'KIM YONG CHOL', kind: 'primary' });
    expect(kim.names.map((name) => name.value)).toContain('Kim Yong-Chol');
    expect(kim.born).toEqual(['1962-02-18']);
    expect(kim.identifiers).toEqual([{ type: 'passport', value: '472310168', issuer: "Democratic People's Republic of Korea" }]);
    expect(kim.nationalities).toEqual(["Democratic People's Republic of Korea"]);
    expect(kim.otherIds).toEqual(['6908511']);
    const rgb = must(read.entries.find((entry) => entry.id === 'KPe.031'));
    expect(rgb.names.map((name) => name.value)).toEqual(['RECONNAISSANCE GENERAL BUREAU', 'Chongch’al Ch’ongguk', 'KPA Unit 586', 'RGB']);
    expect(rgb.programmes).toEqual(['DPRK']);
  });
});
