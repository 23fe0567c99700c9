import type { IdentifierType, Script } from '~/lib/domain/vocabulary';

/** The official lists the reconciler reads. */
export const LISTS = ['ofac', 'un', 'eu', 'uk'] as const;
export type ListKey = (typeof LISTS)[number];

/** Every file format the reconciler tells apart by content. */
export type ListFormat =
  'ofac-advanced-xml' | 'ofac-sdn-csv' | 'ofac-alt-csv' | 'ofac-add-csv' | 'ofac-comments-csv' | 'un-xml' | 'eu-xml' | 'eu-csv' | 'uk-csv' | 'uk-xml';

export const FORMAT_LABELS = {
  'ofac-advanced-xml': "OFAC advanced XML (the SDN List, or OFAC's other lists in CONS_ADVANCED.XML)",
  'ofac-sdn-csv': 'OFAC SDN List, legacy sdn.csv',
  'ofac-alt-csv': 'OFAC SDN List, legacy alt.csv',
  'ofac-add-csv': 'OFAC SDN List, legacy add.csv',
  'ofac-comments-csv': 'OFAC SDN List, legacy sdn_comments.csv',
  'un-xml': 'UN Security Council consolidated list, XML',
  'eu-xml': 'EU consolidated financial sanctions file, XML',
  'eu-csv': 'EU consolidated financial sanctions file, CSV',
  'uk-csv': 'UK Sanctions List, CSV',
  'uk-xml': 'UK Sanctions List, XML',
} as const satisfies Record<ListFormat, string>;

/**
 * What the site knows of each list: the identifier type that records an entry's own id there,
 * the publisher and title a source entry gives it, and the official address of the list. The
 * addresses are the ones the lists' publishers print (checked in stored copies of their pages).
 */
export const LIST_FACTS = {
  ofac: {
    name: 'OFAC SDN List',
    idType: 'ofac-uid',
    title: 'OFAC Specially Designated Nationals (SDN) List',
    publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
    url: 'https://sanctionslist.ofac.treas.gov/Home/static/sdn.html',
  },
  un: {
    name: 'UN Security Council consolidated list',
    idType: 'un-reference',
    title: 'United Nations Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    url: 'https://www.un.org/securitycouncil/sanctions/1718/materials',
  },
  eu: {
    name: 'EU consolidated financial sanctions list',
    idType: 'eu-reference',
    title: 'Consolidated list of persons, groups and entities subject to EU financial sanctions',
    publisher: 'European Commission',
    url: 'https://webgate.ec.europa.eu/fsd/fsf',
  },
  uk: {
    name: 'UK Sanctions List',
    idType: 'uk-reference',
    title: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth and Development Office',
    url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
  },
} as const satisfies Record<ListKey, { name: string; idType: IdentifierType; title: string; publisher: string; url: string }>;

/** How a list labels a name: its main name, another name (a.k.a.), a former name (f.k.a.), or a spelling of the main name. */
export type ListNameKind = 'primary' | 'alias' | 'former' | 'variant';

export interface ListName {
  value: string;
  kind: ListNameKind;
  script: Script;
  /** The list marks the alias as weak or low quality. */
  weak?: boolean;
}

export interface ListIdentifier {
  type: IdentifierType;
  value: string;
  /** Wallet addresses: the currency code as the list prints it (OFAC: XBT, ETH …). */
  chain?: string;
  /** Passports and ids: the issuing country as printed. */
  issuer?: string;
}

/** One entry of an official list, in the same shape whatever the format it was read from. */
export interface ListEntry {
  list: ListKey;
  /** The list's own id: OFAC UID, UN reference, EU reference (or logical id), UK reference. */
  id: string;
  /** Other ids of the same entry (the EU logical id, the UK OFSI group id, the UN reference a UK entry carries). */
  otherIds: string[];
  subject: 'person' | 'organisation' | 'other';
  names: ListName[];
  /** Birth dates as partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD). */
  born: string[];
  /** Birth dates as printed where they are not one date (ranges, "circa"). */
  bornAsPrinted: string[];
  birthplaces: string[];
  nationalities: string[];
  /** Countries of the entry's addresses. */
  countries: string[];
  identifiers: ListIdentifier[];
  programmes: string[];
  remarks: string[];
  /** Where the entry starts: "file: line N". */
  where: string;
}

