/**
 * What the shared components show, computed once: each function takes nodes of the graph and gives
 * the texts, links and flags a component renders, so components hold no logic of their own.
 */
import { titleLanguage } from '~/lib/content/source-title';
import type { z } from 'astro/zod';
import type { Jurisdiction } from '~/schemas/action';
import type { identifier } from '~/schemas/fields';
import type { ActionNode, AnyNode, Designation, EntityNode, OrganisationNode, PersonNode, SourceNode } from '~/lib/content/graph';
import { documentUrl } from '~/lib/content/source-links';
import { labelOf, nameOf } from '~/lib/content/localised';
import { confidenceOf, distinctValues, sourcesDisagree, type Confidence, type Fact } from '~/lib/domain/facts';
import { statusByJurisdiction } from '~/lib/domain/status';
import { isListIdentifier, jurisdictions, listEntryLinks } from '~/lib/domain/vocabulary';
import { apaCitation, bibtexCitation } from '~/lib/exports/citation';
import { timelineChart } from '~/lib/pictures/chart';
import type { Diagram } from '~/lib/pictures/lanes';
import { relationshipDiagram, type DiagramLabels } from '~/lib/pictures/network';
import { isJointAction } from '~/lib/site/timeline';
import { hrefOf, jsonHrefOf, localHref, timelineHref } from '~/lib/site/urls';
import type { Graph } from '~/lib/content/graph';
import { formatDate, formatShortDate, t } from '~/i18n';

type Identifier = z.infer<typeof identifier>;

/** The text of a link to a node: an action's or a source's title, an entity's name. */
export { labelOf };

/** A jurisdiction as a badge shows it. */
export const badgeOf = (jurisdiction: Jurisdiction) => ({ code: jurisdiction, flag: jurisdictions[jurisdiction].flag, name: t.jurisdiction[jurisdiction] });

/** The tag beside an action that is not a designation ("amendment", "delisting"). */
const kindTagOf = (action: ActionNode) => (action.data.kind === 'designation' ? undefined : t.actionKindWord[action.data.kind]);

export interface ActionListItem {
  action: ActionNode;
  date: string;
  dateText: string;
  jurisdiction: Jurisdiction;
  kindTag: string | undefined;
  joint: { title: string; text: string } | undefined;
  /** Whom it named and who announced it. */
  summary: string;
}

/** One line per action, as lists of actions show them. */
export function actionListItems(actions: readonly ActionNode[]): ActionListItem[] {
  return actions.map((action) => {
    const people = action.designees.filter(({ node }) => node.type === 'person').length;
    const organisations = action.designees.filter(({ node }) => node.type === 'organisation').length;
    const codes = action.coordinated.map((other) => other.data.jurisdiction);
    return {
      action,
      date: action.data.announced,
      dateText: formatDate(action.data.announced),
      jurisdiction: action.data.jurisdiction,
      kindTag: kindTagOf(action),
      joint: isJointAction(action) ? { title: t.actionList.coordinatedWith(codes), text: t.actionList.jointWith([...new Set(codes)]) } : undefined,
      summary: t.actionList.summary(people, organisations, action.data.authority),
    };
  });
}

/** The actions that named an entity, oldest first, with what each said of it. */
export function designationItems(designations: readonly Designation[]) {
  return designations.map(({ action, designee }) => ({
    action,
    date: action.data.announced,
    dateText: formatDate(action.data.announced),
    jurisdiction: action.data.jurisdiction,
    kindTag: kindTagOf(action),
    note: designee.note,
  }));
}

/** The jurisdictions that named an entity, in the order they first did. */
export const sanctionedBy = (designations: readonly Designation[]): Jurisdiction[] => statusByJurisdiction(designations).map((status) => status.jurisdiction);

