import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { dist, htmlFiles } from './built-site';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** The file a site URL is served from, or undefined if it is outside the site. */
function fileFor(url: URL): string | undefined {
  if (!url.pathname.startsWith(base)) return undefined;
  const sitePath = decodeURIComponent(url.pathname.slice(base.length));
  const candidate = path.join(dist, sitePath);
  if (sitePath === '' || sitePath.endsWith('/')) return path.join(candidate, 'index.html');
  return candidate;
}

describe('the built site', () => {
  test('dist/ exists (run `astro build` first)', () => {
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });

  const files = htmlFiles();
  const pages = new Map(
    files.map((file) => {
      const root = parse(readFileSync(file, 'utf8'));
      return [file, { root, ids: new Set(root.querySelectorAll('[id]').map((element) => element.id)) }];
    }),
  );

  test('every internal link and #fragment resolves', () => {
    const broken: string[] = [];
    for (const [file, { root }] of pages) {
      const pageUrl = new URL(`http://site${base}${path.relative(dist, file).replace(/index\.html$/, '')}`);
      for (const element of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        const url = new URL(raw, pageUrl);
        if (url.host !== 'site') continue;
        const target = fileFor(url);
        if (!target || !existsSync(target)) {
          broken.push(`${path.relative(dist, file)} → ${raw}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const ids = pages.get(target)?.ids;
          if (!ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path.relative(dist, file)} → ${raw} (no such fragment)`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(pages.size).toBeGreaterThan(50);
  });

  test('no page loads anything from another host', () => {
    const offsite: string[] = [];
    for (const [file, { root }] of pages) {
      for (const element of root.querySelectorAll('link[href], script[src], img[src], iframe[src], source[src]')) {
        const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        // Only some <link> types make the browser fetch anything (canonical, alternate and the like do not).
        if (element.tagName === 'LINK' && !/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/.test(element.getAttribute('rel') ?? '')) continue;
        if (/^(https?:)?\/\//.test(raw)) offsite.push(`${path.relative(dist, file)} → ${raw}`);
      }
    }
    expect(offsite).toEqual([]);
  });

  test('every link to another site opens safely', () => {
    const unsafe: string[] = [];
    for (const [file, { root }] of pages) {
      for (const link of root.querySelectorAll('a[href^="http"]')) {
        const rel = link.getAttribute('rel') ?? '';
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${path.relative(dist, file)} → ${link.getAttribute('href')}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});
