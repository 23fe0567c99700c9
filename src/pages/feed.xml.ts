import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { graph } from '~/lib/content/content';
import { feedItems } from '~/lib/exports/feed';
import { localHref } from '~/lib/site/urls';
import { t } from '~/i18n';

export const GET: APIRoute = (context) =>
  rss({
    title: t.feed.title,
    description: t.feed.description,
    site: new URL(localHref('/'), context.site ?? 'https://example.org'),
    items: feedItems(graph).map((item) => ({ ...item, link: localHref(item.link) })),
    customData: `<language>${t.lang}</language>`,
  });
