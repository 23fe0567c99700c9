/**
 * Where the search index is written, under the site's base (src/integrations/pagefind.ts), and beside it
 * each edition's dated pages in date order, which "newest first" loads. The browser search script
 * imports this: it stays free of any other module.
 */
export const SEARCH_BUNDLE = 'pagefind';

/** The file listing the ids of an edition's dated pages (as Pagefind's results carry them), newest first. */
export const dateOrderFile = (language: string): string => `${SEARCH_BUNDLE}/date-order-${language}.json`;
