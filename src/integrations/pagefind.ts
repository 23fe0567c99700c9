import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LANGUAGES } from '~/i18n';
import { DATED_SECTIONS, editionFolder, searchedPagesGlob } from '~/lib/site/urls';
import { DATED_SEARCH_BUNDLE, SEARCH_BUNDLE } from '~/lib/search/bundles';
import { SORT_DATE_ATTRIBUTE } from '~/lib/search/naming-actions';

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

const SORT_DATE = new RegExp(`${SORT_DATE_ATTRIBUTE}="([^"]*)"`, 'g');

/**
 * The pages with a date of their own, each as Pagefind reads it with its date as a sort key. A sort key
 * costs every first query bytes in the index metadata it loads (bench/README.md), so the main bundle
 * has none, and "newest first" loads this bundle.
 */
async function addDatedPages(index: pagefind.PagefindIndex, outDir: string): Promise<number> {
  let count = 0;
  for (const language of LANGUAGES) {
    for (const section of DATED_SECTIONS) {
      const folder = `${editionFolder(language)}${section}`;
      const entries = await readdir(path.join(outDir, folder), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (!entry.isDirectory()) continue;
        const html = await readFile(path.join(outDir, folder, entry.name, 'index.html'), 'utf8').catch(() => undefined);
        if (html === undefined) continue;
        const dated = html.replace(SORT_DATE, (_, date: string) => `data-pagefind-sort="date:${date}"`);
        const added = await index.addHTMLFile({ url: `/${folder}/${entry.name}/`, content: dated });
        failOn(`addHTMLFile ${folder}/${entry.name}/`, added.errors);
        count += 1;
      }
    }
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
    const dated = await newIndex();
    const datedCount = await addDatedPages(dated, outDir);
    failOn('writeFiles', (await dated.writeFiles({ outputPath: path.join(outDir, DATED_SEARCH_BUNDLE) })).errors);
    logger.info(`indexed ${added.page_count} pages, and ${datedCount} dated pages for newest first, in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}
