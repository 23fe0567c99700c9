import { ContentError, show } from './errors';

// Code spans and fenced blocks may show HTML as text; everything else is Markdown prose.
const FENCED = /^(```|~~~)[\s\S]*?^\1/gm;
const INLINE_CODE = /`[^`\n]*`/g;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const LINK_TARGET = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)/g;

/**
 * Entry bodies are Markdown summaries: raw HTML and links that are not http(s) or site paths are
 * refused, so nothing pasted into a body can run in a reader's browser. Checked as each file is
 * loaded (every build, cached or not), with the file named in the message.
 */
export function assertSafeBody(file: string, body: string, field = 'body'): void {
  const prose = body.replace(FENCED, '').replace(INLINE_CODE, '');
  const tag = HTML_TAG.exec(prose);
  if (tag) throw new ContentError(`${file}: ${field}: raw HTML ${show(tag[0])} is not allowed; write it as Markdown`);
  for (const [, target = ''] of prose.matchAll(LINK_TARGET)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^https?:/i.test(target)) {
      throw new ContentError(`${file}: ${field}: link ${show(target)} is not an http(s) link`);
    }
  }
}
