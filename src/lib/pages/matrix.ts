/**
 * What the designation matrix shows: every person and organisation against every jurisdiction.
 * Each entity's cells are computed once and shared by every view, sort and page, and by the
 * entity's own page; views filter the two sorted lists, so the whole matrix is linear in entities
 * (plus the two sorts).
 */
import type { ActionNode, Graph, OrganisationNode, PersonNode } from '~/lib/content/graph';
import { designationDate, jurisdictionRecords } from '~/lib/domain/status';
import { DESIGNATION_DATE_KINDS, JURISDICTIONS, type DesignationDateKind, type Jurisdiction } from '~/lib/domain/vocabulary';
import { hrefOf, matrixHref, matrixPath, withBase, type MatrixSortId } from '~/lib/site/urls';
import { cachePerLanguage, formatShortDate, t } from '~/i18n';
import { badgeOf } from './parts';
import { nameOf } from '~/lib/content/localised';
import type { PageMeta } from './entities';

/** The most rows one page of a view holds: a bench corpus of 50,000 entities makes 100 pages of the full view. */
export const MATRIX_PAGE_SIZE = 500;

type Entity = PersonNode | OrganisationNode;

/** A dated link to an action, as a cell prints it. */
export interface MatrixLink {
  date: string;
  text: string;
  href: string;
}

export interface MatrixCell {
  jurisdiction: Jurisdiction;
  /** The first designation, with what its date is. */
  first: (MatrixLink & { kind: DesignationDateKind; kindWord: string }) | undefined;
  amendments: MatrixLink[];
  delisting: MatrixLink | undefined;
  /** "not designated", for a cell with no designation. */
  empty: string | undefined;
  /** Ids of the actions behind the cell, for the CSV. */
  actions: ActionNode[];
}

export interface MatrixRow {
  node: Entity;
  name: string;
  href: string;
  /** Id of the row on the matrix pages, the target of "see the matrix". */
  anchor: string;
  /** One per jurisdiction, in vocabulary order; empty ones included. */
  cells: MatrixCell[];
  /** Earliest first-designation date in any jurisdiction; undefined when none designated the entity. */
  firstDate: string | undefined;
  /** How many jurisdictions designated the entity. */
  jurisdictions: number;
}

const link = (action: ActionNode, date: string, text: string): MatrixLink => ({ date, text, href: hrefOf(action) });

/** One entity's seven cells, from the status rules of src/lib/domain/status. */
function buildRow(node: Entity): MatrixRow {
  const records = new Map(jurisdictionRecords(node.designations).map((record) => [record.jurisdiction, record]));
  let firstDate: string | undefined;
  let count = 0;
  const cells = JURISDICTIONS.map((jurisdiction): MatrixCell => {
    const record = records.get(jurisdiction);
    if (!record) return { jurisdiction, first: undefined, amendments: [], delisting: undefined, empty: t.matrix.notDesignated, actions: [] };
    const { designation, amendments, delisting } = record;
    let first: MatrixCell['first'];
    if (designation) {
      const { date, kind } = designationDate(designation);
      first = { ...link(designation, date, formatShortDate(date)), kind, kindWord: t.matrix.dateKind[kind] };
      count += 1;
      if (firstDate === undefined || date < firstDate) firstDate = date;
    }
    return {
      jurisdiction,
      first,
      amendments: amendments.map((action) => link(action, action.data.announced, t.matrix.amended(formatShortDate(action.data.announced)))),
      delisting: delisting && link(delisting, delisting.data.announced, t.matrix.delisted(formatShortDate(delisting.data.announced))),
      empty: first ? undefined : t.matrix.notDesignated,
      actions: [...(designation ? [designation] : []), ...amendments, ...(delisting ? [delisting] : [])],
    };
  });
  return { node, name: nameOf(node), href: hrefOf(node), anchor: `${node.type}-${node.id}`, cells, firstDate, jurisdictions: count };
}

const rows = cachePerLanguage<Entity, MatrixRow>();
/** An entity's matrix row, built once per language however many pages show it. */
export const matrixRowOf = (node: Entity): MatrixRow => rows(node, () => buildRow(node));

