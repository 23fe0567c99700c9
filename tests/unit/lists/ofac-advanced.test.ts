import { describe, expect, test } from 'vitest';
import { readLists } from '~/lib/lists/load';
import { put, tempDir, must } from './support';

// No copy of OFAC's advanced XML was found to cut a fixture from. This document is built from the
// published structure of the format (advanced_xml.xsd: reference value sets, DistinctParty,
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
});
