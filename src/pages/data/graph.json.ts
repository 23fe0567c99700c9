import type { APIRoute } from 'astro';
import { graph } from '~/lib/content/content';
import { graphToJson } from '~/lib/exports/export';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(graphToJson(graph), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
