import type { APIRoute } from 'astro';
import { graph } from '~/lib/content/content';
import { csvFiles } from '~/lib/exports/csv';

export const getStaticPaths = () => csvFiles(graph).map((file) => ({ params: { name: file.file.replace(/\.csv$/, '') }, props: { body: file.body } }));

/** One collection as RFC 4180 CSV. */
export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: () => string }).body(), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
