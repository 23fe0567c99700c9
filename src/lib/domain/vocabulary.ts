/**
 * The closed sets of the domain, each in one place. Schemas, chart colours, CSV notes, exports,
 * the benchmark generator and the labels in the dictionary (src/i18n) derive from these; every map
 * over a set is written with `satisfies Record<Member, …>`, so a new member fails the type check
 * wherever it is not handled.
 */

export const JURISDICTIONS = ['KR', 'US', 'UN', 'EU', 'GB', 'JP', 'AU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface JurisdictionFacts {
  /** Decorative only, always shown beside the code. */
  flag: string;
  /** Tailwind fill class of its colour in charts (defined in global.css). */
  fill: string;
}

/** Names and authorities of each jurisdiction are interface text: see `jurisdiction` and `authorities` in src/i18n. */
export const jurisdictions = {
  KR: { flag: '🇰🇷', fill: 'fill-j-kr' },
  US: { flag: '🇺🇸', fill: 'fill-j-us' },
  UN: { flag: '🇺🇳', fill: 'fill-j-un' },
  EU: { flag: '🇪🇺', fill: 'fill-j-eu' },
  GB: { flag: '🇬🇧', fill: 'fill-j-gb' },
  JP: { flag: '🇯🇵', fill: 'fill-j-jp' },
  AU: { flag: '🇦🇺', fill: 'fill-j-au' },
} as const satisfies Record<Jurisdiction, JurisdictionFacts>;

/** "KR, US, … or AU": a closed set as a sentence names it, for schema descriptions (author-facing). */
export function oneOf(members: readonly string[]): string {
  return members.length < 2 ? members.join('') : `${members.slice(0, -1).join(', ')} or ${members.at(-1)}`;
}

export const ACTION_KINDS = ['designation', 'amendment', 'delisting'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** What the date of a designation is: the day announced, the day it took effect (a source gives another day), or the day it carried another jurisdiction's listings over. */
export const DESIGNATION_DATE_KINDS = ['announced', 'effective', 'carried-over'] as const;
export type DesignationDateKind = (typeof DESIGNATION_DATE_KINDS)[number];

export const ORGANISATION_KINDS = ['state-body', 'military-unit', 'hacking-group', 'company', 'front-company', 'bank', 'crypto-service', 'school'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const IDENTIFIER_TYPES = [
  'passport',
  'national-id',
  'wallet',
  'email',
  'phone',
  'website',
  'un-reference',
  'ofac-uid',
  'eu-reference',
  'uk-reference',
  'registration-number',
  'other',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

/** Identifiers with one published shape: a typo in a list reference would silently break matching against the list. */
export const identifierShapes = {
  'ofac-uid': { pattern: /^\d+$/, shape: 'an OFAC UID (digits only, like "24979")' },
  'uk-reference': { pattern: /^[A-Z]{3}\d{4}$/, shape: 'a UK sanctions list reference (like "DPR0001" or "CYB0001")' },
  'un-reference': { pattern: /^[A-Z]{2}[ei]\.\d{3}$/, shape: 'a UN reference (like "KPe.054")' },
  email: { pattern: /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/, shape: 'one email address (list each address separately)' },
} as const satisfies Partial<Record<IdentifierType, { pattern: RegExp; shape: string }>>;

/**
 * Where a reader finds an entity's entry on an official list from the list's own id. OFAC and the UK
 * have a page per entry; the UN and EU lists do not, so their id links to the list to search it in.
 */
export const listEntryLinks = {
  'ofac-uid': (value: string) => `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${encodeURIComponent(value)}`,
  'uk-reference': (value: string, subject: 'person' | 'organisation') =>
    `https://search-uk-sanctions-list.service.gov.uk/designations/${encodeURIComponent(value)}/${subject === 'person' ? 'Individual' : 'Entity'}`,
  'un-reference': () => 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
  'eu-reference': () => 'https://webgate.ec.europa.eu/fsd/fsf',
} as const satisfies Partial<Record<IdentifierType, (value: string, subject: 'person' | 'organisation') => string>>;
export type ListIdentifierType = keyof typeof listEntryLinks;
export const isListIdentifier = (type: IdentifierType): type is ListIdentifierType => type in listEntryLinks;

/** Wallet chains as OFAC codes them, each with the address format the schema checks. */
export const walletFormats = {
  ETH: /^0x[0-9a-fA-F]{40}$/,
  ARB: /^0x[0-9a-fA-F]{40}$/,
  BSC: /^0x[0-9a-fA-F]{40}$/,
  USDT: /^(?:0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})$/,
  USDC: /^0x[0-9a-fA-F]{40}$/,
  TRX: /^T[1-9A-HJ-NP-Za-km-z]{33}$/,
  XBT: /^(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,71})$/,
  LTC: /^(?:[LM3][1-9A-HJ-NP-Za-km-z]{26,33}|ltc1[02-9ac-hj-np-z]{11,71})$/,
  BCH: /^(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bitcoincash:)?[qp][02-9ac-hj-np-z]{41})$/,
} as const;
export type WalletChain = keyof typeof walletFormats;
export const WALLET_CHAINS = Object.keys(walletFormats) as [WalletChain, ...WalletChain[]];

export const NAME_KINDS = ['official', 'variant', 'alias', 'industry'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const SCRIPTS = ['latin', 'hangul', 'other'] as const;
export type Script = (typeof SCRIPTS)[number];

export const CONFIDENCE_LEVELS = ['confirmed', 'reported', 'uncertain'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const SOURCE_TYPES = ['primary', 'secondary'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** What an incident was: the kinds of theft or attack that governments and investigators tie to North Korean operators. */
export const INCIDENT_KINDS = ['crypto-theft', 'bank-heist', 'ransomware', 'destructive-attack', 'supply-chain-compromise', 'espionage'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Who attributed an incident: a government agency, the UN Panel of Experts, a company or an independent researcher (shown apart). */
export const ATTRIBUTION_KINDS = ['government', 'un-panel', 'company', 'researcher'] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

/** The kinds of page search finds, as its type filter names them. */
export const SEARCH_TYPES = ['Person', 'Organisation', 'Action', 'Incident'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
/** The kinds with a date of their own: only their pages carry the "newest first" sort key. */
export const DATED_SEARCH_TYPES: readonly SearchType[] = ['Action', 'Incident'];
