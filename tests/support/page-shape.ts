import { parse, type HTMLElement, type Node } from 'node-html-parser';

// Attributes whose values change what axe reports (roles, states, language, focus, styling); other
// values (hrefs, titles, text) only matter by being present or empty.
const KEPT_VALUES = /^(?:class|role|lang|dir|tabindex|type|scope|aria-hidden|aria-expanded|focusable|open)$/;

function shapeOf(node: Node, pageLanguage: string | undefined): string {
  if (node.nodeType === 3) return node.text.trim() ? 'T' : '';
  if (node.nodeType !== 1) return '';
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (tag === 'script' || tag === 'style') return `<${tag}>`;
  // Across editions, languages are left out: a Korean page marks its English notes and an English page its
  // Hangul names, so twins differ only there (the dist tests check every page's language marks).
  const ignored = (name: string) => pageLanguage !== undefined && (name === 'lang' || name === 'hreflang');
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => !ignored(name))
    .map(([name, value]) => (KEPT_VALUES.test(name) ? `${name}=${value}` : `${name}${value.trim() ? '+' : '-'}`))
    .sort()
    .join(' ');
  // Children of one shape (list items, table rows, boxes of a picture) count once: ten rows are
  // checked as one. Ids are compared by presence only: html-validate checks every page for duplicates.
  const children = new Set<string>();
  for (const child of element.childNodes) {
    const shape = shapeOf(child, pageLanguage);
    if (shape) children.add(shape);
  }
  // The order of a head's links and metadata changes nothing axe reports (a twin lists the editions in another order).
  const shapes = tag === 'head' ? [...children].sort() : [...children];
  return `<${tag} ${attributes}>${shapes.join('')}</${tag}>`;
}

/**
 * The structure of a page as an accessibility checker sees it: elements, their classes, roles,
 * states and language, and whether each text, link or label is empty, without the words
 * themselves. Pages of one shape get the same axe result, so one page per shape is checked.
 */
export function pageShape(html: string, acrossEditions = false): string {
  const root = parse(html);
  return shapeOf(root, acrossEditions ? (root.querySelector('html')?.getAttribute('lang') ?? '') : undefined);
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

/**
 * The pages to check when the site has several editions: pages of one shape but for their language
 * (a Korean page and its English twin) count as one shape, and the page checked alternates between
 * the editions from one shape to the next, so each edition's pages are checked in turn.
 */
export function onePerShapeAcrossEditions<Page extends { html: string; language: string }>(pages: readonly Page[]): Page[] {
  const byShape = new Map<string, Page[]>();
  for (const page of pages) {
    const shape = pageShape(page.html, true);
    byShape.set(shape, [...(byShape.get(shape) ?? []), page]);
  }
  const languages = [...new Set(pages.map((page) => page.language))].sort();
  return [...byShape.values()].map((group, index) => group.find((page) => page.language === languages[index % languages.length]) ?? (group[0] as Page));
}
