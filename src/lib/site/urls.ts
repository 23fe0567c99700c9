import type { Jurisdiction } from '~/schemas/action';
import type { AnyNode } from '~/lib/content/graph';
import { currentLanguage, DEFAULT_LANGUAGE, LANGUAGES, type Language } from '~/i18n';
import { DATED_SEARCH_TYPES, type SearchType } from '~/lib/domain/vocabulary';

const sectionOf = { action: 'actions', person: 'people', organisation: 'organisations', source: 'sources', incident: 'incidents' } as const;

/**
 * The folders whose pages search indexes: action, person, organisation and incident pages (their page data sets
 * `searchable`). Pagefind reads only these, which gives the same index as reading every page, in less time.
 */
export const SEARCHED_SECTIONS = [sectionOf.action, sectionOf.person, sectionOf.organisation, sectionOf.incident] as const;

/** The folder of an edition's pages: '' for English at the root, 'ko/' for Korean. */
export const editionFolder = (language: Language): string => (language === DEFAULT_LANGUAGE ? '' : `${language}/`);

// The section of each type of search result's pages.
const sectionOfSearchType: Readonly<Record<SearchType, string>> = {
  Person: sectionOf.person,
  Organisation: sectionOf.organisation,
  Action: sectionOf.action,
  Incident: sectionOf.incident,
};

/** The folders of the pages with a date of their own (DATED_SEARCH_TYPES): "newest first" lists only these. */
export const DATED_SECTIONS: readonly string[] = DATED_SEARCH_TYPES.map((type) => sectionOfSearchType[type]);

// One page per entry, one folder deep (/people/<id>/): the folders' own indexes and the filtered views of incidents are not read.
export const searchedPagesGlob = `{${LANGUAGES.flatMap((language) => SEARCHED_SECTIONS.map((section) => `${editionFolder(language)}${section}`)).join(',')}}/*/index.html`;

// Files written after the build (src/integrations/) run outside the site's bundle, where
// import.meta.env.BASE_URL is not the site's base: they give it here.
let baseOutsideBundle: string | undefined;
export const useBase = (base: string) => {
  baseOutsideBundle = base;
};

/** Joins the site's base path and a site path, so every link works under a sub-folder deployment. */
export function withBase(sitePath: string, base: string = currentBase()): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  return `${trimmedBase}${trimmedPath}`;
}

const currentBase = () => baseOutsideBundle ?? import.meta.env.BASE_URL;

/** The language of a page from its path (under the base): /ko/… is Korean. */
export function languageOfPath(pathname: string, base: string = currentBase()): Language {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return LANGUAGES.find((language) => language !== DEFAULT_LANGUAGE && inSite.startsWith(editionFolder(language))) ?? DEFAULT_LANGUAGE;
}

// Files (data, the search index, the icon) are one for both editions; pages and the feed are per edition.
const isSharedFile = (sitePath: string) => /\.[a-z]+$/.test(sitePath) && !sitePath.endsWith('/feed.xml');

/** The link to a site path in the current page's edition: /ko/people/… on Korean pages. */
export function localHref(sitePath: string, base?: string, language: Language = currentLanguage()): string {
  const path = sitePath.startsWith('/') ? sitePath : `/${sitePath}`;
  return withBase(isSharedFile(path) ? path : `/${editionFolder(language)}${path.slice(1)}`, base);
}

/** The same page in another edition: the path under the base without its edition folder, then the other's. */
export function alternateHref(pathname: string, language: Language, base: string = currentBase()): string {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const folder = editionFolder(languageOfPath(pathname, base));
  return localHref(`/${inSite.slice(folder.length)}`, base, language);
}

/** Site path of the sitemap's index, which lists its files (src/integrations/sitemap.ts). */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** Site path of a node's page, without the base path (used in exports and search records). */
export function pathOf(node: Pick<AnyNode, 'type' | 'id'>): string {
  return `/${sectionOf[node.type]}/${node.id}/`;
}

/** The link to a node's page: the only way templates build entity URLs. */
export function hrefOf(node: Pick<AnyNode, 'type' | 'id'>, base?: string): string {
  return localHref(pathOf(node), base);
}

/** The timeline page filtered to one jurisdiction. */
export function timelineHref(jurisdiction?: Jurisdiction, base?: string): string {
  return localHref(jurisdiction ? `/timeline/${jurisdiction.toLowerCase()}/` : '/timeline/', base);
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
  return localHref(matrixPath(view, sort, page), base);
}
