import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { setSearchFeed, type SearchFeed } from '~/lib/site/search-feed';

/**
 * Labels of fields and of table columns ("Announced", "Name Kind Source"): nobody searches for them, and
 * Pagefind joins a label to its value in a result's excerpt ("Announced6 September 2018").
 */
export const LABEL_SELECTORS = ['dt', 'thead'] as const;

/** Pages handed to Pagefind and not yet indexed; past this, a page waits (the render never runs far ahead of the index). */
const PAGES_IN_FLIGHT = 32;

/** Thrown when Pagefind reports any error, so a build never ships a broken or partial index. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * The build's search index, fed page by page while the site renders (src/middleware.ts) and written to
 * `<outDir>/pagefind/` once the build is done, so `astro build` alone gives a searchable dist/.
 */
export class SearchIndexer implements SearchFeed {
  readonly #index: Promise<PagefindIndex>;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #errors: string[] = [];
  #pages = 0;

  constructor() {
    // One index per edition, by each page's <html lang>: /search/ searches the English pages and
    // /ko/search/ the Korean ones; Latin and Hangul names are in both (see README).
    this.#index = pagefind.createIndex({ excludeSelectors: [...LABEL_SELECTORS] }).then(({ index, errors }) => {
      failOn('createIndex', errors);
      if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
      return index;
    });
  }

  async add(url: string, html: string): Promise<void> {
    const indexed = this.#index
      .then((index) => index.addHTMLFile({ url, content: html }))
      .then(
        ({ errors }) => {
          this.#pages += 1;
          for (const error of errors) this.#errors.push(`${url}: ${error}`);
        },
        (error: unknown) => {
          this.#errors.push(`${url}: ${String(error)}`);
        },
      )
      .finally(() => this.#inFlight.delete(indexed));
    this.#inFlight.add(indexed);
    if (this.#inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(this.#inFlight);
  }

  /** Waits for the pages still in flight, then writes the index; fails on any page Pagefind refused. */
  async write(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
    const started = performance.now();
    try {
      const index = await this.#index;
      await Promise.all(this.#inFlight);
      failOn('addHTMLFile', this.#errors);
      if (this.#pages === 0) throw new SearchIndexError(`no page of ${outDir} was handed to the search index`);
      const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
      failOn('writeFiles', written.errors);
      logger.info(`indexed ${this.#pages} pages in ${Math.round(performance.now() - started)} ms after the render`);
    } finally {
      await pagefind.close();
    }
  }
}

/** Starts the index and lets the pages reach it; returns it for astro:build:done. */
export function startSearchIndex(): SearchIndexer {
  const indexer = new SearchIndexer();
  setSearchFeed(indexer);
  return indexer;
}

/** Ends the feed (no page may reach a written index) and writes the index. */
export async function writeSearchIndex(indexer: SearchIndexer, outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  setSearchFeed(undefined);
  await indexer.write(outDir, logger);
}
