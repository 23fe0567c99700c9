/** What the incident pages and the incidents index show. */
import type { Graph, IncidentNode } from '~/lib/content/graph';
import { nameOf, titleOf } from '~/lib/content/localised';
import { sumRanges, usdRange } from '~/lib/domain/amounts';
import { ATTRIBUTION_KINDS, INCIDENT_KINDS, type IncidentKind } from '~/lib/domain/vocabulary';
import { structuredDataOf } from '~/lib/exports/structured-data';
import { yearBars } from '~/lib/pictures/bars';
import { hrefOf, localHref } from '~/lib/site/urls';
import { formatDate, formatUsd, t } from '~/i18n';
import { actionListItems, citationOf, sourceListItems } from './parts';
import type { PageContext, PageMeta } from './entities';

const usdTextOf = (incident: IncidentNode) => {
  const range = usdRange(incident.data);
  return range && formatUsd(range);
};

export function incidentPage(incident: IncidentNode, context: PageContext) {
  const { data } = incident;
  const kind = t.incidentKind[data.kind];
  const title = titleOf(incident);
  return {
    meta: {
      title,
      description: t.incident.description(formatDate(data.occurred.date), kind, title),
      searchable: true,
      structuredData: structuredDataOf(incident, context.site),
    } satisfies PageMeta,
    eyebrow: t.incident.eyebrow(kind),
    title,
    kind,
    occurred: { date: data.occurred.date, text: formatDate(data.occurred.date), fact: data.occurred, note: data.occurred.note },
    disclosed: data.disclosed && { date: data.disclosed.date, text: formatDate(data.disclosed.date), fact: data.disclosed, note: data.disclosed.note },
    victim: { name: data.victim.name, node: incident.victim, fact: data.victim, note: data.victim.note },
    amount: usdTextOf(incident),
    amounts: (data.amounts ?? []).map((amount) => ({
      usd: amount.usd === undefined ? undefined : t.money.usd(amount.usd),
      assets: amount.assets,
      asOf: amount.asOf && t.incident.asOf(formatDate(amount.asOf)),
      fact: amount,
      note: amount.note,
    })),
    groups: incident.groups,
    /** Governments, the UN Panel of Experts, companies and researchers, each under its own heading. */
    attributions: ATTRIBUTION_KINDS.map((byKind) => ({
      id: `attributions-${byKind}`,
      heading: t.attributionKind[byKind],
      items: data.attributions
        .filter((attribution) => attribution.byKind === byKind)
        .map((attribution) => ({
          by: attribution.by,
          date: attribution.date,
          dateText: t.incident.attributedOn(formatDate(attribution.date)),
          /** Where the documents that print the words do not give the day: those that do. */
          dated: attribution.dated,
          words: attribution.words,
          language: attribution.language,
          translation: attribution.translation,
          fact: attribution,
          note: attribution.note,
        })),
    })).filter((group) => group.items.length > 0),
    wallets: incident.wallets.map(({ wallet, listings }) => ({
      label: t.identifiers.label(t.identifier.wallet, wallet.chain, undefined),
      value: wallet.value,
      fact: wallet,
      note: wallet.note,
      listings: listings.map(({ node, action }) => ({ node, action })),
    })),
    actions: actionListItems(incident.actions),
    discrepancies: data.discrepancies,
    sources: sourceListItems(incident.cited),
    citation: citationOf(incident, title, context),
  };
}

/** One line of an incidents list or table. */
export function incidentListItems(incidents: readonly IncidentNode[]) {
  return incidents.map((incident) => ({
    incident,
    href: hrefOf(incident),
    date: incident.data.occurred.date,
    dateText: formatDate(incident.data.occurred.date),
    title: titleOf(incident),
    kind: t.incidentKind[incident.data.kind],
    amount: usdTextOf(incident),
    groups: incident.groups.map((group) => ({ node: group, name: nameOf(group) })),
    actions: incident.actions.length,
  }));
}

/** The views of the incidents index: all, one per kind present, one per group with incidents. */
export interface IncidentsView {
  /** Site path of the view's page. */
  path: string;
  label: string;
  /** Which filter list the view belongs to. */
  by: 'all' | 'kind' | 'group';
  incidents: IncidentNode[];
}

