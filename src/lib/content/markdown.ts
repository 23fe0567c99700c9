import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { ContentError, show } from './errors';
import { EXTERNAL_REL } from '../site/external';
import { localHref } from '../site/urls';
import type { Language } from '~/i18n';

/** Links in entry bodies point at source documents: open them without telling the other site where the reader came from. */
export const externalLinks = defineHastPlugin({
  name: 'tracker:external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties['href'];
      if (typeof href !== 'string') return;
      if (/^https?:\/\//i.test(href)) ctx.setProperty(node, 'rel', EXTERNAL_REL.split(' '));
      // A body links to documents (http, https) or to pages of the site; any other scheme (javascript:, data:) is refused.
      else if (/^[a-z][a-z0-9+.-]*:/i.test(href.trim())) {
        const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an entry body';
        throw new ContentError(`${file}: body: link ${show(href)} is not an http(s) link`);
      }
    },
  },
});

/**
 * Entry bodies are summaries: Markdown text, lists and links. Raw HTML is refused at build time
 * rather than sanitised, so nothing an author pastes (a <script>, an onerror attribute, an iframe)
 * can reach a reader, and the author learns at once where it is.
 */
export const refuseRawHtml = defineHastPlugin({
  name: 'tracker:refuse-raw-html',
  raw(node, ctx) {
    const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an entry body';
    throw new ContentError(`${file}: body: raw HTML ${show(node.value.trim())} is not allowed; write it as Markdown`);
  },
});

/**
 * A body links another page of the site by its site path (`/actions/<id>/`), the same in the English
 * body and the Korean summary; rendered, the link leads to that page in the body's own edition and
 * under the site's base.
 */
export const siteLinks = (language: Language, base: string) =>
  defineHastPlugin({
    name: `tracker:site-links-${language}`,
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && /^\/(?!\/)/.test(href)) ctx.setProperty(node, 'href', localHref(href, base, language));
      },
    },
  });
