import { describe, expect, test } from 'vitest';
import { SITEMAP_ENTRY_LIMIT, sitemapFiles } from '~/integrations/sitemap';
import { parseSitemapEntries as entries, sitemapLocs as locs } from '../support/sitemap';

const site = 'https://sanctions.example.org';

describe('the sitemap', () => {
  test('lists each page once with its twin in each edition, in natural order, and leaves the status pages out', () => {
    // Astro lists the pages by path under the base, in the order it built them, some more than once.
    const pages = ['people/p-10/', '', 'ko/people/p-2/', 'people/p-2/', 'ko/', '404/', 'ko/404/', 'people/p-10/', 'ko/people/p-10/'];
    const [urls, index] = sitemapFiles(pages, site, '/tracker/');
    expect(urls?.name).toBe('sitemap-0.xml');
    expect(entries(urls?.xml ?? '')).toEqual([
      { loc: `${site}/tracker/`, twins: { en: `${site}/tracker/`, ko: `${site}/tracker/ko/` } },
      { loc: `${site}/tracker/ko/`, twins: { en: `${site}/tracker/`, ko: `${site}/tracker/ko/` } },
      { loc: `${site}/tracker/ko/people/p-2/`, twins: { en: `${site}/tracker/people/p-2/`, ko: `${site}/tracker/ko/people/p-2/` } },
      { loc: `${site}/tracker/ko/people/p-10/`, twins: { en: `${site}/tracker/people/p-10/`, ko: `${site}/tracker/ko/people/p-10/` } },
      { loc: `${site}/tracker/people/p-2/`, twins: { en: `${site}/tracker/people/p-2/`, ko: `${site}/tracker/ko/people/p-2/` } },
      { loc: `${site}/tracker/people/p-10/`, twins: { en: `${site}/tracker/people/p-10/`, ko: `${site}/tracker/ko/people/p-10/` } },
    ]);
    expect(index?.name).toBe('sitemap-index.xml');
    expect(locs(index?.xml ?? '')).toEqual([`${site}/tracker/sitemap-0.xml`]);
  });

  test(`past ${SITEMAP_ENTRY_LIMIT.toLocaleString('en')} pages it splits into files the index lists, and loses none`, () => {
    const pages = Array.from({ length: SITEMAP_ENTRY_LIMIT + 2 }, (_, index) => `people/p-${index}/`);
    const files = sitemapFiles(pages, site, '/');
    expect(files.map((file) => file.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.slice(0, 2).map((file) => entries(file.xml).length)).toEqual([SITEMAP_ENTRY_LIMIT, 2]);
    expect(new Set(files.slice(0, 2).flatMap((file) => entries(file.xml).map(({ loc }) => loc))).size).toBe(pages.length);
    expect(locs(files[2]?.xml ?? '')).toEqual([`${site}/sitemap-0.xml`, `${site}/sitemap-1.xml`]);
  });

  test('escapes what XML would read as markup', () => {
    const [urls] = sitemapFiles(["people/o'brien/"], site, '/');
    expect(urls?.xml).toContain(`<loc>${site}/people/o&apos;brien/</loc>`);
  });
});
