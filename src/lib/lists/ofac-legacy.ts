import { readCsvRows } from './csv';
import { addBirthDate, addIdentifier, addName, addOnce, ListFileError, newEntry, type ListEntry, type ListFormat } from './model';
import type { Progress } from './read';

/** The columns of each legacy file, in order (they have no header row): OFAC's SDN data specification. */
const COLUMNS = {
  'ofac-sdn-csv': ['ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks'],
  'ofac-alt-csv': ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'],
  'ofac-add-csv': ['ent_num', 'add_num', 'address', 'city_state_zip', 'country', 'add_remarks'],
  'ofac-comments-csv': ['ent_num', 'remarks_extended'],
} as const;
export type OfacLegacyFormat = keyof typeof COLUMNS;

/** One row of a legacy file, with the file and line it came from. */
export interface OfacLegacyRow {
  fields: string[];
  where: string;
}

export interface OfacLegacyFile {
  format: OfacLegacyFormat;
  file: string;
  rows: OfacLegacyRow[];
}

/** OFAC writes -0- (with a trailing space) for an empty field. */
const value = (field: string | undefined) => {
  const text = (field ?? '').trim();
  return text === '-0-' ? '' : text;
};

/** Reads one legacy file; every row must have the file's number of columns. */
export async function readOfacLegacy(file: string, format: OfacLegacyFormat, progress?: Progress): Promise<OfacLegacyFile> {
  const columns = COLUMNS[format];
  const rows: OfacLegacyRow[] = [];
  await readCsvRows(
    file,
    ',',
    (fields, line) => {
      // The files end with a DOS end-of-file mark (Ctrl-Z) on a line of its own.
      if (fields.length === 1 && fields[0]?.trim() === '\x1a') return;
      if (fields.length !== columns.length) {
        throw new ListFileError(
          file,
          `line ${line}`,
          `${fields.length} field${fields.length === 1 ? '' : 's'}; expected ${columns.length} (${columns.join(', ')}) as in every row of ${format.replace('ofac-', '').replace('-csv', '')}.csv`,
        );
      }
      if (!/^\d+$/.test((fields[0] ?? '').trim()))
        throw new ListFileError(file, `line ${line}`, `ent_num ${JSON.stringify(fields[0])}; expected the entry number (digits)`);
      rows.push({ fields: fields.map((field) => field), where: `${file}: line ${line}` });
    },
    progress,
  );
  return { format, file, rows };
}

