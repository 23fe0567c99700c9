/** What the timeline, the home page and the index pages show. */
import { titleLanguage } from '~/lib/content/source-title';
import type { Jurisdiction } from '~/schemas/action';
import type { Graph } from '~/lib/content/graph';
import { actionsIn, countByJurisdiction, groupByYear } from '~/lib/site/timeline';
import { timelineHref } from '~/lib/site/urls';
import { formatDate, t } from '~/i18n';
import { actionListItems, chartOf, sanctionedBy } from './parts';
import type { PageMeta } from './entities';
import { swimlaneOf } from './swimlane';

/** The timeline of every action, or of one jurisdiction's. */
export function timelinePage(graph: Graph, jurisdiction?: Jurisdiction) {
  const actions = jurisdiction ? actionsIn(graph.actions, jurisdiction) : graph.actions;
  const name = jurisdiction && t.jurisdiction[jurisdiction];
  const heading = t.timeline.heading(name);
  return {
    meta: { title: heading, description: t.timeline.description(name) } satisfies PageMeta,
    heading,
    intro: t.timeline.intro(actions.length, jurisdiction ? undefined : graph.jurisdictions.length),
    filters: [
      { href: timelineHref(), label: t.timeline.all, current: jurisdiction === undefined },
      ...graph.jurisdictions.map((code) => ({ href: timelineHref(code), label: t.jurisdiction[code], current: code === jurisdiction })),
    ],
    /** The chart covers every jurisdiction, so only the full timeline shows it. */
    chart: jurisdiction ? undefined : chartOf(graph),
    /** Every action at its day; on a jurisdiction's page its one lane, where the day-by-day spacing is what the year list does not show. */
    swimlane: swimlaneOf(actions, jurisdiction ? [jurisdiction] : graph.jurisdictions, false, jurisdiction ? [] : graph.incidents),
    years: groupByYear(actions).map(({ year, actions: inYear }) => ({ year, id: `year-${year}`, actions: actionListItems(inYear) })),
  };
}

export function homePage(graph: Graph) {
  return {
    meta: { title: t.site.name } satisfies PageMeta,
    counts: countByJurisdiction(graph.actions, graph.jurisdictions).map(({ jurisdiction, count }) => ({
      jurisdiction,
      name: t.jurisdiction[jurisdiction],
      count,
      href: timelineHref(jurisdiction),
    })),
    totals: t.home.totals(graph.actions.length, graph.people.length, graph.subjectOrganisations.length, graph.sources.length),
    latest: actionListItems(graph.actions.slice(0, 8)),
    timelineHref: timelineHref(),
  };
}

export function actionsIndexPage(graph: Graph) {
  return {
    meta: { title: t.actions.title, description: t.actions.description } satisfies PageMeta,
    intro: t.actions.intro(graph.actions.length),
    actions: actionListItems(graph.actions),
  };
}

export function peopleIndexPage(graph: Graph) {
  return {
    meta: { title: t.people.title, description: t.people.description } satisfies PageMeta,
    intro: t.people.intro(graph.people.length),
    rows: graph.people.map((person) => ({
      person,
      hangul: person.data.names.find((name) => name.script === 'hangul')?.value ?? '',
      affiliation: person.affiliations[0]?.organisation,
      sanctionedBy: sanctionedBy(person.designations),
      firstNamed: person.designations[0] ? formatDate(person.designations[0].action.data.announced) : '',
    })),
  };
}

export function organisationsIndexPage(graph: Graph) {
  return {
    meta: { title: t.organisations.title, description: t.organisations.description } satisfies PageMeta,
    intro: t.organisations.intro(graph.organisations.length),
    rows: graph.organisations.map((organisation) => ({
      organisation,
      kind: t.organisationKind[organisation.data.kind],
      parent: organisation.parent,
      sanctionedBy: sanctionedBy(organisation.designations),
    })),
  };
}

export function sourcesIndexPage(graph: Graph) {
  const primary = graph.sources.filter((source) => source.data.type === 'primary').length;
  return {
    meta: { title: t.sources.title, description: t.sources.description } satisfies PageMeta,
    intro: t.sources.intro(graph.sources.length, primary, graph.sources.length - primary),
    rows: graph.sources.map((source) => ({
      source,
      date: source.data.date ? formatDate(source.data.date) : t.sources.undated,
      titleLanguage: titleLanguage(source.data),
      publisher: source.data.publisher,
      type: t.sourceType[source.data.type],
      citedBy: source.citedBy.length,
    })),
  };
}
