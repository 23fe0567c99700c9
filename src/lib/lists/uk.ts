import { cell, columnsOf, readCsvRows } from './csv';
import { addBirthDate, addIdentifier, addName, addOnce, ListFileError, newEntry, type ListEntry, type ListNameKind, type ListRead } from './model';
import type { Progress } from './read';
import { descendants, readXmlList, textOf, type XmlNode } from './xml';

const subjectOf = (type: string): ListEntry['subject'] => (/^individual$/i.test(type) ? 'person' : /^entity$/i.test(type) ? 'organisation' : 'other');

function nameKind(type: string): ListNameKind {
  if (/^primary name$/i.test(type)) return 'primary';
  if (/variation/i.test(type)) return 'variant';
  return 'alias';
}

/** Names are surname (Name 6) first, as OFAC and the UN print Korean names, so the same name compares equal. */
const fullName = (parts: string[]) => [parts[5], ...parts.slice(0, 5)].filter(Boolean).join(' ');

/** The UK prints dates as dd/mm/yyyy, and the CSV's first line as "Report Date: 08-Oct-2026". */
function isoDay(text: string): string | undefined {
  let match = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  if (match) return `${match[3]}-${match[2]}-${match[1]}`;
  match = /(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(text);
  if (!match) return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf((match[2] ?? '').toLowerCase()) + 1;
  return month === 0 ? undefined : `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}

/** Several values of one field are joined with "|" in the UK files. */
const each = (text: string) =>
  text
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);

const REQUIRED_UK_COLUMNS = ['Unique ID', 'Name 6', 'Name type', 'Designation Type'] as const;

/** Reads the UK Sanctions List in CSV: one row per name of an entry, grouped by Unique ID. */
export async function readUkCsv(file: string, progress?: Progress): Promise<ListRead> {
  let columns: Map<string, number> | undefined;
  let published: string | undefined;
  const byId = new Map<string, ListEntry>();
  await readCsvRows(
    file,
    ',',
    (fields, line) => {
      if (!columns) {
        if (/^Report Date:/i.test(fields[0] ?? '')) {
          published = isoDay(fields[0] ?? '');
          return;
        }
        columns = columnsOf(file, fields, line, REQUIRED_UK_COLUMNS);
        return;
      }
      const known = columns;
      const get = (name: string) => cell(fields, known, name);
      const id = get('Unique ID');
      if (!id) throw new ListFileError(file, `line ${line}`, 'empty Unique ID; expected the UK reference (like "DPR0001")');
      let entry = byId.get(id);
      if (!entry) {
        entry = newEntry('uk', id, subjectOf(get('Designation Type')), `${file}: line ${line}`);
        addOnce(entry.otherIds, get('OFSI Group ID'));
        addOnce(entry.otherIds, get('UN Reference Number'));
        byId.set(id, entry);
      }
      const strength = get('Alias strength');
      addName(entry, fullName(['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'].map(get)), nameKind(get('Name type')), /weak|low/i.test(strength));
      addName(entry, get('Name non-latin script'), 'variant');
      addOnce(entry.programmes, get('Regime Name'));
      for (const date of each(get('D.O.B'))) addBirthDate(entry, isoDay(date) ?? date);
      for (const nationality of each(get('Nationality(/ies)'))) addOnce(entry.nationalities, nationality);
      addOnce(entry.birthplaces, [get('Town of birth'), get('Country of birth')].filter(Boolean).join(', '));
      addOnce(entry.countries, get('Address Country'));
      for (const passport of each(get('Passport number'))) addIdentifier(entry, { type: 'passport', value: passport });
      for (const id of each(get('National Identifier number'))) addIdentifier(entry, { type: 'national-id', value: id });
      for (const email of each(get('Email address'))) addIdentifier(entry, { type: 'email', value: email });
      for (const website of each(get('Website'))) addIdentifier(entry, { type: 'website', value: website });
      for (const phone of each(get('Phone number'))) addIdentifier(entry, { type: 'phone', value: phone });
      addOnce(entry.remarks, get('Other Information'));
      addOnce(entry.remarks, get('UK Statement of Reasons'));
    },
    progress,
  );
  if (!columns) throw new ListFileError(file, 'line 2', 'no header row; expected the UK Sanctions List header (Last Updated,Unique ID,…)');
  return { list: 'uk', formats: ['uk-csv'], files: [file], ...(published ? { published } : {}), entries: [...byId.values()], warnings: [] };
}

const texts = (node: XmlNode, name: string) => descendants(node, name).map((item) => item.text.trim());

function ukXmlEntry(file: string, node: XmlNode): ListEntry {
  const id = textOf(node, 'UniqueID');
  if (!id) throw new ListFileError(file, `line ${node.line}, <Designation>`, 'no <UniqueID>; expected the UK reference (like "DPR0001")');
  const entry = newEntry('uk', id, subjectOf(textOf(node, 'IndividualEntityShip')), `${file}: line ${node.line}`);
  addOnce(entry.otherIds, textOf(node, 'OFSIGroupID'));
  addOnce(entry.otherIds, textOf(node, 'UNReferenceNumber'));
  const names = descendants(node, 'Name');
  if (names.length === 0) throw new ListFileError(file, `line ${node.line}, <Designation> ${id}`, 'no <Names><Name>; expected at least one name');
  for (const name of names) {
    const parts = ['Name1', 'Name2', 'Name3', 'Name4', 'Name5', 'Name6'].map((part) => textOf(name, part));
    addName(entry, fullName(parts), nameKind(textOf(name, 'NameType')), /weak|low/i.test(textOf(name, 'AliasStrength')));
  }
  for (const value of texts(node, 'NameNonLatinScript')) addName(entry, value, 'variant');
  addOnce(entry.programmes, textOf(node, 'RegimeName'));
  for (const date of texts(node, 'DOB')) addBirthDate(entry, isoDay(date) ?? date);
  for (const value of texts(node, 'Nationality')) addOnce(entry.nationalities, value);
  for (const value of texts(node, 'AddressCountry')) addOnce(entry.countries, value);
  for (const value of texts(node, 'TownOfBirth')) addOnce(entry.birthplaces, value);
  for (const value of texts(node, 'PassportNumber')) addIdentifier(entry, { type: 'passport', value });
  for (const value of texts(node, 'NationalIdentifierNumber')) addIdentifier(entry, { type: 'national-id', value });
  for (const value of texts(node, 'EmailAddress')) addIdentifier(entry, { type: 'email', value });
  for (const value of texts(node, 'PhoneNumber')) addIdentifier(entry, { type: 'phone', value });
  for (const value of texts(node, 'Website')) addIdentifier(entry, { type: 'website', value });
  addOnce(entry.remarks, textOf(node, 'OtherInformation'));
  addOnce(entry.remarks, textOf(node, 'UKStatementofReasons'));
  return entry;
}

/** Reads the UK Sanctions List in XML: every Designation. */
export const readUkXml = (file: string, progress?: Progress): Promise<ListRead> =>
  readXmlList(
    file,
    {
      list: 'uk',
      format: 'uk-xml',
      entries: ['Designation'],
      entryOf: (node) => ukXmlEntry(file, node),
      published: { element: 'DateGenerated', date: (node) => isoDay(node.text) },
    },
    progress,
  );
