import { buildGraph, type Graph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';

let graph: Graph | undefined;

/** The content the tested site was built from, read as the build reads it: browser tests take their expectations from it. */
export function builtContent(): Graph {
  graph ??= buildGraph(loadContent(process.env['CONTENT_DIR'] ?? 'content'));
  return graph;
}
