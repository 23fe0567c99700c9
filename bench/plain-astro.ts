// The baseline the build is compared with: a plain Astro project that renders the same Markdown
// (same files, same Markdown processor), one page per entry, with no schemas, no entity graph, no
// derived pages and no sitemap. Its build runs no Pagefind: bench/build.ts indexes its dist with
// Pagefind's defaults afterwards and times that apart, and a minimal search page (below) measures
// what a plain Pagefind search costs a browser. It is written to a temporary folder per run so the
// repository holds one Astro project only.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const config = `import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri() },
  devToolbar: { enabled: false },
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const root = process.env.CONTENT_DIR;
if (!root) throw new Error('CONTENT_DIR is not set');
const collection = (name) => defineCollection({ loader: glob({ pattern: '**/*.md', base: root + '/' + name }) });
export const collections = {
  actions: collection('actions'),
  people: collection('people'),
  organisations: collection('organisations'),
  sources: collection('sources'),
};
`;

// One dynamic route for every collection: the title (or first name), every name and identifier the
// entry gives (so plain Pagefind can find what our search finds: Hangul names, aliases, passports),
// and the rendered body.
const page = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ['actions', 'people', 'organisations', 'sources'];
  const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.names?.[0]?.value ?? entry.id;
const facts = [...(entry.data.names ?? []), ...(entry.data.identifiers ?? [])].map((fact) => fact.value);
---
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><h1>{title}</h1>{facts.length > 0 && <ul>{facts.map((fact) => <li>{fact}</li>)}</ul>}<Content /></body></html>
`;

/** Text of the plain search page that tells the bench it serves the plain build. */
export const PLAIN_SEARCH_MARKER = 'data-plain-search';

// Pagefind's JS API with nothing on top: on input, search and load the first 5 results' data, as
// Pagefind's own UI does first. The status names the query in curly quotes once its results are
// shown (and data-state="done"), the signal tests/support/search-driver.ts waits for on both sites.
const searchPage = `<html lang="en"><head><meta charset="utf-8" /><title>Search</title></head>
<body><h1>Search</h1>
<div ${PLAIN_SEARCH_MARKER}>
<input type="search" aria-label="Search" />
<p role="status" data-state="idle"></p>
<ol data-results></ol>
</div>
<script is:inline type="module">
const input = document.querySelector('input');
const status = document.querySelector('[role=status]');
const list = document.querySelector('[data-results]');
let pagefind;
input.addEventListener('input', async () => {
  const query = input.value.trim();
  status.dataset.state = 'searching';
  pagefind ??= import('/pagefind/pagefind.js');
  const found = await (await pagefind).search(query);
  const shown = await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
  if (input.value.trim() !== query) return;
  list.replaceChildren(...shown.map((data) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    item.append(link);
    return item;
  }));
  status.textContent = found.results.length + ' results for “' + query + '”';
  status.dataset.state = 'done';
});
</script>
</body></html>
`;

/** Writes the baseline project under `root` (node_modules linked from this repository) and returns `root`. */
export function writePlainProject(root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src', 'pages', '[collection]'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(path.join(root, 'astro.config.mjs'), config);
  writeFileSync(path.join(root, 'src', 'content.config.mjs'), contentConfig);
  writeFileSync(path.join(root, 'src', 'pages', '[collection]', '[id].astro'), page);
  writeFileSync(path.join(root, 'src', 'pages', 'search.astro'), searchPage);
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
