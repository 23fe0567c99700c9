import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { dist, htmlFiles } from './built-site';
import { contentSecurityPolicy } from '~/lib/site/csp';
import { LANGUAGES } from '~/i18n';
import { DATED_SECTIONS, editionFolder, SEARCHED_SECTIONS } from '~/lib/site/urls';
import { dateOrderFile, SEARCH_BUNDLE } from '~/lib/search/bundles';

const files = htmlFiles();
const relative = (file: string) => path.relative(dist, file);
/** The pages BaseLayout marks for search (its `searchable` pages). */
const markedForSearch = () => files.filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));

/**
 * Budgets in bytes, uncompressed: what a reader on a phone downloads for one entity or action page. A page
 * grows with what it lists (names, identifiers, actions, sources), so its budget does too: a fixed part for
 * the frame and the headings, and an allowance for each row (`tr`, `li`) in its main content. Markup that
 * grows per row, or a heavier frame, fails it; one more action naming Lazarus Group does not.
 */
const PAGE_FRAME_BUDGET = 20_000;
const PAGE_ROW_BUDGET = 1_000;
const STYLESHEET_BUDGET = 25_000;

describe('budgets and policies on the built site', () => {
  test('dist/ holds the built pages (run `astro build` first)', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  test('no page but the search page of each edition loads any script', () => {
    const withScripts = files
      .filter((file) => parse(readFileSync(file, 'utf8')).querySelectorAll('script:not([type="application/ld+json"])').length > 0)
      .map(relative);
    expect(withScripts.sort()).toEqual(LANGUAGES.map((language) => `${editionFolder(language)}search/index.html`).sort());
  });

  test(`every entity, action and incident page of both editions stays under ${PAGE_FRAME_BUDGET / 1000} kB of HTML and ${PAGE_ROW_BUDGET / 1000} kB a row it lists, and the stylesheet under ${STYLESHEET_BUDGET / 1000} kB`, () => {
    const pages = files.filter((file) => /^(ko\/)?(people|organisations|actions|incidents)\/[^/]+\/index\.html$/.test(relative(file)));
    const sizes = pages.map((file) => {
      const rows = parse(readFileSync(file, 'utf8')).querySelectorAll('main tr, main li').length;
      const bytes = statSync(file).size;
      return { page: relative(file), bytes, rows, budget: PAGE_FRAME_BUDGET + PAGE_ROW_BUDGET * rows };
    });
    const tightest = [...sizes].sort((a, b) => b.bytes / b.budget - a.bytes / a.budget)[0];
    console.log(`closest to its budget: ${tightest?.page} ${tightest?.bytes} of ${tightest?.budget} bytes (${tightest?.rows} rows)`);
    expect(sizes.filter((entry) => entry.bytes > entry.budget)).toEqual([]);
    const stylesheets = readdirSync(path.join(dist, '_astro')).filter((name) => name.endsWith('.css'));
    expect(stylesheets.length).toBe(1);
    for (const sheet of stylesheets) expect(statSync(path.join(dist, '_astro', sheet)).size).toBeLessThan(STYLESHEET_BUDGET);
  });

  test('the pages search indexes are exactly those in the folders Pagefind reads', () => {
    const indexed = markedForSearch().map(relative);
    const folders = LANGUAGES.flatMap((language) => SEARCHED_SECTIONS.map((section) => `${editionFolder(language)}${section}/`));
    // An entry's page is one folder deep in its section: /people/<id>/index.html.
    const inSections = files
      .map(relative)
      .filter((page) => folders.some((folder) => page.startsWith(folder) && /^[^/]+\/index\.html$/.test(page.slice(folder.length))));
    expect(indexed.length).toBeGreaterThan(100);
    expect(indexed.sort()).toEqual(inSections.sort());
  });

  /** The URL of every result the search index holds, by its id (its fragment's name). */
  const resultsOf = (bundle: string) => {
    const fragments = path.join(dist, bundle, 'fragment');
    // Each fragment is Pagefind's signature, then the page's JSON (URL, content, meta), gzipped.
    return new Map(
      readdirSync(fragments).map((name) => {
        const text = gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8');
        return [name.replace(/\.pf_fragment$/, ''), (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url] as const;
      }),
    );
  };

  test('the search index holds a result for every page marked for search, once, and for no other page', () => {
    const marked = markedForSearch().map((file) => `/${path.dirname(relative(file))}/`);
    expect(marked.length).toBeGreaterThan(100);
    expect([...resultsOf(SEARCH_BUNDLE).values()].sort()).toEqual(marked.sort());
  });

  test('each edition lists its dated pages marked for search, every one once, newest first by the date the page states', () => {
    const urls = resultsOf(SEARCH_BUNDLE);
    for (const language of LANGUAGES) {
      const folders = DATED_SECTIONS.map((section) => `/${editionFolder(language)}${section}/`);
      const dayOf = new Map<string, string | undefined>(
        markedForSearch()
          .map((file) => [`/${path.dirname(relative(file))}/`, /data-pagefind-filter="day:([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1]] as const)
          .filter(([url]) => folders.some((folder) => url.startsWith(folder))),
      );
      expect(dayOf.size).toBeGreaterThan(10);
      const listed = (JSON.parse(readFileSync(path.join(dist, dateOrderFile(language)), 'utf8')) as string[]).map((id) => urls.get(id) ?? id);
      expect([...listed].sort()).toEqual([...dayOf.keys()].sort());
      const days = listed.map((url) => dayOf.get(url) ?? '');
      expect(days.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
      expect(days).toEqual([...days].sort().reverse());
    }
  });

  test('every page carries the Content-Security-Policy, and public/_headers sends the same one', () => {
    const missing = files.filter((file) => {
      const meta = parse(readFileSync(file, 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]');
      return meta?.getAttribute('content') !== contentSecurityPolicy;
    });
    expect(missing.map(relative)).toEqual([]);
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`);
  });

  test('every page is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro's output puts attributes on one line and escapes as it must; these rules judge formatting, not validity.
        'no-trailing-whitespace': 'off',
        'attribute-empty-style': 'off',
        'no-inline-style': 'error',
        'long-title': 'off',
      },
    });
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), relative(file));
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${relative(file)}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    const byRule = new Map<string, number>();
    for (const problem of problems) byRule.set(problem.split(': ')[1] ?? '', (byRule.get(problem.split(': ')[1] ?? '') ?? 0) + 1);
    if (problems.length) console.log(Object.fromEntries(byRule));
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
