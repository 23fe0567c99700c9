import type { Graph, OrganisationNode, PersonNode } from './graph';
import { pathOf } from './urls';

const identifiersOf = (node: PersonNode | OrganisationNode) =>
  (node.data.identifiers ?? []).map(({ type, value, chain }) => (chain ? { type, value, chain } : { type, value }));

const namesOf = (node: PersonNode | OrganisationNode) => node.data.names.map(({ value, script, kind }) => ({ value, script, kind }));

/**
 * The public data contract at /data/graph.json: { actions, people, organisations, sources }.
 * `url` fields are site paths (without any base path), so the file is the same wherever the site is deployed.
 */
export function graphToJson(graph: Graph) {
  return {
    actions: graph.actions.map((action) => ({
      id: action.id,
      url: pathOf(action),
      jurisdiction: action.data.jurisdiction,
      authority: action.data.authority,
      programme: action.data.programme,
      kind: action.data.kind,
      announced: action.data.announced,
      effective: action.data.effective ?? null,
      title: action.data.title,
      designees: action.designees.map(({ node }) => node.id),
      coordinatedWith: action.coordinated.map((other) => other.id),
      sources: action.sources.map((source) => source.data.url),
    })),
    people: graph.people.map((person) => ({
      id: person.id,
      url: pathOf(person),
      name: person.name,
      names: namesOf(person),
      identifiers: identifiersOf(person),
      affiliations: person.affiliations.map(({ organisation }) => organisation.id),
      actions: person.designations.map(({ action }) => action.id),
      born: person.data.born?.[0]?.value ?? null,
    })),
    organisations: graph.organisations.map((organisation) => ({
      id: organisation.id,
      url: pathOf(organisation),
      name: organisation.name,
      kind: organisation.data.kind,
      names: namesOf(organisation),
      identifiers: identifiersOf(organisation),
      parent: organisation.parent?.id ?? null,
      actions: organisation.designations.map(({ action }) => action.id),
    })),
    sources: graph.sources.map((source) => ({
      id: source.id,
      url: source.data.url,
      title: source.data.title,
      publisher: source.data.publisher,
      date: source.data.date ?? null,
      primary: source.data.type === 'primary',
    })),
  };
}
