import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { graph } from '~/lib/content/content';
import { feedItems } from '~/lib/exports/feed';
import { withBase } from '~/lib/site/urls';

export const GET: APIRoute = (context) =>
  rss({
    title: 'DPRK Cyber Sanctions Tracker: new actions',
    description: 'Sanction actions on North Korea’s cyber operations, newest first, each with its sources.',
    site: new URL(withBase('/'), context.site ?? 'https://example.org'),
    items: feedItems(graph).map((item) => ({ ...item, link: withBase(item.link) })),
  });
