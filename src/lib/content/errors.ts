import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';

/** Bad content: the message names the file, the field and the value, so an author can fix it at once. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** The nearest candidate to a mistyped word, if it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(word, list);
  const tolerance = Math.max(2, Math.floor(word.length / 4));
  return distance(word, best) <= tolerance ? best : undefined;
}

export function hint(word: string, candidates: Iterable<string>): string {
  const suggestion = didYouMean(word, candidates);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}

/** Renders a path such as ['designees', 2, 'person'] as designees[2].person. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

export function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One line per schema problem: `file: field: what is wrong with the value`. */
export function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue, knownKeys: readonly string[]): string {
  const value = valueAt(data, issue.path);
  const where = (path: readonly PropertyKey[]) => `${file}: ${path.length ? fieldPath(path) : '(front matter)'}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => `${where([...issue.path, key])}: unknown key ${show(key)}${issue.path.length === 0 ? hint(key, knownKeys) : ''}`)
        .join('\n');
    case 'invalid_type':
      return value === undefined
        ? `${where(issue.path)}: required field is missing`
        : `${where(issue.path)}: ${show(value)} should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => show(v)).join(', ');
      return value === undefined
        ? `${where(issue.path)}: required field is missing (one of ${allowed})`
        : `${where(issue.path)}: ${show(value)} is not one of ${allowed}`;
    }
    case 'too_small':
      return `${where(issue.path)}: ${issue.message}${Array.isArray(value) ? '' : ` (got ${show(value)})`}`;
    case 'custom':
    case 'invalid_format':
      return `${where(issue.path)}: ${issue.message}`;
    default:
      return `${where(issue.path)}: ${show(value)}: ${issue.message}`;
  }
}

/**
 * Every unquoted date YAML turned into a Date, with the text the author wrote: YAML rolls an
 * impossible `2023-12-32` over to 2024-01-01, and the message must show what was written.
 */
export function writtenDates(data: unknown, frontMatterText: string): Map<string, string> {
  const written = new Map<string, string>();
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (value instanceof Date) {
      const key = String(path.findLast((part) => typeof part === 'string') ?? '');
      const pattern = new RegExp(`^[\\s-]*${key.replace(/[^\w-]/g, '')}\\s*:\\s*(\\d{4}-\\d{1,2}-\\d{1,2})\\s*$`, 'gm');
      for (const [, text = ''] of frontMatterText.matchAll(pattern)) {
        const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
        if (Date.UTC(year, month - 1, day) === value.getTime()) {
          written.set(fieldPath(path), text);
          break;
        }
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  visit(data, []);
  return written;
}

/** Checks one entry's front matter against its schema; throws a ContentError listing every problem. */
export function assertMatchesSchema<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  data: unknown,
  written: ReadonlyMap<string, string> = new Map(),
): z.output<Schema> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const knownKeys = 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];
  const describe = (issue: z.core.$ZodIssue) => {
    const value = valueAt(data, issue.path);
    const text = written.get(fieldPath(issue.path));
    if (!(value instanceof Date) || text === undefined || text === value.toISOString().slice(0, 10)) return describeIssue(file, data, issue, knownKeys);
    return `${file}: ${fieldPath(issue.path)}: ${text} is not a real calendar date (unquoted, YAML read it as ${value.toISOString().slice(0, 10)}); write a real date in quotes`;
  };
  throw new ContentError(result.error.issues.map(describe).join('\n'));
}
