import type { APIRoute } from 'astro';
import { graph } from '~/lib/content/content';
import { nameEntries } from '~/lib/search/suggest';

/** Printed names for "did you mean", fetched by the search page only when a query matches nothing. */
export const GET: APIRoute = () => new Response(JSON.stringify(nameEntries(graph)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
