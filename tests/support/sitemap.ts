import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface SitemapEntry {
  /** The page's URL, as the sitemap gives it. */
  loc: string;
  /** Its twins in each edition: hreflang to URL. */
  twins: Record<string, string>;
}

/** The path under the site's base of a URL the sitemap gives: 'people/park-jin-hyok/'. */
export function pathUnderBase(url: string, base: string): string {
  const pathname = new URL(url).pathname;
  const trimmed = base.replace(/\/?$/, '/');
  return pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) : pathname.replace(/^\//, '');
}

/** The URLs a sitemap file or a sitemap index lists, in order. */
export const sitemapLocs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url = '']) => url);

/** The entries of one sitemap file, in order. */
export const parseSitemapEntries = (xml: string): SitemapEntry[] =>
  [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc = '', rest = '']) => ({
    loc,
    twins: Object.fromEntries([...rest.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang = '', href = '']) => [lang, href])),
  }));

/** Every entry of a build's sitemap: each file that sitemap-index.xml lists, read from the build. */
export function sitemapEntries(distDir: string, base: string): SitemapEntry[] {
  const files = sitemapLocs(readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8')).map((url) => path.join(distDir, pathUnderBase(url, base)));
  if (files.length === 0) throw new Error(`${distDir}/sitemap-index.xml lists no sitemap`);
  return files.flatMap((file) => parseSitemapEntries(readFileSync(file, 'utf8')));
}
