import type { AnyNode } from '~/lib/content/graph';

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

const SITE = 'DPRK Cyber Sanctions Tracker';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const long = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${Number(day)}, ${year}`;
};

/** APA 7 reference for a web page with a group author. */
export function apaCitation({ title, url, updated, accessed }: CitationInput): string {
  const [year, month, day] = updated.split('-');
  return `${SITE}. (${year}, ${MONTHS[Number(month) - 1]} ${Number(day)}). ${title}. Retrieved ${long(accessed)}, from ${url}`;
}

/** BibTeX @misc entry; the key is the page's id, so it is stable across rebuilds. */
export function bibtexCitation({ node, title, url, updated, accessed }: CitationInput): string {
  const escape = (text: string) => text.replace(/([{}%&$#_\\])/g, '\\$1');
  return [
    `@misc{dprk-tracker-${node.id},`,
    `  author = {{${SITE}}},`,
    `  title = {${escape(title)}},`,
    `  year = {${updated.slice(0, 4)}},`,
    `  url = {${url}},`,
    `  note = {Last updated ${updated}; accessed ${accessed}},`,
    `}`,
  ].join('\n');
}
