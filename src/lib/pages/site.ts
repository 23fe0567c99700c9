/** What the pages about the site as a whole show: coverage, network, downloads, about, search, changes, and the frame of every page. */
import type { Graph, AnyNode } from '~/lib/content/graph';
import type { ContentChange } from '~/lib/content/history';
import { documentUrl } from '~/lib/content/source-links';
import { csvFiles } from '~/lib/exports/csv';
import { serialiseJsonLd } from '~/lib/exports/structured-data';
import { bodyTrees, designeesByBodyAndJurisdiction, MAX_TREE_UNITS } from '~/lib/pictures/network';
import { coverageMatrix, designeesByJurisdiction, yearsCovered } from '~/lib/site/coverage';
import { alternateHref, hrefOf, localHref, timelineHref, withBase } from '~/lib/site/urls';
import { currentLanguage, DEFAULT_LANGUAGE, dictionaryOf, formatDate, LANGUAGES, t, type Language } from '~/i18n';
import type { PageMeta } from './entities';
import { SEARCH_TYPES } from '~/lib/domain/vocabulary';

const primaryCount = (graph: Graph) => graph.sources.filter((source) => source.data.type === 'primary').length;

/** The frame of every page: head, navigation (the current section marked) and footer. */
export function layoutOf(meta: PageMeta, location: { pathname: string; site: URL }) {
  const canonical = new URL(location.pathname, location.site).href;
  /** The same page in another edition. */
  const twin = (language: Language) => (meta.editionsPath ? localHref(meta.editionsPath, undefined, language) : alternateHref(location.pathname, language));
  const description = meta.description ?? t.site.description;
  return {
    lang: t.lang,
    title: meta.title,
    documentTitle: t.site.title(meta.title),
    description,
    canonical,
    ogType: meta.structuredData ? 'article' : 'website',
    jsonLd: meta.structuredData && serialiseJsonLd(meta.structuredData),
    searchable: meta.searchable ?? false,
    nav: (['timeline', 'actions', 'people', 'organisations', 'incidents', 'matrix', 'sources', 'network', 'coverage', 'downloads', 'about'] as const).map(
      (section) => {
        const href = localHref(`/${section}/`);
        return { href, label: t.nav[section], current: location.pathname.startsWith(href) };
      },
    ),
    footerHtml: t.site.footerHtml(localHref),
    /** The same page in each edition, for hreflang and the language switch. */
    editions: LANGUAGES.map((language) => ({
      lang: dictionaryOf(language).lang,
      name: dictionaryOf(language).site.languageName,
      href: twin(language),
      url: new URL(twin(language), location.site).href,
      current: language === currentLanguage(),
    })),
    defaultUrl: new URL(twin(DEFAULT_LANGUAGE), location.site).href,
  };
}

export function coveragePage(graph: Graph) {
  const { years, rows } = coverageMatrix(graph);
  return {
    meta: { title: t.coverage.title, description: t.coverage.description } satisfies PageMeta,
    intro: t.coverage.intro({
      actions: graph.actions.length,
      jurisdictions: graph.jurisdictions.length,
      from: years[0] ?? '',
      to: years.at(-1) ?? '',
      people: graph.people.length,
      organisations: graph.subjectOrganisations.length,
      sources: graph.sources.length,
      primary: primaryCount(graph),
    }),
    years,
    matrix: rows.map(({ jurisdiction, cells }) => ({
      jurisdiction,
      name: t.jurisdiction[jurisdiction],
      cells: cells.map((cell) => ({
        count: cell.actions.length,
        href: `${timelineHref(jurisdiction)}#year-${cell.year}`,
        label: t.coverage.cell(cell.actions.length, t.jurisdiction[jurisdiction], cell.year),
      })),
      total: cells.reduce((sum, cell) => sum + cell.actions.length, 0),
    })),
    named: designeesByJurisdiction(graph).map((row) => ({ name: t.jurisdiction[row.jurisdiction], people: row.people, organisations: row.organisations })),
    checks: graph.checks.map((check) => ({
      id: `check-${check.id}`,
      jurisdiction: check.data.jurisdiction,
      title: check.data.title,
      read: check.data.read,
      matched: check.data.entriesMatched === undefined ? undefined : t.coverage.matched(check.data.entriesMatched),
      reconciled: check.data.reconciled && t.coverage.reconciled(formatDate(check.data.reconciled.date), check.data.reconciled.entities.length),
      sources: check.sources.map((source) => ({
        href: hrefOf(source),
        title: source.data.title,
        copyOf: source.data.copy?.date && t.coverage.copyOf(source.data.copy.date),
      })),
      omitted:
        check.data.omitted && check.data.omitted.length > 0
          ? {
              heading: t.coverage.leftOut(check.data.omitted.length),
              items: check.data.omitted.map((omitted) => ({
                what: omitted.what,
                reason: omitted.reason,
                sources: omitted.sources.flatMap((id, index) => {
                  const source = graph.source(id);
                  return source ? [{ first: index === 0, href: documentUrl(source.data), publisher: source.data.publisher }] : [];
                }),
              })),
            }
          : undefined,
    })),
    gapsHtml: t.coverage.gapsHtml(localHref, formatDate(graph.actions[0]?.data.announced ?? '')),
  };
}

