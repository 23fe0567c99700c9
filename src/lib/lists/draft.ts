import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ORGANISATION_KINDS, WALLET_CHAINS, type OrganisationKind } from '~/lib/domain/vocabulary';
import { identifier as identifierSchema, SLUG_PATTERN } from '~/schemas/fields';
import { organisationSchema } from '~/schemas/organisation';
import { personSchema } from '~/schemas/person';
import { sourceSchema } from '~/schemas/source';
import { FORMAT_LABELS, LIST_FACTS, type ListEntry, type ListNameKind, type ListRead } from './model';

export interface DraftOptions {
  contentRoot: string;
  /** The file name (slug) to write; derived from the primary name when not given. */
  slug?: string;
  /** Organisations only: what sort of body it is (the lists do not say). */
  kind?: string;
  /** An existing content/sources entry to cite instead of writing one for the file. */
  sourceId?: string;
}

export interface DraftResult {
  file: string;
  /** The source entry written with the draft, if it was missing. */
  sourceFile?: string;
  sourceId: string;
  /** List values left out of the draft, each with why (an unknown wallet chain, a malformed address …). */
  leftOut: string[];
}

export class DraftError extends Error {}

/** A kebab-case slug of a name: "PARK, Jin Hyok" → "park-jin-hyok". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const NAME_KINDS: Record<ListNameKind, 'official' | 'alias' | 'variant'> = { primary: 'official', alias: 'alias', former: 'alias', variant: 'variant' };

/**
 * YAML for the front matter. Every scalar is written as a JSON string, which YAML reads as a
 * double-quoted string: dates stay strings (the schema refuses unquoted ones) and no value can
 * be read as another type.
 */
function yaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const body = yaml(item, `${indent}  `);
        return typeof item === 'object' && item !== null ? `${indent}- ${body.trimStart()}` : `${indent}- ${body}`;
      })
      .join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => (typeof item === 'object' && item !== null ? `${indent}${key}:\n${yaml(item, `${indent}  `)}` : `${indent}${key}: ${yaml(item)}`))
      .join('\n');
  }
  return JSON.stringify(value);
}

function findEntry(reads: readonly ListRead[], entryId: string): { entry: ListEntry; read: ListRead } {
  for (const read of reads) {
    const entry = read.entries.find((item) => item.id === entryId) ?? read.entries.find((item) => item.otherIds.includes(entryId));
    if (entry) return { entry, read };
  }
  throw new DraftError(
    `no entry with the id ${JSON.stringify(entryId)} in ${reads.flatMap((read) => read.files).join(', ')}; give the list's own id (OFAC UID, UN reference, EU reference, UK reference)`,
  );
}