/** Everything read from the files of one list. */
export interface ListRead {
  list: ListKey;
  formats: ListFormat[];
  files: string[];
  /** The publication date as the file states it (partial ISO), if it states one. */
  published?: string;
  entries: ListEntry[];
  /** The lists the file says its entries are on, where it names them (OFAC's advanced XML: SDN List, Consolidated List …). */
  onLists?: string[];
  /**
   * Why an id the site records cannot be looked for in this file, when the file is not the whole of
   * the list the site's ids belong to (OFAC's non-SDN consolidated file holds no SDN entry).
   */
  notWholeList?: string;
  /** Things the reader noticed but could not tie to an entry. */
  warnings: string[];
}

/** A file that cannot be read as the list it claims to be: names the file, the place and what was expected. */
export class ListFileError extends Error {
  constructor(
    readonly file: string,
    readonly place: string,
    readonly expected: string,
  ) {
    super(`${file}: ${place}: ${expected}`);
    this.name = 'ListFileError';
  }
}

export function newEntry(list: ListKey, id: string, subject: ListEntry['subject'], where: string): ListEntry {
  return {
    list,
    id,
    otherIds: [],
    subject,
    names: [],
    born: [],
    bornAsPrinted: [],
    birthplaces: [],
    nationalities: [],
    countries: [],
    identifiers: [],
    programmes: [],
    remarks: [],
    where,
  };
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u;

/** The writing system of a name, in the site's terms. */
export function scriptOf(value: string): Script {
  if (HANGUL.test(value)) return 'hangul';
  return LATIN_ONLY.test(value) ? 'latin' : 'other';
}

/** Adds a value once. */
export function addOnce(values: string[], value: string | undefined): void {
  const clean = value?.trim();
  if (clean && !values.includes(clean)) values.push(clean);
}

export function addName(entry: ListEntry, value: string | undefined, kind: ListNameKind, weak = false): void {
  const clean = value?.replace(/\s+/g, ' ').trim();
  if (!clean || entry.names.some((name) => name.value === clean)) return;
  entry.names.push({ value: clean, kind, script: scriptOf(clean), ...(weak ? { weak } : {}) });
}

export function addIdentifier(entry: ListEntry, identifier: ListIdentifier): void {
  const value = identifier.value.trim();
  if (!value || entry.identifiers.some((known) => known.type === identifier.type && known.value === value)) return;
  entry.identifiers.push({ ...identifier, value });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A printed birth date as a partial ISO date: "15 Aug 1984", "Aug 1984", "1984", "1984-08-15",
 * "15/08/1984", "00/00/1984" (UK: unknown day and month), or a range within one calendar year
 * ("01 Jan 1953 to 31 Dec 1953"). Anything else is not one date and gives undefined.
 */
export function partialDateOf(printed: string): string | undefined {
  const text = printed.trim();
  let match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (match) return text;
  match = /^(?:(\d{1,2}) )?([A-Za-z]{3})[a-z]* (\d{4})$/.exec(text);
  if (match?.[2] && match[3]) {
    const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
    if (month === 0) return undefined;
    return match[1] ? `${match[3]}-${pad(month)}-${pad(Number(match[1]))}` : `${match[3]}-${pad(month)}`;
  }
  match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (match?.[1] && match[2] && match[3]) {
    if (match[2] === '00') return match[3];
    return match[1] === '00' ? `${match[3]}-${match[2]}` : `${match[3]}-${match[2]}-${match[1]}`;
  }
  match = /^01 Jan (\d{4}) to 31 Dec (\d{4})$/.exec(text);
  if (match?.[1] && match[1] === match[2]) return match[1];
  return undefined;
}

export function addBirthDate(entry: ListEntry, printed: string | undefined): void {
  const text = printed?.trim();
  if (!text) return;
  const date = partialDateOf(text);
  if (date) addOnce(entry.born, date);
  else addOnce(entry.bornAsPrinted, text);
}
