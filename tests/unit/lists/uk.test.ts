import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { reconcile } from '~/lib/lists/reconcile';
import { siteEntities } from '~/lib/lists/site';
import { put, tempDir, must, UK_XML, xmlValues } from './support';

// The XML is also read from a real excerpt (UK_XML, see tests/fixtures/lists/README.md). No copy
// of the CSV was found: these two documents follow the published layout (the CSV's "Report Date"
// line and named columns, the XML's Designations/Designation elements); they are not excerpts of
// the list. Their values are those of UN entry KPi.056 in the UN fixture, which the UK carries over.
const CSV = `Report Date: 27-Feb-2026
Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Name type,Alias strength,Regime Name,Designation Type,D.O.B,Nationality(/ies)
01/02/2026,DPR0000,1,KPi.056,JANG,SONG CHOL,,,,,Primary Name,,Democratic People's Republic of Korea,Individual,12/03/1967,Democratic People's Republic of Korea
01/02/2026,DPR0000,1,KPi.056,CHANG,SONG CHOL,,,,,Alias,Good,Democratic People's Republic of Korea,Individual,12/03/1967,
`;
const XML = `<?xml version="1.0" encoding="utf-8"?>
<Designations>
  <DateGenerated>27/02/2026</DateGenerated>
  <Designation>
    <UniqueID>DPR0000</UniqueID>
    <UNReferenceNumber>KPi.056</UNReferenceNumber>
    <Names>
      <Name><Name1>SONG CHOL</Name1><Name6>JANG</Name6><NameType>Primary Name</NameType></Name>
      <Name><Name1>SONG CHOL</Name1><Name6>CHANG</Name6><NameType>Alias</NameType></Name>
    </Names>
    <RegimeName>Democratic People's Republic of Korea</RegimeName>
    <IndividualEntityShip>Individual</IndividualEntityShip>
    <IndividualDetails><Individual><DOBs><DOB>12/03/1967</DOB></DOBs></Individual></IndividualDetails>
  </Designation>
</Designations>
`;

describe('UK Sanctions List', () => {
  test('CSV: groups name rows by Unique ID, surname first', async () => {
    const read = must((await readLists([put(tempDir(), 'uk.csv', CSV)]))[0]);
    expect(read.published).toBe('2026-02-27');
    expect(read.entries).toHaveLength(1);
    expect(read.entries[0]).toMatchObject({ id: 'DPR0000', subject: 'person', born: ['1967-03-12'], otherIds: ['1', 'KPi.056'] });
    expect(read.entries[0]?.names.map((name) => [name.value, name.kind])).toEqual([
      ['JANG SONG CHOL', 'primary'],
      ['CHANG SONG CHOL', 'alias'],
    ]);
  });

  test('XML: reads a designation with its names and birth date', async () => {
    const read = must((await readLists([put(tempDir(), 'uk.xml', XML)]))[0]);
    expect(read.published).toBe('2026-02-27');
    expect(read.entries[0]).toMatchObject({ id: 'DPR0000', born: ['1967-03-12'], programmes: ["Democratic People's Republic of Korea"] });
  });

  test('XML, the real file: every designation with its names, regime, birth date, passport and the UN reference it carries', async () => {
    const read = must((await readLists([UK_XML]))[0]);
    expect(read.published).toBe('2026-03-26');
    expect(read.entries.map((entry) => entry.id)).toEqual(xmlValues(UK_XML, 'UniqueID'));
    const byId = new Map(read.entries.map((entry) => [entry.id, entry]));
    // The file prints "Chosun Expo " with a trailing space; names are compared trimmed.
    expect(byId.get('CYB0004')?.names.map((name) => [name.value, name.kind])).toEqual([
      ['Chosun Expo', 'primary'],
      ['Chosen Expo', 'alias'],
      ['Korean Export Joint Venture', 'alias'],
    ]);
    expect(byId.get('CYB0004')?.programmes).toEqual(['The Cyber (Sanctions) (EU Exit) Regulations 2020']);
    expect(byId.get('DPR0018')).toMatchObject({
      subject: 'person',
      born: ['1963-04-29'],
      identifiers: [{ type: 'passport', value: '472130058' }],
      programmes: ["The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019"],
    });
    expect(byId.get('DPR0188')).toMatchObject({ subject: 'organisation', otherIds: ['12448', 'KPe.031'] });
  });

  test('XML, the real file: the site entities whose UK reference it holds are found by that id', async () => {
    const read = must((await readLists([UK_XML]))[0]);
    const inFile = new Set(xmlValues(UK_XML, 'UniqueID'));
    const entities = siteEntities(buildGraph(loadContent('content')));
    const expected = entities
      .filter((entity) => entity.identifiers.some((item) => item.type === 'uk-reference' && inFile.has(item.value)))
      .map((entity) => entity.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const report = reconcile(read, entities);
    expect(report.matches.filter((match) => match.by === 'list-id').map((match) => match.entity.id)).toEqual(expected);
    // An entry under the UK's Cyber regime that the site does not profile is reported as cyber-tied.
    const unprofiled = read.entries.filter((entry) => !report.matches.some((match) => match.entry.id === entry.id)).map((entry) => entry.id);
    expect(report.cyberTied.map((item) => item.entry.id)).toEqual(expect.arrayContaining(unprofiled.filter((id) => id.startsWith('CYB'))));
  });

  test('CSV: a header without Unique ID fails naming the column', async () => {
    const file = put(tempDir(), 'uk.csv', CSV.replace('Unique ID', 'Unique'));
    await expect(readLists([file])).rejects.toThrow(/uk\.csv: line 2 \(header\): missing column "Unique ID"/);
  });
});
