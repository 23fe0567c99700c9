// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks, refuseRawHtml, siteLinks } from './src/lib/content/markdown.ts';
import { afterBuild } from './src/integrations/after-build.ts';
import { DEFAULT_LANGUAGE } from './src/i18n/index.ts';

// BASE_PATH lets the same build be served from a sub-folder (for example /tracker/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dprk-cyber-sanctions.example.org',
  base,
  // OUT_DIR keeps a second build (e.g. under a base path) beside the main one.
  outDir: process.env.OUT_DIR ?? './dist',
  // A build of another corpus (CONTENT_DIR) needs its own content cache, or cached entries leak between corpora.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Several pages in flight at once: a page's files are written while the next one renders.
  build: { format: 'directory', concurrency: 4 },
  // A second file with the same id would otherwise only print a warning and replace the first.
  prerenderConflictBehavior: 'error',
  markdown: { processor: satteri({ hastPlugins: [refuseRawHtml, externalLinks, siteLinks(DEFAULT_LANGUAGE, base)] }) },
  // afterBuild writes the search index, each entry's JSON and the sitemap.
  integrations: [mdx(), afterBuild()],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay files of their own (never inlined), so a Content-Security-Policy of script-src 'self' holds.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
