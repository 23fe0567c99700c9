import { addBirthDate, addIdentifier, addName, addOnce, ListFileError, newEntry, type ListEntry, type ListIdentifier, type ListRead } from './model';
import type { Progress } from './read';
import { child, children, descendants, readXmlRecords, textOf, type XmlNode } from './xml';

/** ID → text of each reference value set (AliasType, FeatureType, Country …) the parties point into. */
type Lookups = Map<string, Map<string, XmlNode>>;

const lookup = (lookups: Lookups, set: string, id: string | undefined) => (id === undefined ? undefined : lookups.get(set)?.get(id));
const lookupText = (lookups: Lookups, set: string, id: string | undefined) => lookup(lookups, set, id)?.text.trim() ?? '';

/**
 * A DatePeriod as a partial ISO date. The period runs from the Start's From to the End's To: one day
 * when they are the same day, a month or a year when they span exactly that month or year (OFAC
 * writes a birth year as 1 January to 31 December). Any other span is not one date: undefined, and
 * the caller keeps it as printed.
 */
function periodDate(period: XmlNode | undefined): { date: string } | { printed: string } | undefined {
  const start = child(period, 'Start');
  const end = child(period, 'End');
  const parts = (node: XmlNode | undefined) => ['Year', 'Month', 'Day'].map((name) => textOf(node, name));
  const from = parts(child(start, 'From'));
  const to = parts(child(end, 'To') ?? child(end, 'From') ?? child(start, 'To') ?? child(start, 'From'));
  const [year, month, day] = from;
  if (!year) return undefined;
  const pad = (text: string | undefined) => (text ?? '').padStart(2, '0');
  const iso = (date: (string | undefined)[]) => `${date[0]}-${pad(date[1])}-${pad(date[2])}`;
  if (from.every((part, index) => part === to[index])) return { date: iso(from) };
  const lastDay = to[0] && to[1] ? new Date(Date.UTC(Number(to[0]), Number(to[1]), 0)).getUTCDate() : undefined;
  if (year === to[0] && month === to[1] && Number(day) === 1 && Number(to[2]) === lastDay) return { date: `${year}-${pad(month)}` };
  if (year === to[0] && Number(month) === 1 && Number(day) === 1 && Number(to[1]) === 12 && Number(to[2]) === 31) return { date: year };
  return { printed: `between ${iso(from)} and ${iso(to)}` };
}

function documentType(printed: string): ListIdentifier['type'] {
  if (/passport/i.test(printed)) return 'passport';
  if (/national id|identification number|cedula/i.test(printed)) return 'national-id';
  if (/registration|company number/i.test(printed)) return 'registration-number';
  return 'other';
}

function partyEntry(file: string, party: XmlNode, lookups: Lookups, documents: Map<string, XmlNode[]>, countryOfLocation: (id: string) => string): ListEntry {
  const uid = party.attrs['FixedRef'];
  if (!uid) throw new ListFileError(file, `line ${party.line}, <DistinctParty>`, 'no FixedRef attribute; expected the OFAC UID');
  const profile = child(party, 'Profile');
  if (!profile) throw new ListFileError(file, `line ${party.line}, <DistinctParty FixedRef="${uid}">`, 'no <Profile>; expected the party profile');
  const subType = lookup(lookups, 'PartySubType', profile.attrs['PartySubTypeID']);
  const typeText = subType?.text.trim() === 'Unknown' ? lookupText(lookups, 'PartyType', subType.attrs['PartyTypeID']) : (subType?.text.trim() ?? '');
  const subject = /individual/i.test(typeText) ? 'person' : /vessel|aircraft/i.test(typeText) ? 'other' : 'organisation';
  const entry = newEntry('ofac', uid, subject, `${file}: line ${party.line}`);
  for (const identity of children(profile, 'Identity')) {
    for (const alias of children(identity, 'Alias')) {
      const type = lookupText(lookups, 'AliasType', alias.attrs['AliasTypeID']);
      const primary = alias.attrs['Primary'] === 'true';
      for (const name of children(alias, 'DocumentedName')) {
        const value = descendants(name, 'NamePartValue')
          .map((part) => part.text.trim())
          .join(' ');
        addName(entry, value, primary ? 'primary' : /f\.k\.a/i.test(type) ? 'former' : 'alias', alias.attrs['LowQuality'] === 'true');
      }
    }
    for (const document of documents.get(identity.attrs['ID'] ?? '') ?? []) {
      const issuer = lookupText(lookups, 'Country', document.attrs['IssuedBy-CountryID']);
      addIdentifier(entry, {
        type: documentType(lookupText(lookups, 'IDRegDocType', document.attrs['IDRegDocTypeID'])),
        value: textOf(document, 'IDRegistrationNo'),
        ...(issuer ? { issuer } : {}),
      });
    }
  }
  if (entry.names.length === 0)
    throw new ListFileError(file, `line ${party.line}, <DistinctParty FixedRef="${uid}">`, 'no <Alias><DocumentedName>; expected at least one name');
  for (const feature of children(profile, 'Feature')) {
    const type = lookupText(lookups, 'FeatureType', feature.attrs['FeatureTypeID']);
    for (const version of children(feature, 'FeatureVersion')) {
      const detail = textOf(version, 'VersionDetail');
      const location = child(version, 'VersionLocation')?.attrs['LocationID'];
      const place = location ? countryOfLocation(location) : '';
      const wallet = /^Digital Currency Address - (\w+)$/.exec(type);
      if (/^birthdate$/i.test(type)) {
        const period = periodDate(child(version, 'DatePeriod'));
        if (period && 'date' in period) addBirthDate(entry, period.date);
        else if (period) addOnce(entry.bornAsPrinted, period.printed);
      } else if (/^place of birth$/i.test(type)) addOnce(entry.birthplaces, detail || place);
      else if (/^(nationality|citizenship) country$/i.test(type)) addOnce(entry.nationalities, place || detail);
      else if (/^location$/i.test(type) && place) addOnce(entry.countries, place);
      else if (wallet) addIdentifier(entry, { type: 'wallet', value: detail, chain: wallet[1] ?? '' });
      else if (/^email address$/i.test(type)) addIdentifier(entry, { type: 'email', value: detail });
      else if (/^website$/i.test(type)) addIdentifier(entry, { type: 'website', value: detail });
      else if (/^phone number$/i.test(type)) addIdentifier(entry, { type: 'phone', value: detail });
      else if (detail || place) addOnce(entry.remarks, `${type}: ${detail || place}`);
    }
  }
  return entry;
}

