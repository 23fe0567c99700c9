import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en } from '~/i18n/en';
import { ko } from '~/i18n/ko';
import { ACTION_KINDS, DESIGNATION_DATE_KINDS, JURISDICTIONS } from '~/lib/domain/vocabulary';

// The Korean dictionary: the same shape as the English one, the glossary's terms, and nothing left in English.

/** The shape of a dictionary value: functions by their number of parameters, arrays by length. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `function(${value.length})`;
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, shape(member)]));
  return typeof value;
}

/** Every leaf of a dictionary, by its dotted path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && typeof value !== 'function')
    return Object.entries(value).flatMap(([key, member]) => leaves(member, path ? `${path}.${key}` : key));
  return [[path, value]];
}

const at = (dictionary: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), dictionary);

// The glossary's tables, by section: one record per row, keyed by the header cells.
const glossary = readFileSync(new URL('../../src/i18n/glossary.ko.md', import.meta.url), 'utf8');
const sections = new Map(
  glossary
    .split(/^## /m)
    .slice(1)
    .map((section) => [section.slice(0, section.indexOf('\n')).trim(), section] as const),
);
function table(heading: string): Record<string, string>[] {
  const section = sections.get(heading);
  if (section === undefined) throw new Error(`glossary.ko.md has no section "${heading}"`);
  const rows = section
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  const [header = [], , ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}
/** English term → Korean term of a two-language table. */
const terms = (heading: string) => new Map(table(heading).map((row) => [row['English'] ?? '', row['한국어'] ?? '']));
const term = (map: Map<string, string>, english: string) => {
  const korean = map.get(english);
  if (!korean) throw new Error(`glossary.ko.md has no term for "${english}"`);
  return korean;
};
const sanctions = terms('Sanctions');
const cyber = terms('Cyber operations');
const jurisdictionRows = new Map(table('Jurisdictions and authorities').map((row) => [row['Code'] ?? '', row]));

describe('the Korean dictionary has the shape of the English one', () => {
  test('every key of en, recursively, with functions of the same number of parameters', () => {
    expect(shape(ko)).toEqual(shape(en));
  });

  test('the language tag and the site name are Korean; the English site name is nowhere', () => {
    expect(ko.lang).toBe('ko');
    expect(ko.site.name).toBe('북한 사이버 제재 추적기');
    expect(ko.citation.author).toBe(ko.site.name);
    const texts = leaves(ko).flatMap(([path, value]) => (typeof value === 'function' ? outputs(path, value) : [String(value)]));
    expect(texts.filter((text) => text.includes(en.site.name))).toEqual([]);
  });
});

