import { cell, columnsOf, readCsvRows } from './csv';
import { addBirthDate, addIdentifier, addName, addOnce, ListFileError, newEntry, type ListEntry, type ListIdentifier, type ListRead } from './model';
import type { Progress } from './read';
import { children, readXmlList, type XmlNode } from './xml';

/** The EU's identification type codes, in the site's identifier types. */
function identifierType(code: string): ListIdentifier['type'] {
  const lower = code.toLowerCase();
  if (lower.includes('passport')) return 'passport';
  if (lower === 'id' || lower.includes('national')) return 'national-id';
  if (lower.includes('regnumber') || lower.includes('registration')) return 'registration-number';
  if (lower.includes('email')) return 'email';
  if (lower.includes('website')) return 'website';
  return 'other';
}

const subjectOf = (code: string): ListEntry['subject'] => (/^(P|person)$/i.test(code) ? 'person' : /^(E|enterprise)$/i.test(code) ? 'organisation' : 'other');

/** EU dates come as dd/mm/yyyy in the CSV header line and as an ISO timestamp in the XML root. */
function isoDay(text: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (iso) return iso;
  const day = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  return day ? `${day[3]}-${day[2]}-${day[1]}` : undefined;
}

function euXmlEntry(file: string, node: XmlNode): ListEntry {
  const logicalId = node.attrs['logicalId'] ?? '';
  const reference = node.attrs['euReferenceNumber'] ?? '';
  if (!logicalId && !reference)
    throw new ListFileError(file, `line ${node.line}, <sanctionEntity>`, 'no euReferenceNumber or logicalId attribute; expected the entry id');
  const subjectType = children(node, 'subjectType')[0];
  const entry = newEntry(
    'eu',
    reference || logicalId,
    subjectOf(subjectType?.attrs['classificationCode'] ?? subjectType?.attrs['code'] ?? ''),
    `${file}: line ${node.line}`,
  );
  if (reference && logicalId) entry.otherIds.push(logicalId);
  addOnce(entry.otherIds, node.attrs['unitedNationId']);
  const aliases = children(node, 'nameAlias');
  if (aliases.length === 0) throw new ListFileError(file, `line ${node.line}, <sanctionEntity> ${entry.id}`, 'no <nameAlias>; expected at least one name');
  aliases.forEach((alias, index) => {
    const whole = alias.attrs['wholeName'] || [alias.attrs['firstName'], alias.attrs['middleName'], alias.attrs['lastName']].filter(Boolean).join(' ');
    addName(entry, whole, index === 0 ? 'primary' : 'alias', alias.attrs['strong'] === 'false');
    // The post the list gives with a name ("Director of …"): it ties an entry to its organisation.
    if (alias.attrs['function']) addOnce(entry.remarks, `Function: ${alias.attrs['function']}`);
  });
  for (const regulation of children(node, 'regulation')) addOnce(entry.programmes, regulation.attrs['programme']);
  for (const remark of children(node, 'remark')) addOnce(entry.remarks, remark.text);
  for (const birth of children(node, 'birthdate')) {
    const date = birth.attrs['birthdate'] || birth.attrs['year'];
    // A date the list gives as approximate ("circa") is kept as printed, never compared as a date.
    if (birth.attrs['circa'] === 'true' && date) addOnce(entry.bornAsPrinted, `circa ${date}`);
    else addBirthDate(entry, date);
  }
  for (const birth of children(node, 'birthdate'))
    addOnce(entry.birthplaces, [birth.attrs['city'], birth.attrs['countryDescription']].filter((part) => part && part !== 'UNKNOWN').join(', '));
  for (const citizen of children(node, 'citizenship')) addOnce(entry.nationalities, citizen.attrs['countryDescription']);
  for (const address of children(node, 'address')) addOnce(entry.countries, address.attrs['countryDescription']);
  for (const document of children(node, 'identification')) {
    const issuer = document.attrs['countryDescription'] ?? document.attrs['issuedBy'];
    addIdentifier(entry, {
      type: identifierType(document.attrs['identificationTypeCode'] ?? ''),
      value: document.attrs['number'] ?? '',
      ...(issuer && issuer !== 'UNKNOWN' ? { issuer } : {}),
    });
  }
  return entry;
}

/** Reads the EU's consolidated financial sanctions file in XML: every sanctionEntity. */
export const readEuXml = (file: string, progress?: Progress): Promise<ListRead> =>
  readXmlList(
    file,
    {
      list: 'eu',
      format: 'eu-xml',
      entries: ['sanctionEntity'],
      entryOf: (node) => euXmlEntry(file, node),
      published: { fromRoot: (root) => isoDay(root.attrs['generationDate'] ?? '') },
    },
    progress,
  );

const REQUIRED_EU_COLUMNS = ['Entity_LogicalId', 'Entity_SubjectType_ClassificationCode', 'NameAlias_WholeName'] as const;

/**
 * Reads the EU file in CSV (semicolon-separated): one row per name, address, birth date,
 * identification and citizenship of an entry, grouped by Entity_LogicalId.
 */
export async function readEuCsv(file: string, progress?: Progress): Promise<ListRead> {
  let columns: Map<string, number> | undefined;
  const byLogicalId = new Map<string, ListEntry>();
  let published: string | undefined;
  await readCsvRows(
    file,
    ';',
    (fields, line) => {
      if (!columns) {
        columns = columnsOf(file, fields, line, REQUIRED_EU_COLUMNS);
        return;
      }
      const known = columns;
      const get = (name: string) => cell(fields, known, name);
      const logicalId = get('Entity_LogicalId');
      if (!/^\d+$/.test(logicalId))
        throw new ListFileError(file, `line ${line}`, `Entity_LogicalId ${JSON.stringify(logicalId)}; expected the entry's logical id (digits)`);
      published ??= isoDay(get('fileGenerationDate'));
      let entry = byLogicalId.get(logicalId);
      if (!entry) {
        const reference = get('Entity_EU_ReferenceNumber');
        entry = newEntry('eu', reference || logicalId, subjectOf(get('Entity_SubjectType_ClassificationCode')), `${file}: line ${line}`);
        if (reference) entry.otherIds.push(logicalId);
        addOnce(entry.otherIds, get('Entity_UnitedNationId'));
        byLogicalId.set(logicalId, entry);
      }
      addName(entry, get('NameAlias_WholeName'), entry.names.length === 0 ? 'primary' : 'alias', get('NameAlias_Strong') === 'false');
      addOnce(entry.programmes, get('Entity_Regulation_Programme'));
      addOnce(entry.remarks, get('Entity_Remark'));
      if (get('NameAlias_Function')) addOnce(entry.remarks, `Function: ${get('NameAlias_Function')}`);
      addBirthDate(entry, get('BirthDate_BirthDate') || get('BirthDate_Year'));
      addOnce(entry.nationalities, get('Citizenship_CountryDescription'));
      addOnce(entry.countries, get('Address_CountryDescription'));
      const number = get('Identification_Number');
      const issuer = get('Identification_CountryDescription');
      if (number) addIdentifier(entry, { type: identifierType(get('Identification_TypeCode')), value: number, ...(issuer ? { issuer } : {}) });
    },
    progress,
  );
  if (!columns) throw new ListFileError(file, 'line 1', 'no header row; expected the EU header (fileGenerationDate;Entity_LogicalId;…)');
  return { list: 'eu', formats: ['eu-csv'], files: [file], ...(published ? { published } : {}), entries: [...byLogicalId.values()], warnings: [] };
}
