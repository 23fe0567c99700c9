import { LIST_FACTS, FORMAT_LABELS, type ListEntry, type ListKey, type ListRead } from './model';
import { identifierKey, nameKey, sortedWordsKey } from './normalise';
import type { SiteEntity } from './site';

export interface EntityRef {
  id: string;
  type: SiteEntity['type'];
  name: string;
  file: string;
}
export interface EntryRef {
  id: string;
  name: string;
  subject: ListEntry['subject'];
  where: string;
}
export interface Match {
  entity: EntityRef;
  entry: EntryRef;
  /** How the match was made: by the list id the site records, by a shared identifier, or by name. */
  by: 'list-id' | 'identifier' | 'name';
  reasons: string[];
}
export interface Lacking {
  entity: EntityRef;
  entry: EntryRef;
  field: 'name' | 'identifier' | 'wallet' | 'birth date' | 'nationality' | 'birthplace';
  value: string;
}
export interface Differing {
  entity: EntityRef;
  entry: EntryRef;
  field: string;
  site: string[];
  list: string[];
}
export interface Delisting {
  entity: EntityRef;
  idType: string;
  id: string;
}
export interface CyberTied {
  entry: EntryRef;
  reasons: string[];
}
export interface ListReport {
  list: ListKey;
  listName: string;
  formats: string[];
  files: string[];
  published?: string;
  entries: number;
  /** The lists the file says its entries are on, where it names them. */
  onLists?: string[];
  /** Why possible delistings were not worked out from this file (it is not the whole list). */
  notWholeList?: string;
  matches: Match[];
  lacking: Lacking[];
  differing: Differing[];
  delistings: Delisting[];
  cyberTied: CyberTied[];
  warnings: string[];
}

/**
 * Programme codes that tie an entry to cyber operations, crypto laundering or North Korea's
 * IT-worker and cyber units: OFAC's cyber programmes and the North Korea programmes under which
 * its cyber actors are listed (E.O. 13722, 13810, NKSPEA), the EU's cyber regime (CYB) and the
 * UK's Cyber regime.
 */
const CYBER_PROGRAMMES: Record<ListKey, RegExp> = {
  ofac: /^(?:CYBER\d*|DPRK3|DPRK4|DPRK-NKSPEA)$/,
  un: /^$/,
  eu: /^CYB$/,
  uk: /cyber/i,
};

/** Words in names and remarks that tie an entry to those activities or to the bodies above them. */
const CYBER_WORDS =
  /Lazarus|Reconnaissance General Bureau|\bRGB\b|\bIT workers?\b|information technology workers?|Bluenoroff|Andariel|Kimsuky|Korea Computer Center|Chosun Expo|Bureau 313|Munitions Industry Department|ransomware|hack(?:er|ing)|\bcyber|cryptocurrenc|virtual currenc|digital currency/gi;

const ref = (entity: SiteEntity): EntityRef => ({ id: entity.id, type: entity.type, name: entity.name, file: entity.file });
const entryRef = (entry: ListEntry): EntryRef => ({ id: entry.id, name: entry.names[0]?.value ?? '', subject: entry.subject, where: entry.where });

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Two partial dates agree if one is the other or a prefix of it (1984 agrees with 1984-08-15). */
const datesAgree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

const compatible = (entity: SiteEntity, entry: ListEntry) =>
  (entity.type === 'person' && entry.subject === 'person') || (entity.type === 'organisation' && entry.subject === 'organisation');

function cyberReasons(entry: ListEntry): string[] {
  const reasons: string[] = [];
  for (const code of entry.programmes) if (CYBER_PROGRAMMES[entry.list].test(code)) reasons.push(`programme ${code}`);
  const words = new Set<string>();
  for (const text of [...entry.names.map((name) => name.value), ...entry.remarks]) for (const [word] of text.matchAll(CYBER_WORDS)) words.add(word);
  if (words.size > 0) reasons.push(`names or remarks mention ${[...words].map((word) => JSON.stringify(word)).join(', ')}`);
  const wallets = entry.identifiers.filter((identifier) => identifier.type === 'wallet').length;
  if (wallets > 0) reasons.push(`lists ${wallets} digital currency address${wallets > 1 ? 'es' : ''}`);
  return reasons;
}

