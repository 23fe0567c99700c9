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

/** Feed entries for the newest actions first: what was done, by whom, when, and whom it named. */
export function feedItems(graph: Graph, limit = 50): FeedItem[] {
  return graph.actions.slice(0, limit).map((action) => {
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
}
