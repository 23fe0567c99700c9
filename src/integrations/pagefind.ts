import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchedPagesGlob } from '~/lib/site/urls';

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

/** Indexes the built site with Pagefind's Node API, so `astro build` alone gives a searchable dist/. */
export async function indexSearch(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    // One index per edition, by each page's <html lang>: /search/ searches the English pages and
    // /ko/search/ the Korean ones; Latin and Hangul names are in both (see README).
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...LABEL_SELECTORS] });
    failOn('createIndex', errors);
    if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: outDir, glob: searchedPagesGlob });
    failOn('addDirectory', added.errors);
    if (added.page_count === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${outDir}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    failOn('writeFiles', written.errors);
    logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}
