import { en, type Dictionary } from './en';

export type { Dictionary, SearchStrings } from './en';

/** The language the site is built in. A Korean edition adds `ko.ts` (`satisfies Dictionary`) and picks it here. */
export const language = 'en' as const;

const dictionaries = { en } satisfies Record<string, Dictionary>;

/** The strings of the current language. */
export const t: Dictionary = dictionaries[language];

/** The name of month 1–12, or undefined for anything else. */
export const monthName = (month: number): string | undefined => t.dates.months[month - 1];

function formatWith(iso: string, months: readonly string[]): string {
  const [year = iso, month, day] = iso.split('-');
  if (month === undefined) return year;
  const name = months[Number(month) - 1] ?? month;
  return day === undefined ? t.dates.month(name, year) : t.dates.day(Number(day), name, year);
}

/** "2023-05-23" → "23 May 2023"; also takes "2023-05" and "2023". Never shifts by time zone. */
export const formatDate = (iso: string): string => formatWith(iso, t.dates.months);

/** "2023-12-27" → "27 Dec 2023", where space is short (the cells of the designation matrix). */
export const formatShortDate = (iso: string): string => formatWith(iso, t.dates.shortMonths);
