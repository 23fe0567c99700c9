import { parse, type HTMLElement, type Node } from 'node-html-parser';

// Attributes whose values change what axe reports (roles, states, language, focus, styling); other
// values (hrefs, titles, text) only matter by being present or empty.
const KEPT_VALUES = /^(?:class|role|lang|dir|tabindex|type|scope|aria-hidden|aria-expanded|focusable|open)$/;

function shapeOf(node: Node): string {
  if (node.nodeType === 3) return node.text.trim() ? 'T' : '';
  if (node.nodeType !== 1) return '';
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (tag === 'script' || tag === 'style') return `<${tag}>`;
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => (KEPT_VALUES.test(name) ? `${name}=${value}` : `${name}${value.trim() ? '+' : '-'}`))
    .sort()
    .join(' ');
  // Children of one shape (list items, table rows, boxes of a picture) count once: ten rows are
  // checked as one. Ids are compared by presence only: html-validate checks every page for duplicates.
  const children = new Set<string>();
  for (const child of element.childNodes) {
    const shape = shapeOf(child);
    if (shape) children.add(shape);
  }
  return `<${tag} ${attributes}>${[...children].join('')}</${tag}>`;
}

/**
 * The structure of a page as an accessibility checker sees it: elements, their classes, roles,
 * states and language, and whether each text, link or label is empty, without the words
 * themselves. Pages of one shape get the same axe result, so one page per shape is checked.
 */
export function pageShape(html: string): string {
  return shapeOf(parse(html));
}

/** The pages to check: the first page of each distinct shape, in the order given. */
export function onePerShape<Page extends { html: string }>(pages: readonly Page[]): Page[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const shape = pageShape(page.html);
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}
