import type { APIRoute } from 'astro';
import { graph } from '~/lib/content/content';
import { entryToJson } from '~/lib/exports/export';
import type { EntityNode } from '~/lib/content/graph';

export const getStaticPaths = () => graph.organisations.map((node) => ({ params: { id: node.id }, props: { node } }));

/** This entry in full, beside its page. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(entryToJson(graph, (props as { node: EntityNode }).node), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
