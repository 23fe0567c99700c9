import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { EU_XML, put, tempDir, must } from './support';

// The XML is also read from a real excerpt (EU_XML, see tests/fixtures/lists/README.md). No copy of
// the CSV was found to cut a fixture from. These two documents follow the published layout (the export/sanctionEntity XML and the semicolon CSV
// with its Entity_/NameAlias_/BirthDate_/Identification_/Citizenship_ columns); they are not
// excerpts of the list. The values are those of UN entry KPi.024 in the UN fixture, which the EU
// carries over.
const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-02-27T10:00:00.000+01:00" globalFileId="1">
  <sanctionEntity designationDetails="" unitedNationId="KPi.024" euReferenceNumber="EU.TEST.1" logicalId="1">
    <remark>Served as the KOMID representative in Iran.</remark>
    <regulation regulationType="regulation" programme="PRK"/>
    <subjectType code="person" classificationCode="P"/>
    <nameAlias wholeName="KIM YONG CHOL" strong="true"/>
    <nameAlias wholeName="Kim Yong-Chol" strong="true"/>
    <citizenship countryDescription="NORTH KOREA"/>
    <birthdate birthdate="1962-02-18"/>
    <identification identificationTypeCode="passport" number="472310168" countryDescription="NORTH KOREA"/>
  </sanctionEntity>
</export>
`;
const CSV = `fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;Entity_UnitedNationId;Entity_SubjectType_ClassificationCode;Entity_Regulation_Programme;NameAlias_WholeName;BirthDate_BirthDate;Identification_Number;Identification_TypeCode;Citizenship_CountryDescription
27/02/2026;1;EU.TEST.1;KPi.024;P;PRK;KIM YONG CHOL;1962-02-18;472310168;passport;NORTH KOREA
27/02/2026;1;EU.TEST.1;KPi.024;P;PRK;Kim Yong-Chol;;;;
`;

describe('EU financial sanctions file', () => {
  test('XML: reads an entity with its names, birth date, passport and programme', async () => {
    const read = must((await readLists([put(tempDir(), 'eu.xml', XML)]))[0]);
    expect(read.published).toBe('2026-02-27');
    expect(read.entries[0]).toMatchObject({ id: 'EU.TEST.1', otherIds: ['1', 'KPi.024'], subject: 'person', born: ['1962-02-18'], programmes: ['PRK'] });
    expect(read.entries[0]?.names.map((name) => name.kind)).toEqual(['primary', 'alias']);
    expect(read.entries[0]?.identifiers).toEqual([{ type: 'passport', value: '472310168', issuer: 'NORTH KOREA' }]);
  });

  test('CSV: groups the rows of one entity by Entity_LogicalId', async () => {
    const read = must((await readLists([put(tempDir(), 'eu.csv', CSV)]))[0]);
    expect(read.published).toBe('2026-02-27');
    expect(read.entries).toHaveLength(1);
    expect(read.entries[0]?.names.map((name) => name.value)).toEqual(['KIM YONG CHOL', 'Kim Yong-Chol']);
    expect(read.entries[0]?.nationalities).toEqual(['NORTH KOREA']);
  });

  test('CSV: a header without NameAlias_WholeName fails naming the column', async () => {
    const file = put(tempDir(), 'eu.csv', CSV.replace('NameAlias_WholeName', 'NameAlias_Whole'));
    await expect(readLists([file])).rejects.toThrow(/eu\.csv: line 1 \(header\): missing column "NameAlias_WholeName"/);
  });

  test('XML, the real file (15 April 2020): entries by EU reference with the logical id, names, birth dates, programme and the post a name is given with', async () => {
    const read = must((await readLists([EU_XML]))[0]);
    expect(read.published).toBe('2020-04-15');
    expect(read.entries.map((entry) => [entry.id, entry.otherIds, entry.programmes])).toEqual([
      ['EU.2026.82', ['5295'], ['TAQA']],
      ['EU.4011.64', ['5463'], ['PRK']],
      ['EU.4009.74', ['5468'], ['PRK']],
    ]);
    const [hammadou, han] = read.entries;
    expect(hammadou?.names.map((name) => [name.value, name.kind]).slice(0, 2)).toEqual([
      ['Abid Hammadou', 'primary'],
      ['Abdelhamid Abou Zeid', 'alias'],
    ]);
    // A birth date given as a day, and a year the list marks circa: kept as printed, not compared as a date.
    expect(hammadou?.born).toEqual(['1965-12-12']);
    expect(hammadou?.bornAsPrinted).toEqual(['circa 1958']);
    expect(hammadou?.nationalities).toEqual(['ALGERIA']);
    expect(han).toMatchObject({
      subject: 'person',
      names: [{ value: 'Yu-ro Han', kind: 'primary' }],
      remarks: ['Function: Director of Korea Ryongaksan General Trading Corporation'],
    });
  });
});
