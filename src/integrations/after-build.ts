import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeEntryJson } from './entry-json';
import { indexSearch } from './pagefind';

/** At astro:build:done: the search index (Pagefind, in its own process) and each entry's JSON, side by side. */
export function afterBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'dprk-tracker:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const results = await Promise.allSettled([
          indexSearch(outDir, logger.fork('dprk-tracker:pagefind')),
          writeEntryJson(outDir, base, logger.fork('dprk-tracker:entry-json')),
        ]);
        for (const result of results) if (result.status === 'rejected') throw result.reason;
      },
    },
  };
}
