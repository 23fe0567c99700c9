import type { Jurisdiction } from '~/schemas/action';
import type { AnyNode } from '~/lib/content/graph';

const sectionOf = { action: 'actions', person: 'people', organisation: 'organisations', source: 'sources' } as const;

/**
 * The folders whose pages search indexes: action, person and organisation pages (their page data sets
 * `searchable`). Pagefind reads only these, which gives the same index as reading every page, in less time.
 */
export const SEARCHED_SECTIONS = [sectionOf.action, sectionOf.person, sectionOf.organisation] as const;
export const searchedPagesGlob = `{${SEARCHED_SECTIONS.join(',')}}/**/*.html`;

// Files written after the build (src/integrations/) run outside the site's bundle, where
// import.meta.env.BASE_URL is not the site's base: they give it here.
let baseOutsideBundle: string | undefined;
export const useBase = (base: string) => {
  baseOutsideBundle = base;
};

/** Joins the site's base path and a site path, so every link works under a sub-folder deployment. */
export function withBase(sitePath: string, base: string = baseOutsideBundle ?? import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** Site path of a node's page, without the base path (used in exports and search records). */
export function pathOf(node: Pick<AnyNode, 'type' | 'id'>): string {
  return `/${sectionOf[node.type]}/${node.id}/`;
}

/** The link to a node's page: the only way templates build entity URLs. */
export function hrefOf(node: Pick<AnyNode, 'type' | 'id'>, base?: string): string {
  return withBase(pathOf(node), base);
}

/** The timeline page filtered to one jurisdiction. */
export function timelineHref(jurisdiction?: Jurisdiction, base?: string): string {
  return withBase(jurisdiction ? `/timeline/${jurisdiction.toLowerCase()}/` : '/timeline/', base);
}

/** Site path of the JSON of one entry, beside its page: /people/<id>.json. */
export const jsonPathOf = (node: Pick<AnyNode, 'type' | 'id'>): string => `${pathOf(node).replace(/\/$/, '')}.json`;

/** The link to the JSON of one entry. */
export function jsonHrefOf(node: Pick<AnyNode, 'type' | 'id'>, base?: string): string {
  return withBase(jsonPathOf(node), base);
}

/** Orders of the designation matrix: by first designation, or by the number of jurisdictions that designated. */
export type MatrixSortId = 'first' | 'jurisdictions';

/** Site path of one page of a matrix view: /matrix/ is every entity by first designation; then /matrix/<view>/by-jurisdictions/page/<k>/. */
export function matrixPath(view: string, sort: MatrixSortId = 'first', page = 1): string {
  const viewPart = view === 'all' ? '' : `${view}/`;
  const sortPart = sort === 'jurisdictions' ? 'by-jurisdictions/' : '';
  const pagePart = page > 1 ? `page/${page}/` : '';
  return `/matrix/${viewPart}${sortPart}${pagePart}`;
}

/** The link to one page of a matrix view. */
export function matrixHref(view: string, sort: MatrixSortId = 'first', page = 1, base?: string): string {
  return withBase(matrixPath(view, sort, page), base);
}
