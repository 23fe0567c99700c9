import type { Jurisdiction } from '~/schemas/action';
import type { EntityNode } from '~/lib/content/graph';
import { searchVariants } from './names';
import { statusByJurisdiction } from '~/lib/domain/status';
import { t } from '~/i18n';

export interface SearchFacets {
  type: 'Person' | 'Organisation' | 'Action';
  jurisdictions: Jurisdiction[];
  years: string[];
  /** Sort key: the announcement date of an action, or an entity's first designation. Every page has one. */
  date: string;
  /** Names as sources print them, for showing which one matched. */
  names: string[];
  /** Generated spellings: indexed and used for ranking, never shown as a name. */
  forms: string[];
  /** One line on current status, e.g. "KR designated since 2023-12-27 · US delisted 2025-03-21". */
  status: string;
}

/** What search needs to know about a page beyond its text: filters, sort key, names and status. */
export function searchFacetsOf(node: EntityNode): SearchFacets {
  if (node.type === 'action') {
    const { jurisdiction, announced, kind } = node.data;
    return {
      type: 'Action',
      jurisdictions: [jurisdiction],
      years: [announced.slice(0, 4)],
      date: announced,
      names: [],
      forms: [],
      status: t.search.status.action(jurisdiction, t.actionKindWord[kind], announced),
    };
  }
  const statuses = statusByJurisdiction(node.designations);
  const actionDates = node.designations.map(({ action }) => action.data.announced);
  return {
    type: node.type === 'person' ? 'Person' : 'Organisation',
    jurisdictions: statuses.map((status) => status.jurisdiction),
    years: [...new Set(actionDates.map((date) => date.slice(0, 4)))],
    date: actionDates[0] ?? '0000-00-00',
    names: [...new Set(node.data.names.map((name) => name.value))],
    forms: searchVariants(node.data.names, node.type === 'organisation' ? (node.data.searchTerms ?? []) : []),
    status:
      statuses
        .map((status) =>
          status.delisted ? t.search.status.delisted(status.jurisdiction, status.delisted) : t.search.status.since(status.jurisdiction, status.since),
        )
        .join(t.search.status.separator) || t.search.status.notDesignated,
  };
}
