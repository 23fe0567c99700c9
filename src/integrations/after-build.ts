import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeEntryJson } from './entry-json';
import { startSearchIndex, writeSearchIndex, type SearchIndexer } from './pagefind';

/**
 * The search index (Pagefind, in its own process) takes each page as it renders, from astro:build:start;
 * at astro:build:done it is written, while each entry's JSON is written beside it.
 */
export function afterBuild(): AstroIntegration {
  let base = '/';
  let indexer: SearchIndexer | undefined;
  return {
    name: 'dprk-tracker:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        indexer = startSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) throw new Error('astro:build:done came without astro:build:start: no search index was started');
        const outDir = fileURLToPath(dir);
        const results = await Promise.allSettled([
          writeSearchIndex(indexer, outDir, logger.fork('dprk-tracker:pagefind')),
          writeEntryJson(outDir, base, logger.fork('dprk-tracker:entry-json')),
        ]);
        for (const result of results) if (result.status === 'rejected') throw result.reason;
      },
    },
  };
}
