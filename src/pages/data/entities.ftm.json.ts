import type { APIRoute } from 'astro';
import { graph } from '~/lib/content/content';
import { ftmEntities } from '~/lib/exports/ftm';

/** FollowTheMoney entities, one JSON object per line. */
export const GET: APIRoute = () =>
  new Response(
    `${ftmEntities(graph)
      .map((entity) => JSON.stringify(entity))
      .join('\n')}\n`,
    { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } },
  );
