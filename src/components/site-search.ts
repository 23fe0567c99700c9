import {
  META_WEIGHTS,
  MATCH_THRESHOLD,
  MAX_QUERY_LENGTH,
  SUGGEST_THRESHOLD,
  nearCandidates,
  nearSearches,
  nearVariantGroups,
  queryProblem,
  rankResults,
  searchText,
  type Scored,
} from '~/lib/search/match-model';
import { namingActionRows, withScoredNames, withNamingActions, type RowResult } from '~/lib/search/naming-actions';
import type { SearchStrings } from '~/i18n/en';
import { dateOrderFile, SEARCH_BUNDLE } from '~/lib/search/bundles';
import { DATED_SEARCH_TYPES, type SearchType } from '~/lib/domain/vocabulary';

/** Minimal types for the part of Pagefind's browser API this page uses. */
type PagefindResultData = RowResult;
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch(query: string, options?: Record<string, unknown>, wait?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 10;
/** Results scored before deciding whether the query matches anything. */
const FIRST_BATCH = 5;
/** Pages fetched to score as "did you mean" when nothing matches: each costs one fragment download. */
const MAX_NEAR = 4;

/** A template of the dictionary with its "{name}" placeholders filled in. */
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
const byCount = (forms: { one: string; other: string }, count: number) => (count === 1 ? forms.one : forms.other);

/**
 * Search box on top of Pagefind's JS API. Pagefind is imported only when this element is on the page,
 * so no other page loads any search code. Result titles are set as text; Pagefind's excerpt is its own
 * escaped text with <mark> around matches. Its words come from the page (data-strings), in the page's language.
 */
export class SiteSearch extends HTMLElement {
  #pagefind: Promise<PagefindModule> | undefined;
  #dateOrder: Promise<Map<string, number>> | undefined;
  /** The latest search asked for: an earlier one still under way (waiting on the date order, say) shows nothing. */
  #turn = 0;
  #strings: SearchStrings | undefined;

  private get strings(): SearchStrings {
    this.#strings ??= JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings;
    return this.#strings;
  }

  connectedCallback(): void {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    this.querySelector('[data-needs-js]')?.remove();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    input.addEventListener('input', () => void this.search(input.value));
    for (const select of this.querySelectorAll('select')) select.addEventListener('change', () => void this.search(input.value));
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.search(initial);
    }
  }

  private get base(): string {
    return this.dataset['base'] ?? '/';
  }

  private load(): Promise<PagefindModule> {
    const base = this.base;
    return (this.#pagefind ??= import(/* @vite-ignore */ `${base}${SEARCH_BUNDLE}/pagefind.js`).then(async (module: PagefindModule) => {
      await module.options({ baseUrl: base, ranking: { metaWeights: META_WEIGHTS } });
      return module;
    }));
  }

  /**
   * This edition's dated pages, newest first, by the ids Pagefind's results carry: the index has no sort
   * key (one costs every query bytes), so only "newest first" loads this. Pagefind picks the edition's
   * index by the page's language, and so does this.
   */
  private dateOrder(): Promise<Map<string, number>> {
    return (this.#dateOrder ??= fetch(`${this.base}${dateOrderFile(document.documentElement.lang)}`)
      .then((response) => {
        if (!response.ok) throw new Error(`date order: HTTP ${response.status}`);
        return response.json() as Promise<string[]>;
      })
      .then((ids) => new Map(ids.map((id, rank) => [id, rank]))));
  }

  /**
   * Filters and order chosen in the form: Pagefind filter names match the select names. Only the pages
   * of DATED_SEARCH_TYPES carry a date to sort by: with another type chosen, the order stays best match
   * and `unsorted` says so.
   */
  private options(): { filters: Record<string, string>; newestFirst: boolean; unsorted: boolean } {
    const filters: Record<string, string> = {};
    let sorted = false;
    for (const select of this.querySelectorAll('select')) {
      if (!select.value) continue;
      if (select.name === 'sort') sorted = true;
      else filters[select.name] = select.value;
    }
    const type = filters['type'] as SearchType | undefined;
    const undated = type !== undefined && !DATED_SEARCH_TYPES.includes(type);
    return { filters, newestFirst: sorted && !undated, unsorted: undated && sorted };
  }

  private async search(query: string): Promise<void> {
    const turn = (this.#turn += 1);
    const superseded = () => turn !== this.#turn;
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    if (!status || !list) return;
    const trimmed = query.trim();
    const { filters, newestFirst, unsorted } = this.options();
    const orderNote = unsorted ? this.strings.undatedOrder : '';
    const filtered = Object.keys(filters).length > 0;
    const problem = trimmed || !filtered ? queryProblem(query) : undefined;
    if (problem) {
      // Nothing is searched: say why, in words, and show nothing that could pass for a result.
      list.replaceChildren();
      this.showSuggestions([]);
      status.textContent = fill(this.strings.problems[problem], { max: MAX_QUERY_LENGTH });
      return;
    }
    let pagefind: PagefindModule;
    let order: Map<string, number> | undefined;
    try {
      [pagefind, order] = await Promise.all([this.load(), newestFirst ? this.dateOrder() : undefined]);
    } catch {
      status.textContent = this.strings.needsBuild;
      return;
    }
    const options = { filters };
    const response = await pagefind.debouncedSearch(trimmed ? searchText(trimmed) : (null as unknown as string), options, 150);
    if (response === null || superseded()) return; // a newer query replaced this one
    // Newest first: the dated pages only, in the order the build wrote; the others may still be designees.
    const rank = (result: PagefindResult) => order?.get(result.id) ?? -1;
    const results = order ? response.results.filter((result) => rank(result) >= 0).sort((a, b) => rank(a) - rank(b)) : response.results;
    const first = results.slice(0, MAX_RESULTS);
    const fragments = (results: readonly PagefindResult[]) => Promise.all(results.map(async (result) => withScoredNames(await result.data())));
    // Half the page first: a query that matches nothing does not pay for ten fragments of pages it does not name.
    const loaded = await fragments(first.slice(0, trimmed ? FIRST_BATCH : MAX_RESULTS));
    if (superseded()) return;
    if (!trimmed) {
      // Browsing by filter alone: everything shown matches the filters.
      list.replaceChildren(...loaded.map((result) => this.renderResult({ result, score: 100, name: undefined, match: true }, false, true)));
      status.textContent = fill(byCount(this.strings.filterMatches, results.length), { count: results.length }) + orderNote;
      return;
    }
    const type = filters['type'];
    const rowFilters = { type, jurisdiction: filters['jurisdiction'], year: filters['year'] };
    // With "Action" chosen the search above holds no person or organisation, and newest first shows
    // none: the actions naming a matched one come from a search of people and organisations alone, or
    // from the undated results of the search above.
    const designees = async () => {
      if (type === undefined && order)
        return rankResults(trimmed, await fragments(response.results.filter((result) => rank(result) < 0).slice(0, FIRST_BATCH)));
      if (type !== 'Action') return [];
      const rest = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== 'type'));
      const found = await pagefind.search(searchText(trimmed), { filters: { ...rest, type: { any: ['Person', 'Organisation'] } } });
      return rankResults(trimmed, await fragments(found?.results.slice(0, FIRST_BATCH) ?? []));
    };
    const designeeRanked = await designees();
    let ranked = rankResults(trimmed, loaded);
    if (ranked.some((entry) => entry.match) || designeeRanked.some((entry) => entry.match)) {
      loaded.push(...(await fragments(first.slice(FIRST_BATCH))));
      ranked = rankResults(trimmed, loaded);
    } else {
      // Nothing matches: search each syllable key alone, and each short syllable with one vowel changed,
      // and score the pages holding most of the query's syllables.
      const tokens = nearSearches(trimmed);
      const groups = nearVariantGroups(trimmed);
      const everyToken = [...new Set([...tokens, ...groups.flatMap((group) => [group.key, ...group.variants])])];
      const found = new Map(await Promise.all(everyToken.map(async (token) => [token, await pagefind.search(token, options)] as const)));
      const idsOf = (token: string) => found.get(token)?.results.map((result) => result.id) ?? [];
      const ids = nearCandidates(
        tokens.map(idsOf),
        new Set(first.slice(0, FIRST_BATCH).map((result) => result.id)),
        MAX_NEAR,
        groups.map((group) => ({ exact: idsOf(group.key), variants: group.variants.map(idsOf) })),
      );
      const byId = new Map([...found.values()].flatMap((response) => response?.results ?? []).map((result) => [result.id, result]));
      const near = await fragments(ids.flatMap((id) => byId.get(id) ?? []));
      ranked = rankResults(trimmed, [...loaded, ...near]);
    }
    if (superseded() || this.querySelector('input')?.value.trim() !== trimmed) return; // a newer query is on its way
    // A matched person or organisation brings the actions naming it. With "newest first" the reader
    // chose the order; otherwise the best score leads.
    const rows = namingActionRows([...ranked, ...designeeRanked], rowFilters);
    const ordered = withNamingActions(newestFirst ? loaded.flatMap((result) => ranked.filter((entry) => entry.result === result)) : ranked, rows, {
      newestFirst,
      type,
    });
    const shown = ordered.slice(0, MAX_RESULTS);
    const matches = shown.filter((entry) => entry.match);
    list.replaceChildren(
      ...matches.map((entry) => this.renderResult(entry, false)),
      ...shown.filter((entry) => !entry.match).map((entry) => this.renderResult(entry, true)),
    );
    if (matches.length > 0) {
      const more = results.length > MAX_RESULTS || ordered.length > MAX_RESULTS ? fill(this.strings.showingFirst, { max: MAX_RESULTS }) : '';
      status.textContent = fill(byCount(this.strings.results, matches.length), { count: matches.length, query: trimmed, more }) + orderNote;
      this.showSuggestions([]);
    } else {
      // A near name is not the person asked about: say so before showing anything.
      status.textContent = fill(shown.length === 0 ? this.strings.noMatch : this.strings.noMatchClosest, { query: trimmed });
      const seen = new Set<string>();
      const near = ranked.filter(
        (entry) => entry.score >= SUGGEST_THRESHOLD && entry.score < MATCH_THRESHOLD && entry.result.meta['type'] !== 'Action' && entry.name,
      );
      this.showSuggestions(near.filter((entry) => !seen.has(entry.result.url) && seen.add(entry.result.url)).slice(0, 3));
    }
  }

  /** "Did you mean": the printed names of near entities, each linked to its page. */
  private showSuggestions(suggestions: readonly Scored<PagefindResultData>[]): void {
    const box = this.querySelector<HTMLElement>('[data-suggestions]');
    if (!box) return;
    box.replaceChildren();
    box.hidden = suggestions.length === 0;
    if (suggestions.length === 0) return;
    const strings = this.strings;
    box.append(strings.didYouMean);
    suggestions.forEach(({ result, name }, index) => {
      if (index > 0) box.append(index === suggestions.length - 1 ? strings.or : strings.comma);
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = name ?? result.meta['title'] ?? result.url;
      const type = result.meta['type'] === 'Person' ? 'Person' : 'Organisation';
      box.append(link, fill(strings.suggestionType, { type: strings.typesInSentence[type] }));
    });
    box.append(strings.questionMark);
  }

  private renderResult({ result, score, name }: Scored<PagefindResultData>, closestOnly: boolean, browsing = false): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'py-3';
    if (closestOnly) item.dataset['closest'] = '';
    const link = document.createElement('a');
    link.href = result.url;
    link.className = 'font-semibold';
    link.textContent = result.meta['title'] ?? result.url;
    const type = document.createElement('span');
    type.className = 'ml-2 text-xs font-semibold uppercase text-muted';
    const strings = this.strings;
    const typeKey = result.meta['type'] ?? '';
    const typeLabel = typeKey in strings.types ? strings.types[typeKey as keyof SearchStrings['types']] : typeKey;
    type.textContent = closestOnly ? fill(strings.closest, { type: typeLabel }) : typeLabel;
    const details = document.createElement('p');
    details.className = 'text-sm';
    const title = result.meta['title'] ?? '';
    // Below the match threshold the best-scoring name is the nearest one, not a match.
    const matched = name && name !== title ? fill(closestOnly ? strings.nearest : strings.matched, { name }) : '';
    details.textContent = [matched, fill(strings.score, { score }), result.meta['status'] ?? ''].filter(Boolean).join(strings.separator);
    if (browsing) details.textContent = result.meta['status'] ?? '';
    const excerpt = document.createElement('p');
    excerpt.className = 'text-sm text-muted';
    // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    item.append(link, type, details, excerpt);
    return item;
  }
}