/** A fact's confidence and the documents it cites, as the line beside every fact shows them. */
export function sourceRefsOf(fact: Fact, sourceById: (id: string) => SourceNode | undefined) {
  const level: Confidence = confidenceOf(fact, sourceById);
  return {
    level,
    word: t.confidenceWord[level],
    title: t.confidence[level],
    sources: fact.sources
      .flatMap((id) => sourceById(id) ?? [])
      .map((source) => ({
        href: documentUrl(source.data),
        title: source.data.title,
        text: `${source.data.publisher}${source.data.date ? `, ${formatDate(source.data.date)}` : ''}`,
      })),
  };
}

/** The sources a page cites, primary first, then oldest first. */
export function sourceListItems(sources: readonly SourceNode[]) {
  const ordered = [...sources].sort(
    (a, b) => Number(b.data.type === 'primary') - Number(a.data.type === 'primary') || (a.data.date ?? '').localeCompare(b.data.date ?? ''),
  );
  return ordered.map((source) => ({
    source,
    id: `source-${source.id}`,
    primary: source.data.type === 'primary',
    typeText: t.sourceType[source.data.type],
    href: documentUrl(source.data),
    title: source.data.title,
    language: titleLanguage(source.data),
    byline: `${source.data.publisher}${source.data.date ? `, ${formatDate(source.data.date)}` : ''}`,
    /** A copy read beside the official document. */
    copy: source.data.url && source.data.copy ? { href: source.data.copy.url, text: t.sourceList.copy(source.data.copy.publisher) } : undefined,
    /** A copy that is all there is: the official URL is not known. */
    copyOnly: !source.data.url && source.data.copy ? t.sourceList.copyOnly(source.data.copy.publisher) : undefined,
  }));
}

export interface SourcedValuesView {
  label: string;
  /** Different sources give different values. */
  disagree: boolean;
  /** More than one value, from one source (alternatives) or several. */
  several: boolean;
  values: { text: string; fact: Fact; note: string | undefined }[];
}

/** A fact that sources may state differently (a date of birth, a nationality), or undefined when none does. */
export function sourcedValuesOf(
  label: string,
  facts: readonly (Fact & { value: string; note?: string | undefined })[] | undefined,
  format: (value: string) => string = (value) => value,
): SourcedValuesView | undefined {
  if (!facts || facts.length === 0) return undefined;
  return {
    label,
    disagree: sourcesDisagree(facts),
    several: distinctValues(facts).length > 1,
    values: facts.map((fact) => ({ text: format(fact.value), fact, note: fact.note })),
  };
}

/** Every printed name of an entity, with its kind, script and sources. */
export function nameRows(node: PersonNode | OrganisationNode) {
  return node.data.names.map((name) => ({
    value: name.value,
    language: name.script === 'hangul' ? 'ko' : undefined,
    /** Aliases rank below the printed forms in search. */
    weight: name.kind === 'alias' || name.kind === 'industry' ? '5' : '9',
    kind: `${t.nameKind[name.kind]}${name.script === 'hangul' ? ` (${t.script.hangul})` : ''}`,
    fact: name,
    note: name.note,
  }));
}

/**
 * Identifiers as a table lists them: the label (with chain and issuer), the value and its sources;
 * a list's own id (OFAC UID, UK, UN or EU reference) also links to the entry on that list.
 */
export function identifierRows(identifiers: readonly Identifier[] | undefined, subject: 'person' | 'organisation' = 'organisation') {
  const sourcing = (id: Identifier) => `${id.sources.join(' ')}|${id.confidence ?? ''}|${id.note ?? ''}`;
  return (identifiers ?? []).map((id, index, all) => {
    const above = all[index - 1];
    return {
      label: t.identifiers.label(t.identifier[id.type] ?? id.type, id.chain, id.issuer),
      value: id.value,
      listEntry: isListIdentifier(id.type) ? { href: listEntryLinks[id.type](id.value, subject), text: t.identifiers.listEntry[id.type] } : undefined,
      fact: id,
      // Ninety wallets of one entry would otherwise repeat the same source links ninety times.
      sameSourcesAsAbove: above !== undefined && sourcing(above) === sourcing(id),
    };
  });
}