const column = Object.fromEntries(JURISDICTIONS.map((code, index) => [code, index])) as Record<Jurisdiction, number>;
const designatedBy = (row: MatrixRow, jurisdiction: Jurisdiction) => row.cells[column[jurisdiction]]?.first !== undefined;

export interface MatrixView {
  id: string;
  label: string;
  includes: (row: MatrixRow) => boolean;
}

/** Designated by one jurisdiction but not by another. */
const pair = (by: Jurisdiction, notBy: Jurisdiction): MatrixView => ({
  id: `${by.toLowerCase()}-not-${notBy.toLowerCase()}`,
  label: t.matrix.views.pair(t.jurisdiction[by], t.jurisdiction[notBy]),
  includes: (row) => designatedBy(row, by) && !designatedBy(row, notBy),
});

/** The views of the matrix, in the order their links show; another pair is one more `pair(…)` line. */
// Views are made when asked for, so their labels are in the language of the page showing them.
export const matrixViews = (): readonly MatrixView[] => [
  { id: 'all', label: t.matrix.views.all, includes: () => true },
  { id: 'people', label: t.matrix.views.people, includes: (row) => row.node.type === 'person' },
  { id: 'organisations', label: t.matrix.views.organisations, includes: (row) => row.node.type === 'organisation' },
  { id: 'groups', label: t.matrix.views.groups, includes: (row) => row.node.type === 'organisation' && row.node.data.kind === 'hacking-group' },
  pair('US', 'KR'),
  pair('KR', 'US'),
  { id: 'not-un', label: t.matrix.views.notUn, includes: (row) => row.jurisdictions > 0 && !designatedBy(row, 'UN') },
  { id: 'one-only', label: t.matrix.views.oneOnly, includes: (row) => row.jurisdictions === 1 },
];

export const MATRIX_SORTS = ['first', 'jurisdictions'] as const satisfies readonly MatrixSortId[];

interface ViewRows {
  view: MatrixView;
  sorted: Record<MatrixSortId, MatrixRow[]>;
  /** Per jurisdiction, in vocabulary order: rows of the view it designated. */
  totals: number[];
}

interface Matrix {
  views: Map<string, ViewRows>;
  /** Where each entity's row is in the full view by first designation. */
  positionInAll: Map<Entity, number>;
}

const NO_DATE = '\uffff';

function buildMatrix(graph: Graph): Matrix {
  const collator = new Intl.Collator('en');
  // The victims of incidents are organisations of the site but not subjects of sanctions: no row.
  const all = [...graph.people, ...graph.subjectOrganisations].map(matrixRowOf);
  // Names ranked once, so the sorts compare numbers, not strings.
  const byName = [...all].sort((a, b) => collator.compare(a.name, b.name) || a.node.id.localeCompare(b.node.id));
  const nameRank = new Map(byName.map((row, index) => [row, index]));
  const rank = (row: MatrixRow) => nameRank.get(row) ?? 0;
  const date = (row: MatrixRow) => row.firstDate ?? NO_DATE;
  const byFirst = (a: MatrixRow, b: MatrixRow) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : rank(a) - rank(b));
  const sortedAll: Record<MatrixSortId, MatrixRow[]> = {
    first: [...all].sort(byFirst),
    jurisdictions: [...all].sort((a, b) => b.jurisdictions - a.jurisdictions || byFirst(a, b)),
  };
  const views = new Map<string, ViewRows>();
  for (const view of matrixViews()) {
    const sorted = { first: sortedAll.first.filter(view.includes), jurisdictions: sortedAll.jurisdictions.filter(view.includes) };
    const totals = JURISDICTIONS.map((jurisdiction) => sorted.first.reduce((sum, row) => sum + Number(designatedBy(row, jurisdiction)), 0));
    views.set(view.id, { view, sorted, totals });
  }
  return { views, positionInAll: new Map(sortedAll.first.map((row, index) => [row.node, index])) };
}

const matrices = cachePerLanguage<Graph, Matrix>();
const matrixOf = (graph: Graph): Matrix => matrices(graph, () => buildMatrix(graph));

const pageCount = (rows: number) => Math.max(1, Math.ceil(rows / MATRIX_PAGE_SIZE));