export const incidentsPath = (view?: { by: 'kind' | 'group'; id: string }) => (view ? `/incidents/${view.by}/${view.id}/` : '/incidents/');

export function incidentsViews(graph: Graph): IncidentsView[] {
  const kinds = INCIDENT_KINDS.filter((kind) => graph.incidents.some((incident) => incident.data.kind === kind));
  const groups = graph.organisations.filter((organisation) => organisation.incidents.length > 0);
  return [
    { path: incidentsPath(), label: t.incidents.all, by: 'all' as const, incidents: graph.incidents },
    ...kinds.map((kind: IncidentKind) => ({
      path: incidentsPath({ by: 'kind', id: kind }),
      label: t.incidentKind[kind],
      by: 'kind' as const,
      incidents: graph.incidents.filter((incident) => incident.data.kind === kind),
    })),
    ...groups.map((group) => ({ path: incidentsPath({ by: 'group', id: group.id }), label: nameOf(group), by: 'group' as const, incidents: group.incidents })),
  ];
}

/** The route of each view but the first: /incidents/kind/<kind>/ and /incidents/group/<id>/. */
export function incidentsRoutes(graph: Graph) {
  return incidentsViews(graph)
    .filter((view) => view.by !== 'all')
    .map((view) => ({ params: { path: view.path.replace(/^\/incidents\/|\/$/g, '') }, props: { path: view.path } }));
}

/** Incidents per year, with the sum of the amounts reported (a range where sources differ). */
export function incidentTotals(incidents: readonly IncidentNode[]) {
  const byYear = new Map<string, IncidentNode[]>();
  for (const incident of incidents) {
    const year = incident.data.occurred.date.slice(0, 4);
    const inYear = byYear.get(year);
    if (inYear) inYear.push(incident);
    else byYear.set(year, [incident]);
  }
  const rows = [...byYear.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, inYear]) => {
      const ranges = inYear.flatMap((incident) => usdRange(incident.data) ?? []);
      const sum = ranges.length > 0 ? sumRanges(ranges) : undefined;
      return {
        year,
        id: `year-${year}`,
        count: inYear.length,
        sum,
        sumText: sum ? formatUsd(sum) : '',
        withoutAmount: t.incidents.withoutAmount(inYear.length - ranges.length),
      };
    });
  const chart = yearBars(rows.map((row) => ({ year: row.year, value: row.sum?.high ?? 0 })));
  return {
    rows,
    chart: {
      ...chart,
      label: t.incidents.chartLabel,
      caption: t.incidents.chartCaption,
      bars: chart.bars.map((bar) => {
        const row = rows.find((entry) => entry.year === bar.year);
        return { ...bar, href: row ? `#${row.id}` : undefined, title: row ? t.incidents.barTitle(bar.year, row.sumText || '–', row.count) : undefined };
      }),
    },
  };
}

export function incidentsPage(graph: Graph, path: string) {
  const views = incidentsViews(graph);
  const view = views.find((candidate) => candidate.path === path);
  if (!view) throw new Error(`no incidents view at ${path}`);
  const heading = t.incidents.heading(view.by === 'all' ? undefined : view.label);
  const filters = (by: 'kind' | 'group') =>
    views
      .filter((candidate) => candidate.by === by)
      .map((candidate) => ({ href: localHref(candidate.path), label: candidate.label, count: candidate.incidents.length, current: candidate === view }));
  const totals = incidentTotals(view.incidents);
  const items = incidentListItems(view.incidents);
  return {
    meta: { title: heading, description: t.incidents.description } satisfies PageMeta,
    heading,
    intro: t.incidents.intro(view.incidents.length),
    all: { href: localHref(incidentsPath()), label: t.incidents.all, current: view.by === 'all' },
    filters: [
      { label: t.incidents.byKind, links: filters('kind') },
      { label: t.incidents.byGroup, links: filters('group') },
    ].filter((group) => group.links.length > 0),
    totals,
    years: totals.rows.map((row) => ({ ...row, incidents: items.filter((item) => item.date.startsWith(row.year)) })),
    caption: t.incidents.tableCaption(view.label),
    empty: view.incidents.length === 0 ? t.incidents.empty : undefined,
  };
}
