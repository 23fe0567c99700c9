/**
 * The actions that name a person or organisation, carried on that entity's search record, and the
 * result rows drawn from them. Pagefind indexes every metadata field, so an action's designees'
 * names as metadata put every designee's name syllables on the action's index entries too: in a
 * large corpus most of the pages holding a common syllable were actions, and every query paid for
 * them. An action is found by its designees' names through the designees instead: a matched person
 * or organisation brings the actions naming it, at its score and with the name that matched.
 *
 * Values Pagefind stores without indexing travel as filter values: a page's filters are in its
 * fragment, and a filter's own file loads only when a search filters on it, which none does on these.
 * Pure and small: the browser search script imports it.
 */
import { byScore, type Scored } from './match-model';

/**
 * Names scored against a query, joined by " | ", never searched: a person's or organisation's own
 * printed names (its page prints them, and the index holds them from there) and an action's designees'.
 */
export const SCORED_NAMES_FIELD = 'scored';
/** On a person or organisation: each action that names it ({@link encodeNamingAction}). */
export const NAMED_IN_FIELD = 'named_in';
/**
 * A dated page's date (YYYY-MM-DD). The build orders the dated pages by it for "newest first"
 * (src/integrations/pagefind.ts), and the rows of the actions naming a designee are merged by it.
 */
export const DAY_FIELD = 'day';

/** One action naming an entity, as a result row shows it. */
export interface NamingAction {
  href: string;
  /** Announced, YYYY-MM-DD. */
  date: string;
  jurisdiction: string;
  title: string;
  status: string;
}

export const encodeNamingAction = (action: NamingAction): string =>
  JSON.stringify([action.href, action.date, action.jurisdiction, action.title, action.status]);

export function decodeNamingAction(value: string): NamingAction | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed) || parsed.length !== 5 || !parsed.every((part) => typeof part === 'string')) return undefined;
    const [href, date, jurisdiction, title, status] = parsed as string[];
    return { href: href ?? '', date: date ?? '', jurisdiction: jurisdiction ?? '', title: title ?? '', status: status ?? '' };
  } catch {
    return undefined;
  }
}

/** What the rows need of a result: Pagefind's fragment data. */
export interface RowResult {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** The stored names where the scorer reads names (the `names` metadata of an incident). */
export function withScoredNames<Result extends RowResult>(result: Result): Result {
  const names = result.filters?.[SCORED_NAMES_FIELD];
  if (!names) return result;
  return { ...result, meta: { ...result.meta, names: names.join(' | ') } };
}

/** The filters chosen on the search form that a row can be checked against. */
export interface RowFilters {
  type?: string | undefined;
  jurisdiction?: string | undefined;
  year?: string | undefined;
}

const isEntity = (result: RowResult) => result.meta['type'] === 'Person' || result.meta['type'] === 'Organisation';

/**
 * The rows of the actions naming each matched person or organisation, each at its entity's score and
 * with the name that matched, kept to the chosen filters; an action named by several matched entities
 * once, at the best score.
 */
export function namingActionRows<Result extends RowResult>(ranked: readonly Scored<Result>[], filters: RowFilters): Scored<RowResult>[] {
  if (filters.type !== undefined && filters.type !== 'Action') return [];
  const rows = new Map<string, Scored<RowResult>>();
  for (const entry of ranked) {
    if (!entry.match || !isEntity(entry.result)) continue;
    for (const value of entry.result.filters?.[NAMED_IN_FIELD] ?? []) {
      const action = decodeNamingAction(value);
      if (!action) continue;
      if (filters.jurisdiction !== undefined && action.jurisdiction !== filters.jurisdiction) continue;
      if (filters.year !== undefined && action.date.slice(0, 4) !== filters.year) continue;
      const known = rows.get(action.href);
      if (known && known.score >= entry.score) continue;
      rows.set(action.href, {
        result: {
          url: action.href,
          excerpt: '',
          content: '',
          meta: { title: action.title, type: 'Action', status: action.status },
          filters: { [DAY_FIELD]: [action.date] },
        },
        score: entry.score,
        name: entry.name,
        match: true,
      });
    }
  }
  return [...rows.values()];
}

const dayOf = (result: RowResult) => result.filters?.[DAY_FIELD]?.[0] ?? '';

/**
 * The ranked results with the rows of the actions naming the matched entities: an action page the
 * search found itself gives way to its row (which carries the designee's score and name). Best score
 * first, an entity before an action at the same score, otherwise the order given; with `newestFirst`,
 * by date, newest first. `types` keeps only the rows of a chosen type.
 */
export function withNamingActions<Result extends RowResult>(
  ranked: readonly Scored<Result>[],
  rows: readonly Scored<RowResult>[],
  options: { newestFirst: boolean; type?: string | undefined },
): Scored<RowResult>[] {
  const named = new Set(rows.map((row) => row.result.url));
  const merged = [...ranked.filter((entry) => !named.has(entry.result.url)), ...rows]
    .map((entry, order) => ({ entry, order }))
    .filter(({ entry }) => options.type === undefined || entry.result.meta['type'] === options.type);
  merged.sort((a, b) =>
    options.newestFirst ? dayOf(b.entry.result).localeCompare(dayOf(a.entry.result)) || a.order - b.order : byScore(a.entry, b.entry) || a.order - b.order,
  );
  return merged.map(({ entry }) => entry);
}
