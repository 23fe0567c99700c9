import { AsyncLocalStorage } from 'node:async_hooks';
import { en, type Dictionary } from './en';
import { ko } from './ko';

export type { Dictionary, SearchStrings } from './en';

/** The site's editions: English at the root, Korean under /ko/. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

const dictionaries = { en, ko } satisfies Record<Language, Dictionary>;
export const dictionaryOf = (language: Language): Dictionary => dictionaries[language];

// Pages of both editions render at the same time (several in flight); each render runs inside its
// own language (src/middleware.ts), and everything below reads that language, not a global.
const store = new AsyncLocalStorage<Language>();

/** The language of the page being rendered (English outside any page). */
export const currentLanguage = (): Language => store.getStore() ?? DEFAULT_LANGUAGE;

/** Runs `render` with `language` as the current language, for a page and everything it renders. */
export const inLanguage = <Result>(language: Language, render: () => Result): Result => store.run(language, render);

/** The strings of the current language. */
export const t: Dictionary = new Proxy({} as Dictionary, {
  get: (_, key) => dictionaries[currentLanguage()][key as keyof Dictionary],
});

/**
 * A cache of what pages show, one per language: worked out once per language and key, however many
 * pages of that edition read it.
 */
export function cachePerLanguage<Key extends object, Value>(): (key: Key, build: () => Value) => Value {
  const caches = new Map<Language, WeakMap<Key, Value>>();
  return (key, build) => {
    const language = currentLanguage();
    let cache = caches.get(language);
    if (!cache) caches.set(language, (cache = new WeakMap()));
    if (cache.has(key)) return cache.get(key) as Value;
    const value = build();
    cache.set(key, value);
    return value;
  };
}

/** The name of month 1–12, or undefined for anything else. */
export const monthName = (month: number): string | undefined => t.dates.months[month - 1];

function formatWith(iso: string, months: readonly string[]): string {
  const [year = iso, month, day] = iso.split('-');
  if (month === undefined) return t.dates.year(year);
  const name = months[Number(month) - 1] ?? month;
  return day === undefined ? t.dates.month(name, year) : t.dates.day(Number(day), name, year);
}

/** "2023-05-23" → "23 May 2023" (2023년 5월 23일); also takes "2023-05" and "2023". Never shifts by time zone. */
export const formatDate = (iso: string): string => formatWith(iso, t.dates.months);

/** "2023-12-27" → "27 Dec 2023", where space is short (the cells of the designation matrix). */
export const formatShortDate = (iso: string): string => formatWith(iso, t.dates.shortMonths);

/** A reported US dollar amount, or the range from the lowest figure to the highest where sources differ. */
export const formatUsd = (range: { low: number; high: number }): string =>
  range.low === range.high ? t.money.usd(range.high) : t.money.range(t.money.usd(range.low), t.money.usd(range.high));