describe('the domain vocabulary follows glossary.ko.md', () => {
  test('jurisdiction names and authorities', () => {
    for (const code of JURISDICTIONS) {
      const row = jurisdictionRows.get(code);
      expect(row, `glossary row for ${code}`).toBeDefined();
      expect(ko.jurisdiction[code], code).toBe(row?.['한국어']);
      expect(ko.authorities[code], code).toBe(row?.['Authorities']);
    }
  });

  test('action kinds, wherever the dictionary labels them', () => {
    for (const kind of ACTION_KINDS) {
      const korean = term(sanctions, kind);
      expect(ko.actionKind[kind]).toBe(korean);
      expect(ko.actionKindWord[kind]).toBe(korean);
      expect(ko.swimlane.legend.kinds[kind]).toBe(korean);
    }
  });

  test('what a designation date is, and "not designated"', () => {
    const english = { announced: 'announced (date)', effective: 'effective (date)', 'carried-over': 'carried over (listing)' } as const;
    for (const kind of DESIGNATION_DATE_KINDS) expect(ko.matrix.dateKind[kind]).toBe(term(sanctions, english[kind]));
    const notDesignated = term(sanctions, 'not designated');
    expect(ko.matrix.notDesignated).toBe(notDesignated);
    expect(ko.search.status.notDesignated).toContain(notDesignated);
    expect(ko.matrix.views.notUn).toContain(notDesignated);
    expect(ko.matrix.views.pair('ㄱ', 'ㄴ')).toContain(notDesignated);
  });

  test('action page labels: announced, effective, carried over, coordinated action', () => {
    expect(ko.action.announced).toContain(term(sanctions, 'announced (date)'));
    expect(ko.action.effective).toContain(term(sanctions, 'effective (date)'));
    expect(ko.action.carriedOver).toContain(term(sanctions, 'carried over (listing)'));
    expect(ko.action.carriedInto).toContain(term(sanctions, 'carried over (listing)'));
    expect(ko.action.coordinated).toBe(term(sanctions, 'joint / coordinated action'));
  });

  test('kinds of organisation and identifier named in the glossary', () => {
    expect(ko.organisationKind['hacking-group']).toBe(term(cyber, 'hacking group'));
    expect(ko.organisationKind['front-company']).toBe(term(cyber, 'front company'));
    expect(ko.organisationKind['crypto-service']).toContain(term(cyber, 'virtual assets / crypto'));
    expect(ko.identifier.wallet).toBe(term(cyber, 'wallet address'));
    expect(ko.matrix.views.groups).toBe(term(cyber, 'hacking group'));
  });

  test('dates are written as the glossary writes them', () => {
    const examples = [...(sections.get('Dates') ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    expect(examples).toEqual(['2024년 12월 26일', '2024년 12월', '2024년']);
    expect(ko.dates.months).toEqual(Array.from({ length: 12 }, (_, index) => `${index + 1}월`));
    expect(ko.dates.shortMonths).toEqual(ko.dates.months);
    // As src/i18n/index.ts calls them: the month by name, the year as a string.
    expect(ko.dates.day(26, ko.dates.months[11] ?? '', '2024')).toBe(examples[0]);
    expect(ko.dates.month(ko.dates.months[11] ?? '', '2024')).toBe(examples[1]);
    expect(ko.dates.year('2024')).toBe(examples[2]);
  });
});

// Sample arguments, by parameter name as en's functions name them: each sample is distinct, so an output can be
// checked for every value the English output carries. Strings are Hangul letters, so they are no English word.
const NUMBERS = new Set([
  'count',
  'people',
  'organisations',
  'actions',
  'sources',
  'total',
  'primary',
  'secondary',
  'shown',
  'maxActions',
  'maxDesignees',
  'rows',
  'page',
  'pages',
  'day',
  'jurisdictions',
  'amount',
]);
const ARRAYS = new Set(['codes', 'otherNames', 'members']);
const BOOLEANS = new Set(['compact', 'entity']);

const parameterNames = (fn: unknown): string[] => {
  const source = String(fn);
  const list = /^\s*(?:async\s*)?(?:function[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*([\w$]+)\s*=>/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
};

/** Arguments for one call of a function of en, given the flag for booleans; `tokens` collects the sample values. */
function sampleArguments(fn: unknown, flag: boolean, tokens: string[]): unknown[] {
  let next = 7001;
  const string = () => {
    const token = `ㅁ${next++}`;
    tokens.push(token);
    return token;
  };
  const number = () => {
    const value = next++;
    tokens.push(String(value));
    return value;
  };
  const href = (path: string) => `/base${path}`;
  return parameterNames(fn).map((name) => {
    if (NUMBERS.has(name)) return number();
    if (ARRAYS.has(name)) return [string(), string()];
    if (BOOLEANS.has(name)) return flag;
    if (name === 'href' || name === 'withBase') return href;
    if (name === 'v')
      return {
        title: string(),
        url: string(),
        updated: { year: string(), month: string(), day: number() },
        accessed: { year: string(), month: string(), day: number() },
        sources: number(),
        primary: number(),
        href,
        jurisdiction: string(),
        authority: string(),
        date: string(),
        kind: string(),
        people: number(),
        organisations: number(),
        actions: number(),
        jurisdictions: number(),
        from: string(),
        to: string(),
        victim: string(),
        attributors: [string(), string()],
      };
    return string();
  });
}

/** A function's outputs for the sample arguments, with each boolean both ways. */
function calls(path: string): { en: string; ko: string; tokens: string[] }[] {
  const enFn = at(en, path) as (...args: unknown[]) => unknown;
  const koFn = at(ko, path) as (...args: unknown[]) => unknown;
  return [true, false].map((flag) => {
    const tokens: string[] = [];
    const args = sampleArguments(enFn, flag, tokens);
    // A key ko lacks is reported by the shape test; here it reads as its missing value.
    return { en: String(enFn(...args)), ko: typeof koFn === 'function' ? String(koFn(...args)) : String(koFn), tokens };
  });
}
const outputs = (path: string, value: unknown) => (typeof value === 'function' ? calls(path).map((call) => call.ko) : [String(value)]);

/** Runs of three English words (separated by spaces only) in a text, after markup and URLs are taken out. */
function englishTrigrams(text: string): Set<string> {
  const plain = text
    .replace(/<[^>]*>/g, ' | ')
    .replace(/https?:\/\/\S+/g, ' | ')
    .replace(/\/[\w./#-]+/g, ' | ');
  const trigrams = new Set<string>();
  for (const run of plain.split(/[^A-Za-z’' ]+/)) {
    const words = run.split(' ').filter(Boolean);
    // A word in a run is separated from the next by spaces only: a punctuation mark ends the run.
    for (let index = 0; index + 3 <= words.length; index++)
      trigrams.add(
        words
          .slice(index, index + 3)
          .join(' ')
          .toLowerCase(),
      );
  }
  return trigrams;
}
/** Proper nouns and codes that stay as they are in Korean. */
const ALLOWED = ['ri chang ho'];

const pairs = (): { path: string; en: string; ko: string; tokens: string[] }[] =>
  leaves(en).flatMap(([path, value]) =>
    typeof value === 'function' ? calls(path).map((call) => ({ path, ...call })) : [{ path, en: String(value), ko: String(at(ko, path)), tokens: [] }],
  );

describe('nothing is left in English, and no fact is dropped', () => {
  const leftInEnglish = (pair: (entry: ReturnType<typeof pairs>[number]) => [string, string]) =>
    pairs().flatMap((entry) => {
      const [english, other] = pair(entry);
      const source = englishTrigrams(english);
      return [...englishTrigrams(other)].filter((trigram) => source.has(trigram) && !ALLOWED.includes(trigram)).map((trigram) => `${entry.path}: ${trigram}`);
    });

  test('no value of ko holds a run of three English words of the English value', () => {
    expect(leftInEnglish(({ en: english, ko: korean }) => [english, korean])).toEqual([]);
  });

  test('the check would catch a value left in English', () => {
    expect(leftInEnglish(({ en: english }) => [english, english]).length).toBeGreaterThan(100);
  });

  test('every value the English output carries is in the Korean output too', () => {
    const dropped = pairs().flatMap(({ path, en: english, ko: korean, tokens }) =>
      tokens.filter((token) => english.includes(token) && !korean.includes(token)).map((token) => `${path}: ${token}`),
    );
    expect(dropped).toEqual([]);
  });

  test('markup entries keep the same links', () => {
    const links = (html: string) => [...html.matchAll(/<a href="([^"]*)"( rel="[^"]*")?>/g)].map((match) => match[0]).sort();
    const htmlPairs = pairs().filter(({ path }) => path.endsWith('Html'));
    expect(htmlPairs.length).toBeGreaterThan(0);
    for (const { path, en: english, ko: korean } of htmlPairs) expect(links(korean), path).toEqual(links(english));
  });

  test('search templates keep their placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
    for (const [path, value] of leaves(en.search.client)) expect(placeholders(String(at(ko.search.client, path))), path).toEqual(placeholders(String(value)));
  });
});