const describeIssues = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`).join('; ');

/**
 * Writes a content entry (person or organisation) holding every value the list gives for one
 * entry, each citing the list file's source entry, after checking it with the site's own schemas.
 * Never overwrites a file.
 */
export function draftEntry(reads: readonly ListRead[], entryId: string, options: DraftOptions): DraftResult {
  const { entry, read } = findEntry(reads, entryId);
  const facts = LIST_FACTS[entry.list];
  if (entry.subject === 'other') throw new DraftError(`entry ${entry.id} is a vessel or aircraft; the site has entries for people and organisations only`);
  const collection = entry.subject === 'person' ? 'people' : 'organisations';
  const primary = entry.names.find((name) => name.kind === 'primary') ?? entry.names[0];
  const slug = options.slug ?? slugOf(primary?.value ?? '');
  if (!SLUG_PATTERN.test(slug)) throw new DraftError(`${JSON.stringify(slug)} is not a kebab-case id (like "kim-sang-man"); give one with --id`);
  const file = path.join(options.contentRoot, collection, `${slug}.md`);
  if (existsSync(file))
    throw new DraftError(`${file} already exists; the draft never overwrites an entry (give another --id, or edit the existing file by hand)`);

  let sourceId = options.sourceId;
  let source: Record<string, unknown> | undefined;
  if (sourceId) {
    if (!existsSync(path.join(options.contentRoot, 'sources', `${sourceId}.md`)))
      throw new DraftError(`--source ${sourceId}: no such entry in ${path.join(options.contentRoot, 'sources')}`);
  } else {
    if (!read.published) {
      throw new DraftError(
        `${read.files.join(', ')} states no publication date (${read.formats.map((format) => FORMAT_LABELS[format]).join(', ')}); give --source ID, the content/sources entry that describes this copy of the list`,
      );
    }
    sourceId = `${entry.list}-list-${read.published}`;
    source = {
      title: facts.title,
      publisher: facts.publisher,
      date: read.published,
      url: facts.url,
      type: 'primary',
      language: 'en',
      note: `Read as ${read.files.map((item) => path.basename(item)).join(', ')} (${read.formats.map((format) => FORMAT_LABELS[format]).join('; ')}), which states its publication date as ${read.published}.`,
    };
    const checked = sourceSchema.safeParse(source);
    if (!checked.success) throw new DraftError(`the source entry ${sourceId} would not pass the source schema: ${describeIssues(checked.error.issues)}`);
  }
  const sources = [sourceId];
  const leftOut: string[] = [];

  const names = entry.names.map((name) => ({
    value: name.value,
    script: name.script,
    kind: NAME_KINDS[name.kind],
    sources,
    ...(name.kind === 'former'
      ? { note: `formerly known as (f.k.a.), per the ${facts.name}` }
      : name.weak
        ? { note: `a weak alias, per the ${facts.name}` }
        : {}),
  }));

  const identifiers: Record<string, unknown>[] = [];
  for (const item of [{ type: facts.idType, value: entry.id }, ...entry.identifiers]) {
    const chain = 'chain' in item ? item.chain : undefined;
    if (item.type === 'wallet' && (!chain || !(WALLET_CHAINS as readonly string[]).includes(chain))) {
      leftOut.push(
        `wallet ${item.value}: chain ${JSON.stringify(chain ?? '')} is not one the site checks (${WALLET_CHAINS.join(', ')}); add its address format to src/lib/domain/vocabulary.ts first`,
      );
      continue;
    }
    const candidate = {
      type: item.type,
      value: item.value,
      ...(chain ? { chain } : {}),
      ...('issuer' in item && item.issuer ? { issuer: item.issuer } : {}),
      sources,
    };
    const checked = identifierSchema.safeParse(candidate);
    if (checked.success) identifiers.push(candidate);
    else leftOut.push(`${item.type} ${item.value}: ${describeIssues(checked.error.issues)}`);
  }

  let data: Record<string, unknown>;
  if (collection === 'people') {
    data = {
      names,
      ...(entry.born.length > 0 ? { born: entry.born.map((value) => ({ value, sources })) } : {}),
      ...(entry.birthplaces.length > 0 ? { birthplace: entry.birthplaces.map((value) => ({ value, sources })) } : {}),
      ...(entry.nationalities.length > 0 ? { nationality: entry.nationalities.map((value) => ({ value, sources })) } : {}),
      ...(identifiers.length > 0 ? { identifiers } : {}),
    };
    for (const printed of entry.bornAsPrinted) leftOut.push(`birth date "${printed}": not one date the schema takes (YYYY, YYYY-MM or YYYY-MM-DD)`);
    const checked = personSchema.safeParse(data);
    if (!checked.success) throw new DraftError(`the draft would not pass the person schema: ${describeIssues(checked.error.issues)}`);
  } else {
    if (!options.kind || !(ORGANISATION_KINDS as readonly string[]).includes(options.kind)) {
      throw new DraftError(`entry ${entry.id} is an organisation; the lists do not say what sort, so give --kind (one of ${ORGANISATION_KINDS.join(', ')})`);
    }
    const countries = [...new Set(entry.countries)];
    data = {
      names,
      kind: options.kind as OrganisationKind,
      ...(countries.length === 1 ? { country: countries[0] } : {}),
      ...(identifiers.length > 0 ? { identifiers } : {}),
    };
    if (countries.length > 1) leftOut.push(`country: the addresses are in ${countries.join(', ')}; set \`country\` by hand if one is the seat`);
    const checked = organisationSchema.safeParse(data);
    if (!checked.success) throw new DraftError(`the draft would not pass the organisation schema: ${describeIssues(checked.error.issues)}`);
  }

  let sourceFile: string | undefined;
  if (source) {
    sourceFile = path.join(options.contentRoot, 'sources', `${sourceId}.md`);
    if (existsSync(sourceFile)) sourceFile = undefined;
    else {
      mkdirSync(path.dirname(sourceFile), { recursive: true });
      writeFileSync(sourceFile, `---\n${yaml(source)}\n---\n`, { flag: 'wx' });
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `---\n${yaml(data)}\n---\n`, { flag: 'wx' });
  return { file, sourceId, leftOut, ...(sourceFile ? { sourceFile } : {}) };
}