/** The reference value sets the parser resolves IDs against. */
const REFERENCE_SETS = ['AliasType', 'FeatureType', 'PartySubType', 'PartyType', 'Country', 'IDRegDocType', 'SanctionsProgram'];

/**
 * Reads OFAC's SDN List in the advanced XML format (the "advanced sanctions data model"): parties
 * with their names, features (birth dates, nationalities, wallet addresses …) and documents, and
 * the programmes of their sanctions entries. The IDs they use are resolved against the file's own
 * reference value sets.
 */
export async function readOfacAdvanced(file: string, progress?: Progress): Promise<ListRead> {
  const lookups: Lookups = new Map(REFERENCE_SETS.map((set) => [set, new Map<string, XmlNode>()]));
  const locations = new Map<string, XmlNode>();
  const documents = new Map<string, XmlNode[]>();
  const parties: XmlNode[] = [];
  const programmesOfProfile = new Map<string, string[]>();
  const listNames = new Map<string, string>();
  const listsUsed = new Set<string>();
  let published: string | undefined;
  await readXmlRecords(
    file,
    {
      records: new Set(['DateOfIssue', 'ReferenceValueSets', 'Location', 'IDRegDocument', 'DistinctParty', 'SanctionsEntry']),
      onRecord: (node) => {
        if (node.name === 'DateOfIssue') {
          const [year, month, day] = ['Year', 'Month', 'Day'].map((name) => textOf(node, name));
          if (year)
            published = [year, month, day]
              .filter(Boolean)
              .map((part, index) => (index === 0 ? part : (part ?? '').padStart(2, '0')))
              .join('-');
        } else if (node.name === 'ReferenceValueSets') {
          for (const set of REFERENCE_SETS) for (const value of descendants(node, set)) if (value.attrs['ID']) lookups.get(set)?.set(value.attrs['ID'], value);
          for (const list of descendants(node, 'List')) if (list.attrs['ID']) listNames.set(list.attrs['ID'], list.text.trim());
        } else if (node.name === 'Location' && node.attrs['ID']) locations.set(node.attrs['ID'], node);
        else if (node.name === 'IDRegDocument') {
          const identity = node.attrs['IdentityID'] ?? '';
          documents.set(identity, [...(documents.get(identity) ?? []), node]);
        } else if (node.name === 'DistinctParty') parties.push(node);
        else if (node.name === 'SanctionsEntry') {
          const profile = node.attrs['ProfileID'] ?? '';
          if (node.attrs['ListID']) listsUsed.add(node.attrs['ListID']);
          const codes = programmesOfProfile.get(profile) ?? [];
          for (const measure of children(node, 'SanctionsMeasure')) addOnce(codes, textOf(measure, 'Comment'));
          programmesOfProfile.set(profile, codes);
        }
      },
    },
    progress,
  );
  if (!lookups.get('FeatureType')?.size && parties.length > 0) {
    throw new ListFileError(
      file,
      'line 1',
      'no <ReferenceValueSets> with FeatureType values before the parties; expected the reference value sets the advanced format starts with',
    );
  }
  const countryOfLocation = (id: string) => lookupText(lookups, 'Country', child(locations.get(id), 'LocationCountry')?.attrs['CountryID']);
  const entries = parties.map((party) => {
    const entry = partyEntry(file, party, lookups, documents, countryOfLocation);
    const profileId = child(party, 'Profile')?.attrs['ID'] ?? '';
    for (const code of programmesOfProfile.get(profileId) ?? []) addOnce(entry.programmes, code);
    return entry;
  });
  // OFAC publishes the same format for the SDN List and for its other lists together (CONS_ADVANCED.XML).
  const onLists = [...listsUsed].map((id) => listNames.get(id) ?? `list ${id}`).sort();
  // Only a file that names all its lists, none of them the SDN List, is known not to hold the SDN List.
  const notSdn = listsUsed.size > 0 && [...listsUsed].every((id) => listNames.has(id)) && !onLists.some((name) => /^SDN List$/i.test(name));
  return {
    list: 'ofac',
    formats: ['ofac-advanced-xml'],
    files: [file],
    ...(published ? { published } : {}),
    entries,
    ...(onLists.length > 0 ? { onLists } : {}),
    ...(notSdn ? { notWholeList: `the file holds OFAC's other lists (${onLists.join(', ')}), not the SDN List the site's OFAC UIDs are checked against` } : {}),
    warnings: [],
  };
}
