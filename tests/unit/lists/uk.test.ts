import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { put, tempDir, must } from './support';

// No copy of the UK Sanctions List in CSV or XML was found to cut a fixture from. These documents
// follow the published layout (the CSV's "Report Date" line and named columns, the XML's
// Designations/Designation elements); they are not excerpts of the list. The values are those of
// UN entry KPi.056 in the UN fixture, which the UK carries over.
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

  test('CSV: a header without Unique ID fails naming the column', async () => {
    const file = put(tempDir(), 'uk.csv', CSV.replace('Unique ID', 'Unique'));
    await expect(readLists([file])).rejects.toThrow(/uk\.csv: line 2 \(header\): missing column "Unique ID"/);
  });
});
