import type { AnyNode } from '~/lib/content/graph';
import { monthName, t } from '~/i18n';

export interface CitationInput {
  node: AnyNode;
  /** Title as the page shows it. */
  title: string;
  /** Absolute permanent URL of the page. */
  url: string;
  /** YYYY-MM-DD: when the page's content last changed. */
  updated: string;
  /** YYYY-MM-DD: when this copy of the page was built. */
  accessed: string;
}

/** A YYYY-MM-DD date in parts, the month by name. */
const parts = (iso: string) => {
  const [year = '', month, day] = iso.split('-');
  return { year, month: monthName(Number(month)) ?? '', day: Number(day) };
};

/** APA 7 reference for a web page with a group author. */
export function apaCitation({ title, url, updated, accessed }: CitationInput): string {
  return t.citation.apa({ title, url, updated: parts(updated), accessed: parts(accessed) });
}

/** BibTeX @misc entry; the key is the page's id, so it is stable across rebuilds. */
export function bibtexCitation({ node, title, url, updated, accessed }: CitationInput): string {
  const escape = (text: string) => text.replace(/([{}%&$#_\\])/g, '\\$1');
  return [
    `@misc{dprk-tracker-${node.id},`,
    `  author = {{${t.citation.author}}},`,
    `  title = {${escape(title)}},`,
    `  year = {${updated.slice(0, 4)}},`,
    `  url = {${url}},`,
    `  note = {${t.citation.note(updated, accessed)}},`,
    `}`,
  ].join('\n');
}
