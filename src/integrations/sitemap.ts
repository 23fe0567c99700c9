import type { AstroIntegrationLogger } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dictionaryOf, LANGUAGES } from '~/i18n';
import { alternateHref, SITEMAP_INDEX_PATH, withBase } from '~/lib/site/urls';

/** URLs per sitemap file: the protocol allows 50,000; each file stays well under its 50 MB too. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

export interface SitemapFile {
  name: string;
  xml: string;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character] ?? character);

// Status pages are not pages a reader should land on from a search engine.
const isStatusPage = (pathname: string) => /(^|\/)(404|500)\/?$/.test(pathname);

/**
 * The sitemap of the built pages (paths under the base, as Astro lists them): each page with its twin in each
 * edition (xhtml:link hreflang), in `sitemap-<k>.xml` files of at most SITEMAP_ENTRY_LIMIT pages and a
 * `sitemap-index.xml` that lists them. Every page has a twin at the same path under the other edition's
 * folder (tests/dist/editions.test.ts), so the links follow from the page's own URL, and one collator sorts:
 * the whole is linear in the pages, where `@astrojs/sitemap` looked a collator up at each comparison of its
 * sort (8.8 s for the 110,782 pages of a 50,000-entity build; bench/README.md).
 */
export function sitemapFiles(pathnames: readonly string[], site: string, base: string): SitemapFile[] {
  const absolute = (sitePath: string) => escapeXml(new URL(sitePath, site).href);
  const collator = new Intl.Collator('en', { numeric: true });
  const pages = [...new Set(pathnames.map((pathname) => withBase(pathname.replace(/^\/?/, '/'), base)))]
    .filter((sitePath) => !isStatusPage(sitePath))
    .sort(collator.compare);
  const entries = pages.map((sitePath) => {
    const twins = LANGUAGES.map(
      (language) => `<xhtml:link rel="alternate" hreflang="${dictionaryOf(language).lang}" href="${absolute(alternateHref(sitePath, language, base))}"/>`,
    );
    return `<url><loc>${absolute(sitePath)}</loc>${twins.join('')}</url>`;
  });
  const files: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += SITEMAP_ENTRY_LIMIT) {
    files.push({
      name: `sitemap-${files.length}.xml`,
      xml:
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
        `${entries.slice(start, start + SITEMAP_ENTRY_LIMIT).join('')}</urlset>`,
    });
  }
  const listed = files.map((file) => `<sitemap><loc>${absolute(withBase(`/${file.name}`, base))}</loc></sitemap>`).join('');
  return [
    ...files,
    {
      name: SITEMAP_INDEX_PATH.slice(1),
      xml: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${listed}</sitemapindex>`,
    },
  ];
}

/** Writes the sitemap files into the build. */
export async function writeSitemap(outDir: string, pathnames: readonly string[], site: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const files = sitemapFiles(pathnames, site, base);
  await Promise.all(files.map((file) => writeFile(path.join(outDir, file.name), file.xml)));
  logger.info(`wrote ${files.length} sitemap files in ${Math.round(performance.now() - started)} ms`);
}
