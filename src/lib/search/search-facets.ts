import type { Jurisdiction } from '~/schemas/action';
import type { EntityNode } from '~/lib/content/graph';
import { searchVariants } from './names';
import { indexTokens } from './match-model';
import { statusByJurisdiction } from '~/lib/domain/status';
import { cachePerLanguage, t } from '~/i18n';

export interface SearchFacets {
  type: 'Person' | 'Organisation' | 'Action';
  jurisdictions: Jurisdiction[];
  years: string[];
  /** Sort key: the announcement date of an action, or an entity's first designation. Every page has one. */
  date: string;
  /**
   * Names as sources print them (and an organisation's search terms), scored against the query and
   * shown as the name that matched. An action carries its designees' names: it is scored against each.
   */
  names: string[];
  /** Generated spellings and the names' syllable keys: indexed, never shown (see match-model.ts). */
  forms: string[];
  /** One line on current status, e.g. "KR designated since 2023-12-27 · US delisted 2025-03-21". */
  status: string;
}

// A page reads its facets twice (its heading's search forms and the facets block): the name variants are worked out once.
const facetsCache = cachePerLanguage<EntityNode, SearchFacets>();

/** What search needs to know about a page beyond its text: filters, sort key, names and status. */
export const searchFacetsOf = (node: EntityNode): SearchFacets => facetsCache(node, () => facetsOf(node));

function facetsOf(node: EntityNode): SearchFacets {
  if (node.type === 'action') {
    const { jurisdiction, announced, kind } = node.data;
    return {
      type: 'Action',
      jurisdictions: [jurisdiction],
      years: [announced.slice(0, 4)],
      date: announced,
      names: [...new Set(node.designees.flatMap(({ node: designee }) => designee.data.names.map((name) => name.value)))],
      forms: [],
      status: t.search.status.action(jurisdiction, t.actionKindWord[kind], announced),
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
    date: actionDates[0] ?? '0000-00-00',
    names,
    forms: [...searchVariants(node.data.names, terms), ...indexTokens(names)],
    status:
      statuses
        .map((status) =>
          status.delisted ? t.search.status.delisted(status.jurisdiction, status.delisted) : t.search.status.since(status.jurisdiction, status.since),
        )
        .join(t.search.status.separator) || t.search.status.notDesignated,
  };
}
