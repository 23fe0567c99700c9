/**
 * Where each bundle of the search index is written, under the site's base: the main one, and the one
 * of the pages with a date of their own, the only one with a sort key (src/integrations/pagefind.ts).
 * The browser search script imports this: it stays free of any other module.
 */
export const SEARCH_BUNDLE = 'pagefind';
export const DATED_SEARCH_BUNDLE = 'pagefind-dated';
