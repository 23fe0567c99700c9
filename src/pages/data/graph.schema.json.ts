import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { graphJsonSchema } from '~/schemas/graph-json';

/** JSON Schema of /data/graph.json, generated from the same Zod schema the tests check the file against. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ $id: 'graph.schema.json', title: 'DPRK Cyber Sanctions Tracker graph', ...z.toJSONSchema(graphJsonSchema) }, null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
