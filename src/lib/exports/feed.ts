import type { Graph } from '~/lib/content/graph';
import { formatDate, t } from '~/i18n';
import { pathOf } from '~/lib/site/urls';
import { titleOf } from '~/lib/content/localised';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * Feed entries, newest first: each action (what was done, by whom, when, and whom it named) at the day
 * it was announced, and each incident at the day it was first attributed to North Korean operators,
 * when it becomes news for this site.
 */
export function feedItems(graph: Graph, limit = 50): FeedItem[] {
  const incidents = graph.incidents.map((incident): FeedItem => {
    const attributed = incident.data.attributions.map((attribution) => attribution.date).sort()[0] ?? incident.data.occurred.date;
    return {
      title: t.feed.incidentTitle(titleOf(incident)),
      link: pathOf(incident),
      pubDate: new Date(`${attributed.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
      description: t.feed.incidentItem({
        date: formatDate(incident.data.occurred.date),
        kind: t.incidentKind[incident.data.kind],
        victim: incident.data.victim.name,
        attributors: [...new Set(incident.data.attributions.map((attribution) => attribution.by))],
      }),
      categories: ['incident', incident.data.kind],
    };
  });
  const actions = graph.actions.slice(0, limit).map((action): FeedItem => {
    const people = action.designees.filter(({ node }) => node.type === 'person').length;
    const organisations = action.designees.length - people;
    return {
      title: titleOf(action),
      link: pathOf(action),
      pubDate: new Date(`${action.data.announced}T00:00:00Z`),
      description: t.feed.item({
        jurisdiction: t.jurisdiction[action.data.jurisdiction],
        authority: action.data.authority,
        date: formatDate(action.data.announced),
        kind: t.actionKindWord[action.data.kind],
        people,
        organisations,
      }),
      categories: [action.data.jurisdiction, action.data.kind],
    };
  });
  return [...actions, ...incidents].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link)).slice(0, limit);
}
