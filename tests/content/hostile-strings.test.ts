import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildWith } from '../fixtures/build';

interface Built {
  status: number | null;
  output: string;
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
    built = buildWith('tests/fixtures/content-hostile', ({ status, output, dist }) => ({
      status,
      output,
      pages: status === 0 ? readPages(dist) : new Map(),
      graphJson: status === 0 ? readFileSync(path.join(dist, 'data/graph.json'), 'utf8') : '',
    }));
  });

  test('the corpus builds', () => {
    expect(built.output).not.toContain('ContentError');
    expect(built.status).toBe(0);
  });

  test('no injected element or attribute reaches any page', () => {
    for (const [page, html] of built.pages) {
      const root = parse(html);
      const scripts = root.querySelectorAll('script:not([type="application/ld+json"])');
      for (const data of root.querySelectorAll('script[type="application/ld+json"]')) expect(data.innerHTML, page).not.toContain('<');
      expect(scripts.length, page).toBe(page === 'search/index.html' ? 1 : 0);
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
});
