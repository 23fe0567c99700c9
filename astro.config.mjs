// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// BASE_PATH lets the same build be served from a sub-folder (for example /tracker/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dprk-cyber-sanctions.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A second file with the same id would otherwise only print a warning and replace the first.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
