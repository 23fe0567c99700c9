/**
 * Where `astro build` hands each rendered page to the search index (src/integrations/pagefind.ts sets it at
 * astro:build:start; src/middleware.ts feeds it). Pagefind's own process indexes a page while the next ones
 * render, instead of reading every page back from disk once the render is over. Outside a build there is none.
 */
export interface SearchFeed {
  /** Takes one page's HTML at its site URL (without the base); resolves once the page may be let go. */
  add(url: string, html: string): Promise<void>;
}

// Integrations and the bundled pages are separate module graphs of one process: they meet on globalThis.
const FEED = Symbol.for('dprk-tracker:search-feed');
type WithFeed = typeof globalThis & { [FEED]?: SearchFeed };

export const searchFeed = (): SearchFeed | undefined => (globalThis as WithFeed)[FEED];

export function setSearchFeed(feed: SearchFeed | undefined): void {
  if (feed) (globalThis as WithFeed)[FEED] = feed;
  else Reflect.deleteProperty(globalThis, FEED);
}

/** The marker of a page search indexes (BaseLayout sets it on `searchable` pages); Pagefind skips the rest. */
export const SEARCHED_PAGE_MARKER = 'data-pagefind-body';