export function networkPage(graph: Graph) {
  return {
    meta: { title: t.network.title, description: t.network.description } satisfies PageMeta,
    jurisdictions: graph.jurisdictions.map((code) => t.jurisdiction[code]),
    rows: designeesByBodyAndJurisdiction(graph),
    trees: bodyTrees(graph, {
      hrefOf,
      more: t.relationships.more,
      unitOf: (node) => t.network.unit(node.name, node.members.length),
      listHref: (top) => `#units-of-${top.id}`,
    }).map(({ top, units, diagram }) => ({
      top,
      listId: `units-of-${top.id}`,
      truncated: units.length > MAX_TREE_UNITS ? t.network.truncated(MAX_TREE_UNITS, units.length) : undefined,
      diagram,
      units: units.filter((unit) => unit.distance > 0).map(({ node }) => ({ node, parent: node.parent })),
    })),
  };
}

export function downloadsPage(graph: Graph) {
  return {
    meta: { title: t.downloads.title, description: t.downloads.description } satisfies PageMeta,
    introHtml: t.downloads.introHtml(localHref),
    files: csvFiles(graph).map((file) => ({
      id: `csv-${file.file.replace('.csv', '')}`,
      file: file.file,
      href: withBase(`/data/${file.file}`),
      description: file.description,
      columns: file.columns.map((column: { name: string; description: string }) => ({ name: column.name, description: column.description })),
    })),
    outroHtml: t.downloads.outroHtml(localHref),
  };
}

export function aboutPage(graph: Graph) {
  return {
    meta: { title: t.about.title, description: t.about.description } satisfies PageMeta,
    bodyHtml: t.about.bodyHtml({ sources: graph.sources.length, primary: primaryCount(graph), href: localHref }),
  };
}

export function searchPage(graph: Graph) {
  return {
    meta: { title: t.search.title, description: t.search.description } satisfies PageMeta,
    base: withBase('/'),
    action: localHref('/search/'),
    /** The search script's strings, as JSON for its data-strings attribute. */
    strings: JSON.stringify(t.search.client),
    types: SEARCH_TYPES.map((type) => ({ value: type, label: t.search.types[type] })),
    jurisdictions: graph.jurisdictions.map((code) => ({ value: code, label: t.jurisdiction[code] })),
    years: yearsCovered(graph.actions).reverse(),
    needsJsHtml: t.search.needsJsHtml(localHref),
  };
}

/** The most files one change lists: a bulk import would otherwise make the page enormous. */
const MAX_FILES_PER_CHANGE = 200;

export function changesPage(graph: Graph, changes: readonly ContentChange[]) {
  const byFile = new Map<string, AnyNode>([...graph.actions, ...graph.people, ...graph.organisations, ...graph.sources].map((node) => [node.file, node]));
  return {
    meta: { title: t.changes.title, description: t.changes.description } satisfies PageMeta,
    changes: changes.map((change) => ({
      date: change.date,
      dateText: formatDate(change.date),
      message: change.message,
      groups: (['added', 'changed', 'renamed', 'removed'] as const).flatMap((status) => {
        const files = change.files.filter((entry) => entry.status === status);
        if (files.length === 0) return [];
        return [
          {
            summary: t.changes.files(t.changes.status[status], files.length),
            entries: files.slice(0, MAX_FILES_PER_CHANGE).map((entry) => ({
              file: entry.file,
              node: status === 'removed' ? undefined : byFile.get(entry.file),
              from: entry.from,
            })),
          },
        ];
      }),
    })),
  };
}

export function notFoundPage() {
  return {
    meta: { title: t.notFound.title, editionsPath: '/' } satisfies PageMeta,
    intro: t.notFound.intro,
    linksHtml: t.notFound.linksHtml(localHref),
  };
}
