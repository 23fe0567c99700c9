import { entitiesFirst, isExactMatch, matchedName } from '~/lib/search/search-match';
import { closestNames, type NameEntry } from '~/lib/search/suggest';
import type { SearchStrings } from '~/i18n/en';

/** Minimal types for the part of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: Record<string, unknown>, wait?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;

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
  #names: Promise<NameEntry[]> | undefined;
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

  private load(): Promise<PagefindModule> {
    const base = this.dataset['base'] ?? '/';
    this.#pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: PagefindModule) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return this.#pagefind;
  }

  /** Filters and sort order chosen in the form: Pagefind filter names match the select names. */
  private options(): { filters: Record<string, string>; sort: Record<string, string> | undefined } {
    const filters: Record<string, string> = {};
    let sort: Record<string, string> | undefined;
    for (const select of this.querySelectorAll('select')) {
      if (!select.value) continue;
      if (select.name === 'sort') sort = { [select.value]: 'desc' };
      else filters[select.name] = select.value;
    }
    return { filters, sort };
  }

  private async search(query: string): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    if (!status || !list) return;
    const trimmed = query.trim();
    const { filters, sort } = this.options();
    const filtered = Object.keys(filters).length > 0;
    if (!trimmed && !filtered) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: PagefindModule;
    try {
      pagefind = await this.load();
    } catch {
      status.textContent = this.strings.needsBuild;
      return;
    }
    const response = await pagefind.debouncedSearch(trimmed || (null as unknown as string), { filters, ...(sort ? { sort } : {}) }, 150);
    if (response === null) return; // a newer query replaced this one
    const loaded = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (!trimmed) {
      // Browsing by filter alone: everything shown matches the filters.
      list.replaceChildren(...loaded.map((result) => this.renderResult(result, '', false)));
      status.textContent = fill(byCount(this.strings.filterMatches, response.results.length), { count: response.results.length });
      return;
    }
    // With "newest first" the reader chose the order; otherwise an entity's own page leads.
    const results = sort ? loaded : entitiesFirst(trimmed, loaded);
    const matches = results.filter((result) => isExactMatch(trimmed, `${result.meta['title'] ?? ''} ${result.content}`));
    const closest = results.filter((result) => !matches.includes(result));
    list.replaceChildren(
      ...matches.map((result) => this.renderResult(result, trimmed, false)),
      ...closest.map((result) => this.renderResult(result, trimmed, true)),
    );
    if (matches.length > 0) {
      const more = response.results.length > MAX_RESULTS ? fill(this.strings.showingFirst, { max: MAX_RESULTS }) : '';
      status.textContent = fill(byCount(this.strings.results, matches.length), { count: matches.length, query: trimmed, more });
      this.showSuggestions([]);
    } else {
      void this.suggest(trimmed);
      // A near name is not the person asked about: say so before showing anything.
      status.textContent = fill(closest.length === 0 ? this.strings.noMatch : this.strings.noMatchClosest, { query: trimmed });
    }
  }

  /** "Did you mean": names one typo away from the query, loaded only when a query matches nothing. */
  private async suggest(query: string): Promise<void> {
    const base = this.dataset['base'] ?? '/';
    this.#names ??= fetch(`${base}search/names.json`).then((response) => (response.ok ? (response.json() as Promise<NameEntry[]>) : []));
    const input = this.querySelector('input');
    const suggestions = closestNames(query, await this.#names);
    if (input?.value.trim() === query) this.showSuggestions(suggestions);
  }

  private showSuggestions(suggestions: readonly NameEntry[]): void {
    const box = this.querySelector<HTMLElement>('[data-suggestions]');
    if (!box) return;
    const base = (this.dataset['base'] ?? '/').replace(/\/$/, '');
    box.replaceChildren();
    box.hidden = suggestions.length === 0;
    if (suggestions.length === 0) return;
    const strings = this.strings;
    box.append(strings.didYouMean);
    suggestions.forEach((entry, index) => {
      if (index > 0) box.append(index === suggestions.length - 1 ? strings.or : strings.comma);
      const link = document.createElement('a');
      link.href = `${base}${entry.path}`;
      link.textContent = entry.name;
      box.append(link, fill(strings.suggestionType, { type: strings.typesInSentence[entry.type] }));
    });
    box.append(strings.questionMark);
  }

  private renderResult(result: PagefindResultData, query: string, closestOnly: boolean): HTMLLIElement {
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
    const alias = closestOnly || !query ? undefined : matchedName(query, result);
    details.textContent = [alias ? fill(strings.matched, { name: alias }) : '', result.meta['status'] ?? ''].filter(Boolean).join(strings.separator);
    const excerpt = document.createElement('p');
    excerpt.className = 'text-sm text-muted';
    // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    item.append(link, type, details, excerpt);
    return item;
  }
}
