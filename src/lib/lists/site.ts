import type { Graph } from '~/lib/content/graph';

/** What the reconciler compares of a site person or organisation. */
export interface SiteEntity {
  id: string;
  type: 'person' | 'organisation';
  file: string;
  name: string;
  names: string[];
  born: string[];
  nationalities: string[];
  identifiers: { type: string; value: string; chain?: string }[];
}

/** Every person and organisation of the site, with the values a list can confirm or contradict. */
export function siteEntities(graph: Graph): SiteEntity[] {
  return [...graph.people, ...graph.organisations].map((node) => ({
    id: node.id,
    type: node.type,
    file: node.file,
    name: node.name,
    names: node.data.names.map((name) => name.value),
    born: node.type === 'person' ? (node.data.born ?? []).map((date) => date.value) : [],
    nationalities: node.type === 'person' ? (node.data.nationality ?? []).map((item) => item.value) : [],
    identifiers: (node.data.identifiers ?? []).map((item) => ({ type: item.type, value: item.value, ...(item.chain ? { chain: item.chain } : {}) })),
  }));
}
