import type { Jurisdiction } from '~/schemas/action';
import type { ActionNode, EntityNode, OrganisationNode, PersonNode } from '~/lib/content/graph';
import { searchVariants } from './names';
import { indexTokens } from './match-model';
import { encodeNamingAction } from './naming-actions';
import { titleOf } from '~/lib/content/localised';
import { hrefOf } from '~/lib/site/urls';
import { statusByJurisdiction } from '~/lib/domain/status';
import { usdRange } from '~/lib/domain/amounts';
import type { SearchType } from '~/lib/domain/vocabulary';
import { formatDate, formatUsd, t } from '~/i18n';

export interface SearchFacets {
  type: SearchType;
  jurisdictions: Jurisdiction[];
  years: string[];
  /**
   * Sort key ("newest first"): an action's announcement, an incident's date, on the pages of
   * DATED_SEARCH_TYPES only: people and organisations have no date of their own, and every page with
   * a key costs bytes in the index metadata each first query loads.
   */
  date?: string;
  /**
   * Names as sources print them (and an organisation's search terms), scored against the query and
   * shown as the name that matched. An action carries its designees' names: it is scored against each,
   * and they are stored with it unindexed (see naming-actions.ts).
   */
  names: string[];
  /** On a person or organisation: each action naming it, encoded, so that a match on it lists them. */
  namedIn: string[];
  /** An organisation's search terms: its page does not print them, so they are indexed as metadata. */
  terms: string[];
  /** Generated spellings and the names' syllable keys: indexed, never shown (see match-model.ts). */
  forms: string[];
  /** One line on current status, e.g. "KR designated since 2023-12-27 · US delisted 2025-03-21". */
  status: string;
}

// The generated spellings are the same in both editions: worked out once per entity, not once per page.
const formsCache = new WeakMap<PersonNode | OrganisationNode, string[]>();
function formsOf(node: PersonNode | OrganisationNode, names: string[], terms: Parameters<typeof searchVariants>[1]): string[] {
  let forms = formsCache.get(node);
  if (!forms) formsCache.set(node, (forms = [...searchVariants(node.data.names, terms), ...indexTokens(names)]));
  return forms;
}

const actionStatus = (action: ActionNode): string =>
  t.search.status.action(action.data.jurisdiction, t.actionKindWord[action.data.kind], action.data.announced);

/** What search needs to know about a page beyond its text: filters, sort key, names, generated forms and status. */
export function searchFacetsOf(node: EntityNode): SearchFacets {
  if (node.type === 'action') {
    const { jurisdiction, announced } = node.data;
    return {
      type: 'Action',
      jurisdictions: [jurisdiction],
      years: [announced.slice(0, 4)],
      date: announced,
      names: [...new Set(node.designees.flatMap(({ node: designee }) => designee.data.names.map((name) => name.value)))],
      namedIn: [],
      terms: [],
      forms: [],
      status: actionStatus(node),
    };
  }
  if (node.type === 'incident') {
    const { occurred, kind, title, ko, victim } = node.data;
    const range = usdRange(node.data);
    return {
      type: 'Incident',
      jurisdictions: [],
      years: [occurred.date.slice(0, 4)],
      date: occurred.date.padEnd(10, '-01').slice(0, 10),
      // Its title in both languages and the victim as sources name it: a reader may search for either.
      names: [...new Set([title, ...(ko?.title ? [ko.title] : []), victim.name])],
      namedIn: [],
      terms: [],
      forms: [],
      status: t.search.status.incident(t.incidentKind[kind], formatDate(occurred.date), range && formatUsd(range)),
    };
  }
  const statuses = statusByJurisdiction(node.designations);
  const terms = node.type === 'organisation' ? (node.data.searchTerms ?? []) : [];
  const names = [...new Set([...node.data.names, ...terms].map((name) => name.value))];
  const actionDates = node.designations.map(({ action }) => action.data.announced);
  return {
    type: node.type === 'person' ? 'Person' : 'Organisation',
    jurisdictions: statuses.map((status) => status.jurisdiction),
    years: [...new Set(actionDates.map((date) => date.slice(0, 4)))],
    names,
    namedIn: [...new Set(node.designations.map(({ action }) => action))].map((action) =>
      encodeNamingAction({
        href: hrefOf(action),
        date: action.data.announced,
        jurisdiction: action.data.jurisdiction,
        title: titleOf(action),
        status: actionStatus(action),
      }),
    ),
    terms: terms.map((term) => term.value),
    forms: formsOf(node, names, terms),
    status:
      statuses
        .map((status) =>
          status.delisted ? t.search.status.delisted(status.jurisdiction, status.delisted) : t.search.status.since(status.jurisdiction, status.since),
        )
        .join(t.search.status.separator) || undesignatedStatus(node),
  };
}

// Units at any depth count: the graph refuses a cycle of parents, so the walk ends.
const hasDesignatedUnit = (body: OrganisationNode): boolean => body.children.some((unit) => unit.designations.length > 0 || hasDesignatedUnit(unit));
const hasDesignatedMember = (body: OrganisationNode): boolean => body.members.some(({ person }) => person.designations.length > 0);

/** "Not designated", then what puts the entity on the site: designated units or people, incidents attributed to it, incidents it suffered. */
function undesignatedStatus(node: PersonNode | OrganisationNode): string {
  const { status } = t.search;
  const reasons: string[] = [];
  if (node.type === 'organisation') {
    if (hasDesignatedUnit(node)) reasons.push(status.parentOfDesignees);
    if (hasDesignatedMember(node)) reasons.push(status.designatedMembers);
    if (node.incidents.length > 0) reasons.push(status.attributed(node.incidents.length));
    if (node.victimOf.length > 0) reasons.push(status.victim(node.victimOf.length));
  }
  return [status.notDesignated, ...reasons].join(status.reasons);
}
