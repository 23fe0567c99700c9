import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '~/lib/content/graph';
import { contentRoot } from '~/lib/content/loader';
import { loadContent } from '~/lib/content/read-content';
import { entryToJson } from '~/lib/exports/export';
import { jsonPathOf, useBase } from '~/lib/site/urls';

/**
 * Writes each action's, person's and organisation's JSON (`/people/<id>.json`) once the pages are
 * built. As Astro endpoints these were one route render each, about as costly as a page; written
 * here they cost the JSON alone. The graph is read with the same reader and checks as the pages.
 */
export function entryJson(): AstroIntegration {
  let base = '/';
  return {
    name: 'dprk-tracker:entry-json',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // This hook runs outside the site's bundle, where the base path is not known: give it.
        useBase(base);
        const graph = buildGraph(loadContent(contentRoot));
        const nodes = [...graph.actions, ...graph.people, ...graph.organisations];
        const folders = new Set<string>();
        for (const node of nodes) {
          const file = path.join(outDir, jsonPathOf(node));
          const folder = path.dirname(file);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          writeFileSync(file, JSON.stringify(entryToJson(graph, node), null, 2));
        }
        logger.info(`wrote ${nodes.length} entry JSON files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
