import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { en } from '~/i18n/en';
import { ko } from '~/i18n/ko';
import { dist, htmlFiles } from './built-site';
import { sitemapEntries } from '../support/sitemap';

// Both editions as built: every Korean page against the English dictionary, every page against its twin.
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const pages = htmlFiles().map((file) => ({ page: path.relative(dist, file), root: parse(readFileSync(file, 'utf8')) }));
const korean = pages.filter(({ page }) => page.startsWith('ko/'));
const english = pages.filter(({ page }) => !page.startsWith('ko/'));

/** The built file a link's path leads to. */
const fileOf = (href: string) => {
  const pathname = new URL(href, 'https://site.example').pathname;
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
};
const alternates = (root: HTMLElement) =>
  Object.fromEntries(root.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href') ?? '']));

describe('the two editions', () => {
  test('every English page has its Korean twin under /ko/, and every page says its language', () => {
    expect(korean.length).toBeGreaterThan(100);
    const twins = new Set(korean.map(({ page }) => page.slice(3)));
    // The not-found page is served at any missing path; each edition has its own.
    expect(english.map(({ page }) => page).filter((page) => page !== '404.html' && !twins.has(page))).toEqual([]);
    expect(existsSync(path.join(dist, 'ko/404/index.html'))).toBe(true);
    expect(korean.filter(({ root }) => root.querySelector('html')?.getAttribute('lang') !== 'ko').map(({ page }) => page)).toEqual([]);
    expect(english.filter(({ root }) => root.querySelector('html')?.getAttribute('lang') !== 'en').map(({ page }) => page)).toEqual([]);
  });

  test('hreflang pairs and the language switch lead to the same page in the other edition, and back', () => {
    const byPage = new Map(pages.map((entry) => [entry.page, entry]));
    const problems: string[] = [];
    for (const { page, root } of pages) {
      if (page.endsWith('404.html') || page === 'ko/404/index.html') continue;
      const links = alternates(root);
      const mine = page.startsWith('ko/') ? 'ko' : 'en';
      const other = mine === 'ko' ? 'en' : 'ko';
      if (fileOf(links[mine] ?? '') !== page) problems.push(`${page}: hreflang ${mine} is ${links[mine]}`);
      const twin = byPage.get(fileOf(links[other] ?? ''));
      if (!twin) {
        problems.push(`${page}: hreflang ${other} ${links[other]} is not a page`);
        continue;
      }
      if (fileOf(alternates(twin.root)[mine] ?? '') !== page) problems.push(`${page}: its twin ${twin.page} does not lead back`);
      const switchLink = root.querySelector(`a[hreflang="${other}"]`)?.getAttribute('href');
      if (!switchLink || fileOf(switchLink) !== twin.page) problems.push(`${page}: the language switch leads to ${switchLink}`);
      if (fileOf(links['x-default'] ?? '') !== (mine === 'en' ? page : twin.page)) problems.push(`${page}: x-default is ${links['x-default']}`);
    }
    expect(problems).toEqual([]);
  });

  test('no Korean page shows an English interface string', () => {
    // Strings of the English dictionary that the Korean one says differently, of two words or more. A string
    // that the content itself prints (a publisher's name, a document's title) is content, not interface.
    const contentText = ['actions', 'people', 'organisations', 'sources', 'checks']
      .flatMap((folder) => readdirSync(`content/${folder}`).map((name) => readFileSync(`content/${folder}/${name}`, 'utf8')))
      .join('\n');
    const strings: string[] = [];
    const walk = (english: unknown, korean: unknown) => {
      if (typeof english === 'string') {
        if (english !== korean && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(english) && !english.includes('<') && !contentText.includes(english))
          strings.push(english);
      } else if (english && typeof english === 'object') {
        for (const [key, value] of Object.entries(english)) walk(value, (korean as Record<string, unknown> | undefined)?.[key]);
      }
    };
    walk(en, ko);
    expect(strings.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const { page, root } of korean) {
      // Text marked as English (commit messages, English bodies of sources) is content in its own language.
      for (const marked of root.querySelectorAll('[lang="en"]')) marked.remove();
      const attributes = root
        .querySelectorAll('[title], [aria-label], [placeholder], [alt], meta[name="description"]')
        .map((element) => ['title', 'aria-label', 'placeholder', 'alt', 'content'].map((name) => element.getAttribute(name) ?? '').join(' '));
      const text = `${root.querySelector('body')?.text ?? ''} ${root.querySelector('title')?.text ?? ''} ${attributes.join(' ')}`;
      for (const string of strings) if (text.includes(string)) found.push(`${page}: "${string}"`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  test('the sitemap lists every page once, but the not-found pages, with its twin in each edition; each edition has its feed in its language', () => {
    const entries = sitemapEntries(dist, base).map(({ loc, twins }) => ({
      page: fileOf(loc),
      twins: Object.fromEntries(Object.entries(twins).map(([lang, href]) => [lang, fileOf(href)])),
    }));
    const listed = entries.map(({ page }) => page);
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(new Set(pages.map(({ page }) => page).filter((page) => page !== '404.html' && page !== 'ko/404/index.html')));
    expect(entries.some(({ page }) => page.startsWith('ko/people/'))).toBe(true);
    const built = new Set(pages.map(({ page }) => page));
    const problems = entries.filter(
      ({ page, twins }) => twins[page.startsWith('ko/') ? 'ko' : 'en'] !== page || !built.has(twins['en'] ?? '') || !built.has(twins['ko'] ?? ''),
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(readFileSync(path.join(dist, 'ko/feed.xml'), 'utf8')).toContain('<language>ko</language>');
    expect(readFileSync(path.join(dist, 'feed.xml'), 'utf8')).toContain('<language>en</language>');
  });

  test('Korean entity pages are headed by a Hangul name where a source prints one, and carry inLanguage', () => {
    const page = korean.find(({ root }) => root.querySelector('h1[lang="ko"], h1')?.text.match(/[가-힣]/));
    expect(page).toBeDefined();
    const data = korean.flatMap(({ root }) =>
      root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.innerHTML) as { inLanguage?: string }),
    );
    expect(data.length).toBeGreaterThan(50);
    expect(data.every((entry) => entry.inLanguage === 'ko')).toBe(true);
  });

  test("a link from one page to another stays in the page's edition, the links written in entry summaries included", () => {
    const problems: string[] = [];
    // Files (data, downloads, the search bundle) are one for both editions; the language switch leads across on purpose.
    const isFile = (pathname: string) => /\.[a-z0-9]+$/.test(pathname) && !pathname.endsWith('.html');
    for (const { page, root } of pages) {
      const mine = page.startsWith('ko/') ? 'ko/' : '';
      for (const link of root.querySelectorAll('a[href]:not([hreflang])')) {
        const url = new URL(link.getAttribute('href') ?? '', `https://site.example${base}${page.replace(/index\.html$/, '')}`);
        if (url.host !== 'site.example' || isFile(url.pathname)) continue;
        const inSite = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
        if (inSite.startsWith('ko/') !== (mine === 'ko/')) problems.push(`${page} → ${link.getAttribute('href')}`);
      }
    }
    expect(problems).toEqual([]);
    // The summaries' own links between entries are among those checked: derived from the content, so the test
    // has something to check whenever a summary links another entry.
    const summaryLinks = korean.flatMap(({ root }) =>
      root.querySelectorAll('.prose a[href]').filter((link) => (link.getAttribute('href') ?? '').startsWith(`${base}ko/`)),
    );
    expect(summaryLinks.length).toBeGreaterThan(0);
  });
});
