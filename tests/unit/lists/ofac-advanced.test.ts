import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { reconcile } from '~/lib/lists/reconcile';
import { reportMarkdown } from '~/lib/lists/render';
import { put, tempDir, must, OFAC_CONS_ADVANCED } from './support';

// The real excerpt (OFAC_CONS_ADVANCED) is of OFAC's other lists in this format (CONS_ADVANCED.XML,
// 17 March 2020): no readable copy of the SDN List's own file was found. This document is built from
// the published structure of the format (advanced_xml.xsd: reference value sets, DistinctParty,
// IDRegDocuments, SanctionsEntries); it is not an excerpt of the list. Its values are those the
// legacy sdn.csv fixture prints for entry 24918, so the two formats can be compared.
const ADVANCED = `<?xml version="1.0" encoding="utf-8"?>
<Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML">
  <DateOfIssue><Year>2024</Year><Month>5</Month><Day>3</Day></DateOfIssue>
  <ReferenceValueSets>
    <AliasTypeValues><AliasType ID="1400">A.K.A.</AliasType><AliasType ID="1403">Name</AliasType></AliasTypeValues>
    <CountryValues><Country ID="11079">Korea, North</Country></CountryValues>
    <FeatureTypeValues><FeatureType ID="8">Birthdate</FeatureType><FeatureType ID="345">Digital Currency Address - ETH</FeatureType></FeatureTypeValues>
    <IDRegDocTypeValues><IDRegDocType ID="1571">Passport</IDRegDocType></IDRegDocTypeValues>
    <PartySubTypeValues><PartySubType ID="3" PartyTypeID="2">Unknown</PartySubType><PartySubType ID="4" PartyTypeID="1">Unknown</PartySubType></PartySubTypeValues>
    <PartyTypeValues><PartyType ID="1">Individual</PartyType><PartyType ID="2">Entity</PartyType></PartyTypeValues>
  </ReferenceValueSets>
  <IDRegDocuments>
    <IDRegDocument ID="1" IDRegDocTypeID="1571" IdentityID="100" IssuedBy-CountryID="11079"><IDRegistrationNo>290333974</IDRegistrationNo></IDRegDocument>
  </IDRegDocuments>
  <DistinctParties>
    <DistinctParty FixedRef="24918">
      <Profile ID="24918" PartySubTypeID="4">
        <Identity ID="100" FixedRef="24918" Primary="true" False="false">
          <Alias FixedRef="24918" AliasTypeID="1403" Primary="true" LowQuality="false">
            <DocumentedName><DocumentedNamePart><NamePartValue>PARK</NamePartValue></DocumentedNamePart><DocumentedNamePart><NamePartValue>Jin Hyok</NamePartValue></DocumentedNamePart></DocumentedName>
          </Alias>
          <Alias FixedRef="24918" AliasTypeID="1400" Primary="false" LowQuality="false">
            <DocumentedName><DocumentedNamePart><NamePartValue>PAK</NamePartValue></DocumentedNamePart><DocumentedNamePart><NamePartValue>Jin Hek</NamePartValue></DocumentedNamePart></DocumentedName>
          </Alias>
        </Identity>
        <Feature ID="1" FeatureTypeID="8">
          <FeatureVersion ID="1"><DatePeriod><Start><From><Year>1984</Year><Month>8</Month><Day>15</Day></From><To><Year>1984</Year><Month>8</Month><Day>15</Day></To></Start></DatePeriod></FeatureVersion>
        </Feature>
      </Profile>
    </DistinctParty>
  </DistinctParties>
  <SanctionsEntries>
    <SanctionsEntry ID="1" ProfileID="24918" ListID="1550"><SanctionsMeasure ID="1" SanctionsTypeID="1"><Comment>DPRK3</Comment></SanctionsMeasure></SanctionsEntry>
  </SanctionsEntries>
</Sanctions>
`;

describe('OFAC advanced XML', () => {
  test('resolves names, documents, features and programmes against the reference value sets', async () => {
    const file = put(tempDir(), 'sdn_advanced.xml', ADVANCED);
    const read = must((await readLists([file]))[0]);
    expect(read.published).toBe('2024-05-03');
    const park = must(read.entries[0]);
    expect(park).toMatchObject({ id: '24918', subject: 'person', born: ['1984-08-15'], programmes: ['DPRK3'] });
    expect(park?.names.map((name) => [name.value, name.kind])).toEqual([
      ['PARK Jin Hyok', 'primary'],
      ['PAK Jin Hek', 'alias'],
    ]);
    expect(park?.identifiers).toEqual([{ type: 'passport', value: '290333974', issuer: 'Korea, North' }]);
  });

  test('refuses parties whose reference value sets are missing', async () => {
    const file = put(tempDir(), 'sdn_advanced.xml', ADVANCED.replace(/<FeatureTypeValues>.*<\/FeatureTypeValues>/, ''));
    await expect(readLists([file])).rejects.toThrow(/sdn_advanced\.xml: line 1: no <ReferenceValueSets> with FeatureType values/);
  });

  test('the real file (CONS_ADVANCED.XML): parties, names, a birth year written as a year-long period, documents, countries and programmes', async () => {
    const read = must((await readLists([OFAC_CONS_ADVANCED]))[0]);
    expect(read.published).toBe('2020-03-17');
    expect(read.entries.map((entry) => [entry.id, entry.subject])).toEqual([
      ['9643', 'person'],
      ['17022', 'organisation'],
      ['18267', 'organisation'],
    ]);
    const [mansour, rosneft, orenburgneft] = read.entries;
    // The file gives 1 January to 31 December 1967: the year, not 1 January.
    expect(mansour).toMatchObject({
      names: [{ value: 'MANSOUR Yasser Daoud', kind: 'primary' }],
      born: ['1967'],
      birthplaces: ['Nablus, West Bank'],
      programmes: ['NS-PLC'],
    });
    expect(rosneft?.names[0]).toMatchObject({ value: 'Open Joint-Stock Company Rosneft Oil Company', kind: 'primary' });
    expect(rosneft?.identifiers).toContainEqual({ type: 'registration-number', value: '1027700043502', issuer: 'Russia' });
    expect(rosneft).toMatchObject({ countries: ['Russia'], programmes: ['UKRAINE-EO13662'] });
    expect(orenburgneft?.identifiers).toContainEqual({ type: 'email', value: 'orenburgneft@rosneft.ru' });
  });

  test('a file of OFAC’s other lists names them, and no SDN entry missing from it is called a possible delisting', async () => {
    const read = must((await readLists([OFAC_CONS_ADVANCED]))[0]);
    expect(read.onLists).toEqual(['Consolidated List', 'Non-SDN Palestinian Legislative Council List', 'Sectoral Sanctions Identifications List']);
    const park = {
      id: 'park',
      type: 'person' as const,
      file: 'content/people/park.md',
      name: 'Park',
      names: ['Park'],
      born: [],
      nationalities: [],
      identifiers: [{ type: 'ofac-uid', value: '24918' }],
    };
    const report = reconcile(read, [park]);
    expect(report.delistings).toEqual([]);
    expect(reportMarkdown([report])).toContain("Not worked out: the file holds OFAC's other lists (Consolidated List, ");
    // The SDN List's own file does call a missing UID a possible delisting.
    const sdn = must((await readLists([put(tempDir(), 'sdn.xml', ADVANCED)]))[0]);
    expect(reconcile(sdn, [{ ...park, identifiers: [{ type: 'ofac-uid', value: '1' }] }]).delistings).toHaveLength(1);
  });
});