/** Every page of every view and sort: the static paths of /matrix/. */
export function matrixPages(graph: Graph): { view: string; sort: MatrixSortId; page: number; path: string }[] {
  const { views } = matrixOf(graph);
  return [...views.values()].flatMap(({ view, sorted }) =>
    MATRIX_SORTS.flatMap((sort) =>
      Array.from({ length: pageCount(sorted[sort].length) }, (_, index) => ({
        view: view.id,
        sort,
        page: index + 1,
        path: matrixPath(view.id, sort, index + 1),
      })),
    ),
  );
}

/** The seven jurisdiction columns, flag, code and name. */
export const jurisdictionColumns = () => JURISDICTIONS.map(badgeOf);

/** One page of one view of the matrix. */
export function matrixPage(graph: Graph, viewId: string, sort: MatrixSortId, page: number) {
  const found = matrixOf(graph).views.get(viewId);
  if (!found) throw new Error(`no matrix view ${JSON.stringify(viewId)}`);
  const { view, sorted, totals } = found;
  const all = sorted[sort];
  const pages = pageCount(all.length);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`matrix view ${viewId} has no page ${page}`);
  const heading = t.matrix.heading(view.id === 'all' ? undefined : view.label);
  const sortLabel = t.matrix.sorts[sort];
  return {
    meta: { title: t.matrix.pageTitle(heading, sortLabel, page, pages), description: t.matrix.description } satisfies PageMeta,
    heading,
    intro: t.matrix.intro,
    count: t.matrix.count(all.length, view.label),
    views: matrixViews().map((other) => ({ label: other.label, href: matrixHref(other.id, sort), current: other.id === view.id })),
    sorts: MATRIX_SORTS.map((other) => ({ label: t.matrix.sorts[other], href: matrixHref(view.id, other), current: other === sort })),
    legend: [
      ...DESIGNATION_DATE_KINDS.map((kind) => ({ term: t.matrix.dateKind[kind], meaning: t.matrix.legend[kind] })),
      { term: t.matrix.amended('…'), meaning: t.matrix.legendAmended },
      { term: t.matrix.delisted('…'), meaning: t.matrix.legendDelisted },
      { term: t.matrix.notDesignated, meaning: t.matrix.legendNotDesignated },
    ],
    caption: t.matrix.caption(view.label, sortLabel),
    scrollLabel: t.matrix.scrollLabel,
    corner: t.matrix.entity,
    columns: jurisdictionColumns(),
    rows: all.slice((page - 1) * MATRIX_PAGE_SIZE, page * MATRIX_PAGE_SIZE),
    empty: all.length === 0 ? t.matrix.empty : undefined,
    totals: { label: t.matrix.totals(all.length), counts: totals },
    pagination:
      pages > 1
        ? {
            label: t.matrix.pagination,
            pages: Array.from({ length: pages }, (_, index) => ({
              number: index + 1,
              label: t.matrix.page(index + 1),
              href: matrixHref(view.id, sort, index + 1),
              current: index + 1 === page,
            })),
          }
        : undefined,
    download: { href: withBase('/data/matrix.csv'), text: t.matrix.download },
  };
}

/** An entity's own row, for its page: the same cells, and a link to where the row sits in the matrix. */
export function entityMatrixRow(graph: Graph, node: Entity) {
  const row = matrixRowOf(node);
  const position = matrixOf(graph).positionInAll.get(node) ?? 0;
  return {
    heading: t.status.heading,
    caption: t.status.caption(node.name),
    scrollLabel: t.status.scrollLabel,
    corner: t.matrix.entity,
    columns: jurisdictionColumns(),
    row,
    matrix: { href: `${matrixHref('all', 'first', Math.floor(position / MATRIX_PAGE_SIZE) + 1)}#${row.anchor}`, text: t.status.seeMatrix },
  };
}

/** The static paths of the matrix route (`src/pages/matrix/[...path].astro` and its Korean twin): /matrix/ is the full view by first designation. */
export const matrixRoutes = (graph: Graph) =>
  matrixPages(graph).map(({ view, sort, page, path }) => ({
    params: { path: path.replace(/^\/matrix\//, '').replace(/\/$/, '') || undefined },
    props: { view, sort, page },
  }));
