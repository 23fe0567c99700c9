import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import * as pagefind from 'pagefind';
import { LANGUAGES } from '~/i18n';
import { searchedPagesGlob } from '~/lib/site/urls';
import { dateOrderFile, SEARCH_BUNDLE } from '~/lib/search/bundles';
import { DAY_FIELD } from '~/lib/search/naming-actions';

const gunzip = promisify(gunzipCallback);
const FRAGMENT_SUFFIX = '.pf_fragment';

/**
 * Labels of fields and of table columns ("Announced", "Name Kind Source"): nobody searches for them, and
 * Pagefind joins a label to its value in a result's excerpt ("Announced6 September 2018").
 */
export const LABEL_SELECTORS = ['dt', 'thead'] as const;

/** Thrown when Pagefind reports any error, so a build never ships a broken or partial index. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...LABEL_SELECTORS] });
  failOn('createIndex', errors);
  if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
  return index;
}

interface Fragment {
  url: string;
  filters?: Record<string, string[] | undefined>;
}

/** One page's fragment as Pagefind writes it: its signature, then the page's JSON, gzipped. */
async function readFragment(file: string): Promise<Fragment> {
  const text = (await gunzip(await readFile(file))).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}

/**
 * Each edition's dated pages (those with a {@link DAY_FIELD}), newest first, as the ids Pagefind's
 * results carry (each fragment's file name): "newest first" orders results by this list. A sort key in
 * the index would cost every first query bytes in the metadata it loads (bench/README.md), and a second
 * index sorted by date would parse every dated page again. Read from the fragments just written, so a
 * page the index lacks cannot be listed, and every fragment must be read or the build stops.
 */
async function writeDateOrder(outDir: string, pageCount: number): Promise<number> {
  const folder = path.join(outDir, SEARCH_BUNDLE, 'fragment');
  const names = (await readdir(folder)).filter((name) => name.endsWith(FRAGMENT_SUFFIX));
  if (names.length !== pageCount) throw new SearchIndexError(`Pagefind indexed ${pageCount} pages but wrote ${names.length} fragments in ${folder}`);
  const dated = new Map<string, { id: string; day: string; url: string }[]>(LANGUAGES.map((language) => [language, []]));
  for (let start = 0; start < names.length; start += 256) {
    const batch = names.slice(start, start + 256);
    const fragments = await Promise.all(batch.map((name) => readFragment(path.join(folder, name))));
    fragments.forEach((fragment, index) => {
      const id = (batch[index] ?? '').slice(0, -FRAGMENT_SUFFIX.length);
      const day = fragment.filters?.[DAY_FIELD]?.[0];
      if (day === undefined) return;
      const pages = dated.get(id.slice(0, id.indexOf('_')));
      if (!pages) throw new SearchIndexError(`Pagefind wrote fragment ${id} (${fragment.url}) in a language the site has no edition in`);
      pages.push({ id, day, url: fragment.url });
    });
  }
  let count = 0;
  for (const [language, pages] of dated) {
    pages.sort((a, b) => (a.day === b.day ? (a.url < b.url ? -1 : 1) : a.day > b.day ? -1 : 1));
    await writeFile(path.join(outDir, dateOrderFile(language)), JSON.stringify(pages.map((page) => page.id)));
    count += pages.length;
  }
  return count;
}

/** Indexes the built site with Pagefind's Node API, so `astro build` alone gives a searchable dist/. */
export async function indexSearch(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    // One index per edition, by each page's <html lang>: /search/ searches the English pages and
    // /ko/search/ the Korean ones; Latin and Hangul names are in both (see README).
    const index = await newIndex();
    const added = await index.addDirectory({ path: outDir, glob: searchedPagesGlob });
    failOn('addDirectory', added.errors);
    if (added.page_count === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${outDir}`);
    failOn('writeFiles', (await index.writeFiles({ outputPath: path.join(outDir, SEARCH_BUNDLE) })).errors);
    const datedCount = await writeDateOrder(outDir, added.page_count);
    logger.info(
      `indexed ${added.page_count} pages, and ${datedCount} dated pages in date order for newest first, in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await pagefind.close();
  }
}
