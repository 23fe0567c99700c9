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
  const people: SiteEntity[] = graph.people.map((person) => ({
    id: person.id,
    type: 'person',
    file: person.file,
    name: person.name,
    names: person.data.names.map((name) => name.value),
    born: (person.data.born ?? []).map((date) => date.value),
    nationalities: (person.data.nationality ?? []).map((item) => item.value),
    identifiers: (person.data.identifiers ?? []).map((item) => ({ type: item.type, value: item.value, ...(item.chain ? { chain: item.chain } : {}) })),
  }));
  const organisations: SiteEntity[] = graph.organisations.map((organisation) => ({
    id: organisation.id,
    type: 'organisation',
    file: organisation.file,
    name: organisation.name,
    names: organisation.data.names.map((name) => name.value),
    born: [],
    nationalities: [],
    identifiers: (organisation.data.identifiers ?? []).map((item) => ({ type: item.type, value: item.value, ...(item.chain ? { chain: item.chain } : {}) })),
  }));
  return [...people, ...organisations];
}