/** Splits OFAC remarks into their items ("DOB 15 Aug 1984; alt. DOB …; a.k.a. 'X'."). */
export function remarkItems(remarks: string): string[] {
  return remarks
    .replace(/\.\s*$/, '')
    .split(/;\s+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const ISSUED = /^(\S+)(?: \(([^)]+)\))?/;

/** Reads the items of OFAC remarks into the entry: dates, places, nationalities, documents, wallets, contact details and aliases. */
export function applyOfacRemarks(entry: ListEntry, remarks: string): void {
  for (const raw of remarkItems(remarks)) {
    const item = raw.replace(/^alt\. /, '');
    let match: RegExpExecArray | null;
    if ((match = /^DOB (.+)$/.exec(item))) addBirthDate(entry, match[1]);
    else if ((match = /^POB (.+)$/.exec(item))) addOnce(entry.birthplaces, match[1]);
    else if ((match = /^(?:nationality|citizen) (.+)$/.exec(item))) addOnce(entry.nationalities, match[1]);
    else if ((match = /^Digital Currency Address - ([A-Za-z0-9]+) (\S+)$/.exec(item)))
      addIdentifier(entry, { type: 'wallet', value: match[2] ?? '', chain: match[1] ?? '' });
    else if ((match = /^Passport (.+)$/.exec(item)) && (match = ISSUED.exec(match[1] ?? '')))
      addIdentifier(entry, { type: 'passport', value: match[1] ?? '', ...(match[2] ? { issuer: match[2] } : {}) });
    else if ((match = /^(?:National ID No\.|Identification Number) (.+)$/.exec(item)) && (match = ISSUED.exec(match[1] ?? '')))
      addIdentifier(entry, { type: 'national-id', value: match[1] ?? '', ...(match[2] ? { issuer: match[2] } : {}) });
    else if ((match = /^(?:Registration (?:ID|Number)|Business Registration Number|Company Number) (.+)$/.exec(item)) && (match = ISSUED.exec(match[1] ?? '')))
      addIdentifier(entry, { type: 'registration-number', value: match[1] ?? '', ...(match[2] ? { issuer: match[2] } : {}) });
    else if ((match = /^Email Address (\S+)$/.exec(item))) addIdentifier(entry, { type: 'email', value: match[1] ?? '' });
    else if ((match = /^Website (\S+)$/.exec(item))) addIdentifier(entry, { type: 'website', value: match[1] ?? '' });
    else if ((match = /^Phone Number (.+)$/.exec(item))) addIdentifier(entry, { type: 'phone', value: match[1] ?? '' });
    else if ((match = /^([afn])\.k\.a\. '(.+)'$/.exec(item))) addName(entry, match[2], match[1] === 'f' ? 'former' : 'alias');
    else entry.remarks.push(raw);
  }
}

/**
 * Builds entries from one legacy download: sdn.csv gives the entries, alt.csv their other names,
 * add.csv their address countries, and sdn_comments.csv the rest of remarks that sdn.csv cuts at
 * 1,000 characters (joined before the remarks are read, since the cut falls mid-word).
 */
export function ofacLegacyEntries(files: readonly OfacLegacyFile[], warnings: string[]): ListEntry[] {
  const [sdn, second] = files.filter((file) => file.format === 'ofac-sdn-csv');
  if (!sdn) {
    const first = files[0];
    throw new ListFileError(
      first?.file ?? '(no file)',
      'line 1',
      `an OFAC ${first?.format.replace('ofac-', '').replace('-csv', '') ?? 'legacy'}.csv only adds to sdn.csv; expected the sdn.csv of the same download too`,
    );
  }
  if (second) throw new ListFileError(second.file, 'line 1', `a second OFAC sdn.csv (the first is ${sdn.file}); expected one legacy set at a time`);
  const byNumber = new Map<string, { entry: ListEntry; remarks: string }>();
  for (const row of sdn.rows) {
    const [number = '', name, type, programme, title, , , , , , , remarks] = row.fields.map(value);
    const subject = type === 'individual' ? 'person' : type === 'vessel' || type === 'aircraft' ? 'other' : 'organisation';
    const entry = newEntry('ofac', number, subject, row.where);
    addName(entry, name, 'primary');
    for (const code of (programme ?? '').split(/\]\s*\[/)) addOnce(entry.programmes, code.replace(/[[\]]/g, ''));
    if (title) entry.remarks.push(`Title: ${title}`);
    // Kept untrimmed at the end: the 1,000-character cut can fall on a space the comments file does not repeat.
    const printed = row.fields[11] ?? '';
    byNumber.set(number, { entry, remarks: remarks ? printed.trimStart() : '' });
  }
  for (const file of files) {
    for (const row of file.rows) {
      const fields = row.fields.map(value);
      const found = byNumber.get(fields[0] ?? '');
      if (file.format === 'ofac-sdn-csv') continue;
      if (!found) {
        warnings.push(`${row.where}: entry ${fields[0]} is not in ${sdn.file} (files of different downloads?)`);
        continue;
      }
      if (file.format === 'ofac-alt-csv') addName(found.entry, fields[3], fields[2]?.toLowerCase() === 'fka' ? 'former' : 'alias');
      else if (file.format === 'ofac-add-csv') addOnce(found.entry.countries, fields[4]);
      else if (file.format === 'ofac-comments-csv') found.remarks += row.fields[1] ?? '';
    }
  }
  for (const { entry, remarks } of byNumber.values()) applyOfacRemarks(entry, remarks);
  return [...byNumber.values()].map(({ entry }) => entry);
}

export const isOfacLegacy = (format: ListFormat): format is OfacLegacyFormat => format in COLUMNS;
