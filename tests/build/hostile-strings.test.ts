import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildKept, type FixtureBuild } from '../fixtures/build';
import { openSearch, serveBuilt } from '../support/search-driver';
import { LANGUAGES } from '~/i18n';
import { editionFolder } from '~/lib/site/urls';

/** The search page of each edition: the only pages with a script. */
const searchPages = LANGUAGES.map((language) => `${editionFolder(language)}search/index.html`);

interface Built extends FixtureBuild {
  pages: Map<string, string>;
  graphJson: string;
}

function readPages(dist: string, folder = dist, pages = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) readPages(dist, full, pages);
    else if (name.endsWith('.html')) pages.set(path.relative(dist, full), readFileSync(full, 'utf8'));
  }
  return pages;
}

describe('hostile strings in names, titles and bodies render as text everywhere', () => {
  let built: Built;
  beforeAll(() => {
    const build = buildKept('tests/fixtures/content-hostile');
    built = {
      ...build,
      pages: build.status === 0 ? readPages(build.dist) : new Map(),
      graphJson: build.status === 0 ? readFileSync(path.join(build.dist, 'data/graph.json'), 'utf8') : '',
    };
  });
  afterAll(() => built.remove());

  test('the corpus builds', () => {
    expect(built.output).not.toContain('ContentError');
    expect(built.status).toBe(0);
  });

  test('no injected element or attribute reaches any page', () => {
    for (const [page, html] of built.pages) {
      const root = parse(html);
      const scripts = root.querySelectorAll('script:not([type="application/ld+json"])');
      for (const data of root.querySelectorAll('script[type="application/ld+json"]')) expect(data.innerHTML, page).not.toContain('<');
      expect(scripts.length, page).toBe(searchPages.includes(page) ? 1 : 0);
      expect(root.querySelectorAll('img'), page).toHaveLength(0);
      expect(root.querySelectorAll('b'), page).toHaveLength(0);
      expect(root.querySelectorAll('[onerror], [onmouseover]'), page).toHaveLength(0);
      for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href'), page).not.toMatch(/^\s*javascript:/i);
    }
  });

  test('the hostile names are shown, as text, on the pages that hold them', () => {
    const person = built.pages.get('people/hostile-person/index.html') ?? '';
    expect(parse(person).querySelector('h1')?.text).toBe('<script>alert("name")</script>');
    expect(person).toContain('&lt;script&gt;');
    expect(parse(person).text).toContain('"><img src=x onerror=alert(2)>');
    const organisation = parse(built.pages.get('organisations/hostile-org/index.html') ?? '');
    expect(organisation.querySelector('h1')?.text).toBe('</h1><script>alert(4)</script>');
    const action = parse(built.pages.get('actions/hostile-action/index.html') ?? '');
    expect(action.querySelector('h1')?.text).toBe('<img src=x onerror=alert(5)> designates');
    expect(action.text).toContain('"onmouseover="alert(6)');
  });

  test('a source URL with quotes stays one attribute, and opens safely', () => {
    const action = parse(built.pages.get('actions/hostile-action/index.html') ?? '');
    const links = action.querySelectorAll('a').filter((link) => link.getAttribute('href')?.startsWith('https://example.org/search'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toBe('https://example.org/search?q="><script>alert(1)</script>');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  test('graph.json carries the strings as JSON text', () => {
    const data = JSON.parse(built.graphJson) as { people: { names: { value: string }[] }[] };
    expect(data.people[0]?.names.map((name) => name.value)).toContain('<script>alert("name")</script>');
  });

  test('search results, in the browser, show the hostile names as text and run nothing', async () => {
    const server = await serveBuilt(built.dist, 4347);
    const search = await openSearch(server.origin);
    const dialogs: string[] = [];
    search.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      const { paths } = await search.run('script');
      expect(paths).toEqual(expect.arrayContaining(['/people/hostile-person/', '/organisations/hostile-org/']));
      const results = search.page.locator('[data-results]');
      const titles = await results.locator('li > a').allTextContents();
      expect(titles).toEqual(expect.arrayContaining(['<script>alert("name")</script>', '</h1><script>alert(4)</script>']));
      // Excerpts are HTML (Pagefind marks the matched words): nothing but <mark> may come out of them.
      expect(await results.locator('*:not(li, a, span, p, mark)').count()).toBe(0);
      expect(await results.innerText()).toContain('<script>');
      // The alias with an RTL override is found, and shown as the text it is (Pagefind drops the zero-width space).
      await search.run('evil');
      const first = results.locator('li').first();
      expect(await first.locator('a').first().getAttribute('href')).toMatch(/\/people\/hostile-person\/$/);
      expect(await first.innerText()).toContain('Kim \u202Eevil\u202C');
      expect(dialogs).toEqual([]);
    } finally {
      await search.close();
      server.stop();
    }
  });
});
