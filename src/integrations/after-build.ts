import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeEntryJson } from './entry-json';
import { indexSearch } from './pagefind';
import { writeSitemap } from './sitemap';

/** At astro:build:done: the search index (Pagefind, in its own process), each entry's JSON and the sitemap, side by side. */
export function afterBuild(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'dprk-tracker:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        if (!config.site) throw new Error('astro.config.mjs: `site` is not set; the sitemap and the pages’ alternate links need it');
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const results = await Promise.allSettled([
          indexSearch(outDir, logger.fork('dprk-tracker:pagefind')),
          writeEntryJson(outDir, base, logger.fork('dprk-tracker:entry-json')),
          writeSitemap(
            outDir,
            pages.map((page) => page.pathname),
            site,
            base,
            logger.fork('dprk-tracker:sitemap'),
          ),
        ]);
        for (const result of results) if (result.status === 'rejected') throw result.reason;
      },
    },
  };
}