/** Compares one list with the site's people and organisations. */
export function reconcile(read: ListRead, entities: readonly SiteEntity[]): ListReport {
  const idType = LIST_FACTS[read.list].idType;
  const byId = new Map<string, ListEntry>();
  const byIdentifier = new Map<string, ListEntry[]>();
  const byName = new Map<string, ListEntry[]>();
  const byWords = new Map<string, ListEntry[]>();
  for (const entry of read.entries) {
    byId.set(entry.id, entry);
    for (const id of entry.otherIds) if (!byId.has(id)) byId.set(id, entry);
    for (const identifier of entry.identifiers) push(byIdentifier, `${identifier.type}:${identifierKey(identifier.type, identifier.value)}`, entry);
    for (const name of entry.names) {
      push(byName, nameKey(name.value), entry);
      push(byWords, sortedWordsKey(name.value), entry);
    }
  }

  const matches = new Map<string, Match>();
  const delistings: Delisting[] = [];
  const note = (entity: SiteEntity, entry: ListEntry, by: Match['by'], reason: string) => {
    const key = `${entity.type}:${entity.id}|${entry.id}`;
    const found = matches.get(key);
    if (!found) matches.set(key, { entity: ref(entity), entry: entryRef(entry), by, reasons: [reason] });
    else if (!found.reasons.includes(reason)) found.reasons.push(reason);
  };

  for (const entity of entities) {
    const recorded = entity.identifiers.filter((identifier) => identifier.type === idType);
    for (const { value } of recorded) {
      const entry = byId.get(value);
      if (entry) note(entity, entry, 'list-id', `the site records ${idType} ${value}`);
      else if (read.notWholeList === undefined) delistings.push({ entity: ref(entity), idType, id: value });
    }
    if (recorded.some(({ value }) => byId.has(value))) continue;
    for (const identifier of entity.identifiers) {
      if (identifier.type === idType) continue;
      for (const entry of byIdentifier.get(`${identifier.type}:${identifierKey(identifier.type, identifier.value)}`) ?? []) {
        if (compatible(entity, entry)) note(entity, entry, 'identifier', `same ${identifier.type} ${identifier.value}`);
      }
    }
    for (const name of entity.names) {
      const exact = byName.get(nameKey(name)) ?? [];
      for (const entry of exact) {
        if (!compatible(entity, entry)) continue;
        const listed = entry.names.find((item) => nameKey(item.value) === nameKey(name))?.value;
        note(entity, entry, 'name', `same name once case, spacing, hyphens and diacritics are set aside: site "${name}", list "${listed}"`);
      }
      for (const entry of byWords.get(sortedWordsKey(name)) ?? []) {
        if (!compatible(entity, entry) || exact.includes(entry)) continue;
        const listed = entry.names.find((item) => sortedWordsKey(item.value) === sortedWordsKey(name))?.value;
        note(entity, entry, 'name', `same words in another order: site "${name}", list "${listed}"`);
      }
    }
  }

  const entityOf = new Map(entities.map((entity) => [`${entity.type}:${entity.id}`, entity]));
  const entryOf = new Map(read.entries.map((entry) => [entry.id, entry]));
  const lacking: Lacking[] = [];
  const differing: Differing[] = [];
  for (const match of matches.values()) {
    const entity = entityOf.get(`${match.entity.type}:${match.entity.id}`);
    const entry = entryOf.get(match.entry.id);
    if (!entity || !entry) continue;
    // Birth dates weigh on a match made by name alone: say whether they agree.
    if (match.by === 'name' && entity.born.length > 0 && entry.born.length > 0) {
      const agreeing = entity.born.filter((date) => entry.born.some((listed) => datesAgree(date, listed)));
      match.reasons.push(agreeing.length > 0 ? `and the same birth date ${agreeing.join(', ')}` : 'but the birth dates differ (see below)');
    } else if (match.by === 'name') match.reasons.push('no birth date on both sides to compare');

    const siteNames = new Set(entity.names.map(nameKey));
    for (const name of entry.names)
      if (!siteNames.has(nameKey(name.value))) lacking.push({ entity: match.entity, entry: match.entry, field: 'name', value: `${name.value} (${name.kind})` });
    const siteIds = new Set(entity.identifiers.map((identifier) => `${identifier.type}:${identifierKey(identifier.type, identifier.value)}`));
    const listId = `${idType}:${identifierKey(idType, entry.id)}`;
    if (!siteIds.has(listId) && !entity.identifiers.some((identifier) => identifier.type === idType)) {
      lacking.push({ entity: match.entity, entry: match.entry, field: 'identifier', value: `${idType} ${entry.id}` });
    }
    for (const identifier of entry.identifiers) {
      const key = `${identifier.type}:${identifierKey(identifier.type, identifier.value)}`;
      if (siteIds.has(key)) {
        const site = entity.identifiers.find((item) => `${item.type}:${identifierKey(item.type, item.value)}` === key);
        if (identifier.chain && site?.chain && site.chain !== identifier.chain) {
          differing.push({ entity: match.entity, entry: match.entry, field: `chain of ${identifier.value}`, site: [site.chain], list: [identifier.chain] });
        }
        continue;
      }
      const shown = `${identifier.type === 'wallet' ? `${identifier.chain ?? '?'} ` : `${identifier.type} `}${identifier.value}${identifier.issuer ? ` (${identifier.issuer})` : ''}`;
      lacking.push({ entity: match.entity, entry: match.entry, field: identifier.type === 'wallet' ? 'wallet' : 'identifier', value: shown });
    }
    for (const date of entry.born)
      if (!entity.born.includes(date)) lacking.push({ entity: match.entity, entry: match.entry, field: 'birth date', value: date });
    if (entity.type === 'person') {
      const siteNationalities = new Set(entity.nationalities.map((value) => value.toLowerCase()));
      for (const value of entry.nationalities)
        if (!siteNationalities.has(value.toLowerCase())) lacking.push({ entity: match.entity, entry: match.entry, field: 'nationality', value });
    }
    const unmatchedSiteDates = entity.born.filter((date) => !entry.born.some((listed) => datesAgree(date, listed)));
    if (entry.born.length > 0 && unmatchedSiteDates.length > 0)
      differing.push({ entity: match.entity, entry: match.entry, field: 'birth date', site: entity.born, list: entry.born });
    const recorded = entity.identifiers.filter((identifier) => identifier.type === idType).map((identifier) => identifier.value);
    if (recorded.length > 0 && !recorded.includes(entry.id) && !entry.otherIds.some((id) => recorded.includes(id))) {
      differing.push({ entity: match.entity, entry: match.entry, field: idType, site: recorded, list: [entry.id] });
    }
  }

  const matchedEntries = new Set([...matches.values()].map((match) => match.entry.id));
  const cyberTied: CyberTied[] = [];
  for (const entry of read.entries) {
    if (matchedEntries.has(entry.id)) continue;
    const reasons = cyberReasons(entry);
    if (reasons.length > 0) cyberTied.push({ entry: entryRef(entry), reasons });
  }

  return {
    list: read.list,
    listName: LIST_FACTS[read.list].name,
    formats: read.formats.map((format) => FORMAT_LABELS[format]),
    files: read.files,
    ...(read.published ? { published: read.published } : {}),
    entries: read.entries.length,
    ...(read.onLists ? { onLists: read.onLists } : {}),
    ...(read.notWholeList ? { notWholeList: read.notWholeList } : {}),
    matches: [...matches.values()].sort((a, b) => a.entity.id.localeCompare(b.entity.id) || a.entry.id.localeCompare(b.entry.id)),
    lacking,
    differing,
    delistings,
    cyberTied,
    warnings: read.warnings,
  };
}