/** The official list files reconciled with an entity (`npm run lists`), each linked to its record on /coverage/. */
export function reconciledOf(node: PersonNode | OrganisationNode) {
  return {
    runs: node.reconciledIn.flatMap((check) =>
      check.data.reconciled
        ? [
            {
              href: `${localHref('/coverage/')}#check-${check.id}`,
              text: t.identifiers.reconciledRun(check.data.title, formatDate(check.data.reconciled.date)),
            },
          ]
        : [],
    ),
  };
}

/** Words and links of the relationship diagrams, from the dictionary of the page's language. */
export const diagramLabels = (): DiagramLabels => ({
  nameOf,
  // Short months keep an action's box one line wide in the picture; the page's list of actions gives the full date.
  actionOf: (action) => t.relationships.action(action.data.jurisdiction, formatShortDate(action.data.announced), kindTagOf(action)),
  hrefOf,
  more: t.relationships.more,
  captions: t.relationships.captions,
  anchors: { affiliations: '#affiliations-heading', units: '#structure-heading', members: '#structure-heading', actions: '#actions-heading' },
});

/** The diagram of an entity's relationships and the same links as a list, or undefined when it has no links. */
export function relationshipsOf(
  node: PersonNode | OrganisationNode,
): { note: string; diagram: Diagram; links: { from: EntityNode; relation: string; to: EntityNode }[] } | undefined {
  const drawn = relationshipDiagram(node, diagramLabels());
  if (!drawn) return undefined;
  return {
    note: `${t.relationships.intro}${t.relationships.omitted(drawn.omitted)}`,
    diagram: drawn.diagram,
    links: drawn.links.map((edge) => ({ from: edge.from, relation: t.relationships.relation[edge.relation], to: edge.to })),
  };
}

/** The page's permanent link, its JSON and its citations. */
export function citationOf(node: AnyNode, title: string, context: { site: URL; updated: string; accessed: string }) {
  const url = new URL(hrefOf(node), context.site).href;
  const input = { node, title, url, updated: context.updated, accessed: context.accessed };
  return {
    updated: context.updated,
    updatedText: formatDate(context.updated),
    href: hrefOf(node),
    url,
    jsonHref: node.type === 'source' ? undefined : jsonHrefOf(node),
    apa: apaCitation(input),
    bibtex: bibtexCitation(input),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The timeline chart: bars per year and jurisdiction, each linking to its actions, and the running total of designees. */
export function chartOf(graph: Graph) {
  const chart = timelineChart(graph);
  return {
    width: chart.width,
    height: chart.height,
    title: t.chart.title,
    axis: { x1: 40, x2: chart.width - 48, y: chart.plotBottom },
    segments: chart.segments.map((segment) => ({
      href: `${timelineHref(segment.jurisdiction)}#year-${segment.year}`,
      label: t.chart.segment(segment.count, t.jurisdiction[segment.jurisdiction], segment.year),
      title: t.chart.segmentTitle(t.jurisdiction[segment.jurisdiction], segment.year, segment.count),
      x: round(segment.x),
      y: round(segment.y),
      width: round(segment.width),
      height: round(segment.height),
      fill: jurisdictions[segment.jurisdiction].fill,
    })),
    cumulative: chart.cumulative.map((point) => `${round(point.x)},${round(point.y)}`).join(' '),
    /** Every other year when there are many, so labels do not overlap. */
    years: chart.years.filter((_, index) => index % 2 === 0 || chart.years.length < 8).map(({ year, x }) => ({ year, x: round(x), y: chart.height - 8 })),
    maxActions: { value: chart.maxActions, y: chart.plotTop + 4 },
    maxDesignees: { value: chart.maxDesignees, x: chart.width - 44, y: chart.plotTop + 4 },
    caption: t.chart.caption(chart.maxActions, chart.maxDesignees),
    legend: [...new Set(chart.segments.map((segment) => segment.jurisdiction))].map((jurisdiction) => ({
      name: t.jurisdiction[jurisdiction],
      fill: jurisdictions[jurisdiction].fill,
    })),
  };
}
