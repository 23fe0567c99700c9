import type { SitemapItem } from '@astrojs/sitemap';
import { dictionaryOf, LANGUAGES } from '~/i18n';
import { alternateHref } from '~/lib/site/urls';

/**
 * The sitemap entry of a page with its twin in each edition (xhtml:link hreflang). Every page has a
 * twin at the same path under the other edition's folder (tests/dist/editions.test.ts), so the links
 * follow from the page's own URL: no search through every other URL, which grows with the square of the site.
 */
export function sitemapAlternates(base: string) {
  return (item: SitemapItem): SitemapItem => {
    const url = new URL(item.url);
    return {
      ...item,
      links: LANGUAGES.map((language) => ({ lang: dictionaryOf(language).lang, url: new URL(alternateHref(url.pathname, language, base), url).href })),
    };
  };
}
