/** What the page of one action, person, organisation or source shows. */
import { isSuppliedTitle, titleLanguage } from '~/lib/content/source-title';
import { isOnlyIncidentVictim, type ActionNode, type OrganisationNode, type PersonNode, type SourceNode } from '~/lib/content/graph';
import { nameOf, titleOf } from '~/lib/content/localised';
import { structuredDataOf } from '~/lib/exports/structured-data';
import { formatDate, t } from '~/i18n';
import {
  actionListItems,
  citationOf,
  designationItems,
  identifierRows,
  reconciledOf,
  nameRows,
  relationshipsOf,
  sourceListItems,
  sourcedValuesOf,
  type SourcedValuesView,
} from './parts';
import { designationSwimlaneOf } from './swimlane';
import { incidentListItems } from './incidents';

/** What every entry page needs beyond its node: the site's address, when the entry last changed, and when this copy was built. */
export interface PageContext {
  site: URL;
  updated: string;
  accessed: string;
}

/** The head of a page: its title, description, whether search indexes it, and its schema.org description. */
export interface PageMeta {
  title: string;
  description?: string | undefined;
  searchable?: boolean;
  structuredData?: Record<string, unknown> | undefined;
  /** Where the language switch leads when the page has no twin at its own path (the not-found page: each edition's home). */
  editionsPath?: string;
}

export function actionPage(action: ActionNode, context: PageContext) {
  const { data } = action;
  const jurisdiction = t.jurisdiction[data.jurisdiction];
  const quoteSource = data.quote ? action.sources.find((source) => source.id === data.quote?.source) : undefined;
  const designees = (type: 'person' | 'organisation') =>
    action.designees
      .filter((entry) => entry.node.type === type)
      .map(({ node, designee }) => ({
        node,
        kind: node.type === 'organisation' ? t.organisationKind[node.data.kind] : undefined,
        note: designee.note,
        fact: designee.sources ? { sources: designee.sources, confidence: designee.confidence } : undefined,
        identifiers: designee.identifiers?.map((id) => ({ label: t.identifiers.label(t.identifier[id.type], id.chain, undefined), value: id.value, fact: id })),
      }));
  const people = designees('person');
  const organisations = designees('organisation');
  return {
    meta: {
      title: titleOf(action),
      description: t.action.description(formatDate(data.announced), jurisdiction, titleOf(action)),
      searchable: true,
      structuredData: structuredDataOf(action, context.site),
    } satisfies PageMeta,
    eyebrow: t.action.eyebrow(t.actionKindWord[data.kind]),
    title: titleOf(action),
    jurisdiction: { code: data.jurisdiction, name: jurisdiction },
    authority: data.authority,
    announced: { date: data.announced, text: formatDate(data.announced) },
    effective: data.effective ? { date: data.effective, text: formatDate(data.effective) } : undefined,
    programme: data.programme,
    /** The action's own words, with the document they come from. */
    quote:
      data.quote && quoteSource
        ? {
            text: data.quote.text,
            language: data.quote.language,
            cite: quoteSource.data.url ?? quoteSource.data.copy?.url,
            translation: data.quote.translation,
            source: {
              href: `#source-${quoteSource.id}`,
              title: quoteSource.data.title,
              rest: `, ${quoteSource.data.publisher}${quoteSource.data.date ? `, ${formatDate(quoteSource.data.date)}` : ''}`,
            },
          }
        : undefined,
    groups: [
      { id: 'people-named', heading: t.action.peopleNamed(people.length), entries: people },
      { id: 'organisations-named', heading: t.action.organisationsNamed(organisations.length), entries: organisations },
    ].filter((group) => group.entries.length > 0),
    coordinated: actionListItems(action.coordinated),
    incidents: incidentListItems(action.incidents),
    /** Listings of other jurisdictions this action carried over, and later actions that carried its own over. */
    carried: [
      { label: t.action.carriedOver, actions: action.carriedOver },
      { label: t.action.carriedInto, actions: action.carriedInto },
    ]
      .filter((line) => line.actions.length > 0)
      .map((line) => ({
        label: line.label,
        links: line.actions.map((other) => ({ node: other, jurisdiction: other.data.jurisdiction, dateText: formatDate(other.data.announced) })),
      })),
    discrepancies: data.discrepancies,
    sources: sourceListItems(action.cited),
    citation: citationOf(action, titleOf(action), context),
  };
}

