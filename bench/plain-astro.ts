// The baseline the build is compared with: a plain Astro project that renders the same Markdown
// (same files, same Markdown processor), one page per entry, with no schemas, no entity graph, no
// derived pages, no sitemap and no Pagefind. It is written to a temporary folder per run so the
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

// One dynamic route for every collection: the title (or first name) and the rendered body.
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
---
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><h1>{title}</h1><Content /></body></html>
`;

/** Writes the baseline project under `root` (node_modules linked from this repository) and returns `root`. */
export function writePlainProject(root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src', 'pages', '[collection]'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(path.join(root, 'astro.config.mjs'), config);
  writeFileSync(path.join(root, 'src', 'content.config.mjs'), contentConfig);
  writeFileSync(path.join(root, 'src', 'pages', '[collection]', '[id].astro'), page);
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
