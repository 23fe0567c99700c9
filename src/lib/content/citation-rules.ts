import type { SourceData } from '~/schemas/source';
import { fieldPath } from './errors';

/** A fact may cite at most this many sources, unless the entry records a disagreement among them. */
export const MAX_SOURCES_PER_FACT = 4;

/**
 * Phrases that stand in for a value no source gave. A field no source states is left out and the
 * page says so; filler text would read as a fact.
 */
const PLACEHOLDER =
  /\bnot (?:named|stated|given|found|listed|known|identified|specified) in (?:the )?(?:retrieved|available|sources?|reports?|excerpts?)\b|\bin the sources we hold\b|\bretrieved (?:sources|reports|excerpts?)\b|\bto be (?:confirmed|determined)\b|\btbd\b|^(?:unknown|n\/?a|none|\?+)$/i;

/** The placeholder phrase a string holds, if any. */
export function placeholderIn(text: string): string | undefined {
  return PLACEHOLDER.exec(text.trim())?.[0];
}

/** Every `sources: [...]` list anywhere in an entry, with the path that leads to it. */
export function* sourceLists(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; ids: unknown[]; holder: unknown }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* sourceLists(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) yield { path: [...path, key], ids: child, holder: value };
      else yield* sourceLists(child, [...path, key]);
    }
  }
}

function* strings(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) yield* strings(child, [...path, key]);
}

interface EntryToCheck {
  file: string;
  data: object;
}

/**
 * The citation rules every entry must meet: at most four sources per fact unless a recorded
 * disagreement involves them, no placeholder text in a field, and `official` name forms backed
 * by a primary source. Returns one `file: field: value` line per problem.
 */
export function citationProblems(entry: EntryToCheck, sourceById: (id: string) => { data: SourceData } | undefined): string[] {
  const problems: string[] = [];
  const disputed = new Set<string>();
  const discrepancies = (entry.data as { discrepancies?: { claims: { sources: string[] }[] }[] }).discrepancies ?? [];
  for (const discrepancy of discrepancies) for (const claim of discrepancy.claims) for (const id of claim.sources) disputed.add(id);

  for (const { path, ids, holder } of sourceLists(entry.data)) {
    const field = fieldPath(path);
    if (path[0] !== 'discrepancies' && ids.length > MAX_SOURCES_PER_FACT && !ids.some((id) => disputed.has(String(id)))) {
      problems.push(
        `${entry.file}: ${field}: cites ${ids.length} sources; a fact cites at most ${MAX_SOURCES_PER_FACT} (the ones that state it, primary first) unless a \`discrepancies\` entry records a disagreement among them`,
      );
    }
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice !== undefined) problems.push(`${entry.file}: ${field}: cites ${JSON.stringify(twice)} twice`);
    const form = holder as { kind?: unknown; value?: unknown };
    if (form.kind === 'official' && !ids.some((id) => sourceById(String(id))?.data.type === 'primary')) {
      problems.push(
        `${entry.file}: ${fieldPath(path.slice(0, -1))}.kind: "official" on ${JSON.stringify(form.value)} cites no primary source; an official form is one an official list or release prints (else use "variant")`,
      );
    }
  }
  // One printed form is one fact with all its sources; two entries for it would show the name twice.
  const names = (entry.data as { names?: { value: string; script: string }[] }).names ?? [];
  names.forEach((name, index) => {
    const first = names.findIndex((other) => other.value === name.value && other.script === name.script);
    if (first !== index)
      problems.push(`${entry.file}: names[${index}].value: ${JSON.stringify(name.value)} is already names[${first}]; list its sources once, there`);
  });
  for (const { path, text } of strings(entry.data)) {
    if (path[0] === 'quote') continue;
    const phrase = placeholderIn(text);
    if (phrase !== undefined) {
      problems.push(`${entry.file}: ${fieldPath(path)}: ${JSON.stringify(phrase)} is placeholder text; leave the field out where no source states a value`);
    }
  }
  return problems;
}
