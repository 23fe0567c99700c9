import type { AstroIntegrationLogger } from 'astro';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGraph } from '~/lib/content/graph';
import { contentRoot } from '~/lib/content/loader';
import { loadContent } from '~/lib/content/read-content';
import { entryToJson } from '~/lib/exports/export';
import { jsonPathOf, useBase } from '~/lib/site/urls';

/**
 * Writes each action's, person's, organisation's and incident's JSON (`/people/<id>.json`) once the pages are
 * built. As Astro endpoints these were one route render each, about as costly as a page; written
 * here they cost the JSON alone. The graph is read with the same reader and checks as the pages.
 * Files are written a batch at a time, so the search index (another process) is built meanwhile.
 */
export async function writeEntryJson(outDir: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  // This runs outside the site's bundle, where the base path is not known: give it.
  useBase(base);
  const graph = buildGraph(loadContent(contentRoot));
  const nodes = [...graph.actions, ...graph.people, ...graph.organisations, ...graph.incidents];
  const folders = new Set<string>();
  for (let start = 0; start < nodes.length; start += 200) {
    await Promise.all(
      nodes.slice(start, start + 200).map((node) => {
        const file = path.join(outDir, jsonPathOf(node));
        const folder = path.dirname(file);
        if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
        folders.add(folder);
        return writeFile(file, JSON.stringify(entryToJson(graph, node), null, 2));
      }),
    );
  }
  logger.info(`wrote ${nodes.length} entry JSON files in ${Math.round(performance.now() - started)} ms`);
}
