import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { frontMatter } from '~/lib/content/read-content';
import { draftEntry, DraftError } from '~/lib/lists/draft';
import { readLists } from '~/lib/lists/load';
import { newEntry, type ListRead } from '~/lib/lists/model';
import { organisationSchema } from '~/schemas/organisation';
import { personSchema } from '~/schemas/person';
import { sourceSchema } from '~/schemas/source';
import { OFAC_SET, UN, put, tempDir, must } from './support';

describe('draft', async () => {
  const un = await readLists([UN]);
  const ofac = await readLists(OFAC_SET);

  test('writes a schema-valid person with every value of the entry and a source for the file', () => {
    const root = tempDir();
    const result = draftEntry(un, 'KPi.024', { contentRoot: root });
    expect(result.file).toBe(`${root}/people/kim-yong-chol.md`);
    const data = personSchema.parse(frontMatter(readFileSync(result.file, 'utf8')));
    expect(data.names[0]).toMatchObject({ value: 'KIM YONG CHOL', kind: 'official', script: 'latin', sources: ['un-list-2026-02-27'] });
    expect(data.names.filter((name) => name.kind === 'alias').map((name) => name.value)).toEqual([
      'Kim Yong-Chol',
      'Kim Young-Chol',
      'Kim Young-Cheol',
      'Young-Chul',
    ]);
    expect(data.born?.map((date) => date.value)).toEqual(['1962-02-18']);
    expect(data.identifiers?.map((item) => [item.type, item.value])).toEqual([
      ['un-reference', 'KPi.024'],
      ['passport', '472310168'],
    ]);
    const source = sourceSchema.parse(frontMatter(readFileSync(must(result.sourceFile), 'utf8')));
    expect(source).toMatchObject({ date: '2026-02-27', publisher: 'United Nations Security Council', type: 'primary' });
  });

  test('refuses to overwrite an existing file', () => {
    const root = tempDir();
    draftEntry(un, 'KPi.024', { contentRoot: root });
    expect(() => draftEntry(un, 'KPi.024', { contentRoot: root })).toThrow(/people\/kim-yong-chol\.md already exists; the draft never overwrites/);
    expect(() => draftEntry(un, 'KPi.024', { contentRoot: root, slug: 'kim-yong-chol-2' })).not.toThrow();
  });

  test('an organisation needs its kind; the OFAC legacy files state no date, so a source id is asked for', () => {
    const root = tempDir();
    expect(() => draftEntry(un, 'KPe.031', { contentRoot: root })).toThrow(/give --kind \(one of state-body/);
    expect(() => draftEntry(ofac, '27307', { contentRoot: root, kind: 'hacking-group' })).toThrow(/states no publication date .* give --source ID/);
    put(root, 'sources/sdn-2024-05-03.md', '---\ntitle: x\n---\n');
    const result = draftEntry(ofac, '27307', { contentRoot: root, kind: 'hacking-group', sourceId: 'sdn-2024-05-03', slug: 'lazarus-group' });
    const data = organisationSchema.parse(frontMatter(readFileSync(result.file, 'utf8')));
    expect(data.identifiers?.filter((item) => item.type === 'wallet').every((item) => item.chain === 'ETH')).toBe(true);
    expect(data.identifiers?.[0]).toMatchObject({ type: 'ofac-uid', value: '27307' });
    expect(data.country).toBe('Korea, North');
  });

  test('reports a wallet on a chain the site does not check, and leaves it out', () => {
    // A list read built here (not a fixture) to hold an address on a chain without a format in the vocabulary.
    const entry = newEntry('un', 'KPe.999', 'organisation', 'test');
    entry.names.push({ value: 'Test Body', kind: 'primary', script: 'latin' });
    entry.identifiers.push({ type: 'wallet', value: 'example-address', chain: 'XMR' });
    const read: ListRead = { list: 'un', formats: ['un-xml'], files: ['test.xml'], published: '2026-02-27', entries: [entry], warnings: [] };
    const result = draftEntry([read], 'KPe.999', { contentRoot: tempDir(), kind: 'company' });
    expect(result.leftOut).toEqual([expect.stringMatching(/^wallet example-address: chain "XMR" is not one the site checks/)]);
    expect(readFileSync(result.file, 'utf8')).not.toContain('example-address');
  });

  test('an unknown entry id fails naming the files', () => {
    expect(() => draftEntry(un, 'KPi.999', { contentRoot: tempDir() })).toThrow(DraftError);
  });
});