export function personPage(person: PersonNode, context: PageContext) {
  const { data } = person;
  const otherNames = data.names.slice(1).map((name) => name.value);
  return {
    meta: {
      title: nameOf(person),
      description: t.person.description(nameOf(person), otherNames.slice(0, 3)),
      searchable: true,
      structuredData: structuredDataOf(person, context.site),
    } satisfies PageMeta,
    name: nameOf(person),
    names: nameRows(person),
    /** Date and place of birth and nationality, those that any source gives. */
    details: [
      sourcedValuesOf(t.person.born, data.born, formatDate),
      sourcedValuesOf(t.person.birthplace, data.birthplace),
      sourcedValuesOf(t.person.nationality, data.nationality),
    ].filter((view): view is SourcedValuesView => view !== undefined),
    identifiers: identifierRows(data.identifiers, 'person'),
    reconciled: reconciledOf(person),
    affiliations: person.affiliations.map(({ organisation, affiliation }) => ({
      organisation,
      role: affiliation.role,
      period:
        affiliation.from || affiliation.to
          ? t.dates.period(affiliation.from && formatDate(affiliation.from), affiliation.to && formatDate(affiliation.to))
          : undefined,
      fact: affiliation,
      ancestors: organisation.ancestors,
    })),
    relationships: relationshipsOf(person),
    designations: designationItems(person.designations),
    swimlane: designationSwimlaneOf(person.designations),
    discrepancies: data.discrepancies,
    sources: sourceListItems(person.cited),
    citation: citationOf(person, nameOf(person), context),
  };
}

export function organisationPage(organisation: OrganisationNode, context: PageContext) {
  const { data } = organisation;
  const kind = t.organisationKind[data.kind];
  const onlyVictim = isOnlyIncidentVictim(organisation);
  return {
    /** A bank or an exchange on the site only as the victim of an incident: its page leaves out the sanctions sections. */
    onlyVictim: onlyVictim ? t.organisation.onlyVictim : undefined,
    meta: {
      title: nameOf(organisation),
      description: t.organisation.description(nameOf(organisation), kind),
      searchable: true,
      structuredData: structuredDataOf(organisation, context.site),
    } satisfies PageMeta,
    /** Parent bodies from the top down to this one's parent. */
    chain: [...organisation.ancestors].reverse(),
    eyebrow: t.organisation.eyebrow(kind),
    name: nameOf(organisation),
    names: nameRows(organisation),
    parent: organisation.parent && data.parent ? { node: organisation.parent, fact: data.parent, note: data.parent.note } : undefined,
    children: organisation.children.map((child) => ({ node: child, kind: t.organisationKind[child.data.kind] })),
    members: organisation.members.map(({ person, affiliations }) => {
      const roles = affiliations.flatMap((affiliation) => affiliation.role ?? []);
      return { person, roles: roles.length > 0 ? roles.join('; ') : undefined };
    }),
    identifiers: identifierRows(data.identifiers, 'organisation'),
    reconciled: reconciledOf(organisation),
    relationships: relationshipsOf(organisation),
    designations: designationItems(organisation.designations),
    swimlane: designationSwimlaneOf(organisation.designations),
    incidents: incidentListItems(organisation.incidents),
    victimOf: incidentListItems(organisation.victimOf),
    discrepancies: data.discrepancies,
    sources: sourceListItems(organisation.cited),
    citation: citationOf(organisation, nameOf(organisation), context),
  };
}

export function sourcePage(source: SourceNode, context: PageContext) {
  const { data } = source;
  return {
    meta: { title: data.title, description: t.source.description(data.publisher, data.date && formatDate(data.date)) } satisfies PageMeta,
    eyebrow: t.source.eyebrow(t.sourceType[data.type]),
    title: data.title,
    titleLanguage: titleLanguage(data),
    /** Said under a supplied title, so no reader takes it for the document's own. */
    titleNote: isSuppliedTitle(data.title) ? t.source.titleSupplied : undefined,
    language: data.language,
    publisher: data.publisher,
    date: data.date ? { date: data.date, text: formatDate(data.date) } : undefined,
    url: data.url,
    copy: data.copy
      ? { url: data.copy.url, publisher: data.copy.publisher, commit: data.copy.commit?.slice(0, 12), dateText: data.copy.date && formatDate(data.copy.date) }
      : undefined,
    note: data.note,
    citedByHeading: t.source.citedBy(source.citedBy.length),
    citedBy: source.citedBy.map((node) => ({ node, type: t.nodeType[node.type] })),
    citation: citationOf(source, data.title, context),
  };
}
