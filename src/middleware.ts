import { defineMiddleware } from 'astro:middleware';
import { inLanguage } from '~/i18n';
import { searchFeed, SEARCHED_PAGE_MARKER } from '~/lib/site/search-feed';
import { languageOfPath, sitePathOf } from '~/lib/site/urls';

/**
 * Every page renders in the language of its URL: /ko/… in Korean, the rest in English. During
 * `astro build`, a page search indexes also goes to the index as soon as it is rendered.
 */
export const onRequest = defineMiddleware((context, next) =>
  inLanguage(languageOfPath(context.url.pathname), async () => {
    const response = await next();
    const feed = searchFeed();
    // Only pages: endpoints (feeds, CSV, JSON) pass through untouched.
    if (!feed || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
    const html = await response.text();
    if (html.includes(SEARCHED_PAGE_MARKER)) await feed.add(sitePathOf(context.url.pathname), html);
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  }),
);
