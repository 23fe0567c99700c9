import { ContentError, show } from './errors';

// Code spans and fenced blocks may show HTML as text; everything else is Markdown prose.
const FENCED = /^(```|~~~)[\s\S]*?^\1/gm;
const INLINE_CODE = /`[^`\n]*`/g;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const LINK_TARGET = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)/g;

const proseOf = (body: string) => body.replace(FENCED, '').replace(INLINE_CODE, '');

/** The targets of a Markdown text's links, in order, repeats kept. */
export function linkTargets(body: string): string[] {
  return [...proseOf(body).matchAll(LINK_TARGET)].map(([, target = '']) => target);
}

/**
 * A Korean summary says what the English body says, with the same links: each document the body
 * links, the summary links as often, and nothing else.
 */
export function assertSameLinks(file: string, body: string, summary: string, field = 'ko.summary'): void {
  const english = linkTargets(body);
  const korean = linkTargets(summary);
  const count = (list: readonly string[], target: string) => list.filter((other) => other === target).length;
  for (const target of new Set([...english, ...korean])) {
    const inEnglish = count(english, target);
    const inKorean = count(korean, target);
    if (inEnglish === inKorean) continue;
    const problem =
      inKorean === 0
        ? `does not link ${show(target)}, which the English body links`
        : inEnglish === 0
          ? `links ${show(target)}, which the English body does not`
          : `links ${show(target)} ${inKorean} times, the English body ${inEnglish}`;
    throw new ContentError(`${file}: ${field}: ${problem}; the Korean summary gives the same facts and links as the English`);
  }
}

/**
 * A body links another page of the site by that page's path (`/actions/<id>/`, `/people/<id>/`);
 * a path that names no page of the site stops the build, so a mistyped id never ships as a dead link.
 */
export function assertSiteLinks(file: string, text: string, isPage: (sitePath: string) => boolean, field = 'body'): void {
  for (const target of linkTargets(text)) {
    if (!/^\/(?!\/)/.test(target) || isPage(target)) continue;
    throw new ContentError(`${file}: ${field}: link ${show(target)} is not a page of the site; link an entry by its page's path, e.g. "/actions/<id>/"`);
  }
}

/**
 * Entry bodies are Markdown summaries: raw HTML and links that are not http(s) or site paths are
 * refused, so nothing pasted into a body can run in a reader's browser. Checked as each file is
 * loaded (every build, cached or not), with the file named in the message.
 */
export function assertSafeBody(file: string, body: string, field = 'body'): void {
  const prose = proseOf(body);
  const tag = HTML_TAG.exec(prose);
  if (tag) throw new ContentError(`${file}: ${field}: raw HTML ${show(tag[0])} is not allowed; write it as Markdown`);
  for (const [, target = ''] of prose.matchAll(LINK_TARGET)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^https?:/i.test(target)) {
      throw new ContentError(`${file}: ${field}: link ${show(target)} is not an http(s) link`);
    }
  }
}
