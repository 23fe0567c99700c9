import { documentUrl } from '~/lib/content/source-links';
import type { ActionNode, Graph, IncidentNode, OrganisationNode, PersonNode, SourceNode } from '~/lib/content/graph';
import { pathOf } from '~/lib/site/urls';

const sourceToJson = (source: SourceNode) => ({
  id: source.id,
  url: source.data.url ?? null,
  copy: source.data.copy ? { url: source.data.copy.url, publisher: source.data.copy.publisher, commit: source.data.copy.commit ?? null } : null,
  title: source.data.title,
  publisher: source.data.publisher,
  date: source.data.date ?? null,
  primary: source.data.type === 'primary',
});

const identifiersOf = (node: PersonNode | OrganisationNode) =>
  (node.data.identifiers ?? []).map(({ type, value, chain }) => (chain ? { type, value, chain } : { type, value }));

const namesOf = (node: PersonNode | OrganisationNode) => node.data.names.map(({ value, script, kind }) => ({ value, script, kind }));

/**
 * The public data contract at /data/graph.json: { actions, people, organisations, sources, incidents }.
 * `url` fields are site paths (without any base path), so the file is the same wherever the site is deployed.
 */
export function graphToJson(graph: Graph) {
  return {
    actions: graph.actions.map((action) => ({
      id: action.id,
      url: pathOf(action),
      jurisdiction: action.data.jurisdiction,
      authority: action.data.authority,
      programme: action.data.programme ?? null,
      quote: action.data.quote ?? null,
      kind: action.data.kind,
      announced: action.data.announced,
      effective: action.data.effective ?? null,
      title: action.data.title,
      designees: action.designees.map(({ node }) => node.id),
      coordinatedWith: action.coordinated.map((other) => other.id),
      carriesOver: action.carriedOver.map((other) => other.id),
      incidents: action.incidents.map((incident) => incident.id),
      sources: action.sources.map((source) => documentUrl(source.data)),
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
    sources: graph.sources.map(sourceToJson),
    incidents: graph.incidents.map(incidentToJson),
  };
}

/** Source ids of a fact as the URLs of their documents, as every `sources` of graph.json gives them. */
const urlsOf = (incident: IncidentNode, ids: readonly string[]) =>
  ids.flatMap((id) => incident.cited.find((source) => source.id === id) ?? []).map((source) => documentUrl(source.data));

function incidentToJson(incident: IncidentNode) {
  const { data } = incident;
  return {
    id: incident.id,
    url: pathOf(incident),
    title: data.title,
    date: data.occurred.date,
    disclosed: data.disclosed?.date ?? null,
    victim: { name: data.victim.name, organisation: incident.victim?.id ?? null },
    kind: data.kind,
    amounts: (data.amounts ?? []).map((amount) => ({
      usd: amount.usd ?? null,
      assets: amount.assets ?? null,
      asOf: amount.asOf ?? null,
      sources: urlsOf(incident, amount.sources),
    })),
    attributions: data.attributions.map((attribution) => ({
      by: attribution.by,
      byKind: attribution.byKind,
      date: attribution.date,
      words: attribution.words,
      language: attribution.language,
      translation: attribution.translation ?? null,
      sources: urlsOf(incident, attribution.sources),
      dateSources: attribution.dated ? urlsOf(incident, attribution.dated.sources) : [],
    })),
    groups: incident.groups.map((group) => group.id),
    wallets: incident.wallets.map(({ wallet, listings }) => ({
      chain: wallet.chain ?? null,
      value: wallet.value,
      listedOn: listings.map((listing) => listing.node.id),
    })),
    actions: incident.actions.map((action) => action.id),
    sources: urlsOf(incident, data.sources),
  };
}

type GraphJson = ReturnType<typeof graphToJson>;
type EntryRecord = GraphJson['actions'][number] | GraphJson['people'][number] | GraphJson['organisations'][number] | GraphJson['incidents'][number];

const serialised = new WeakMap<Graph, { json: GraphJson; recordOf: Map<string, EntryRecord> }>();
/** graph.json of a graph, serialised once however many entry files read it, with each record found by type and id. */
function graphJsonOf(graph: Graph) {
  let entry = serialised.get(graph);
  if (!entry) {
    const json = graphToJson(graph);
    const recordOf = new Map<string, EntryRecord>([
      ...json.actions.map((record) => [`action:${record.id}`, record] as const),
      ...json.people.map((record) => [`person:${record.id}`, record] as const),
      ...json.organisations.map((record) => [`organisation:${record.id}`, record] as const),
      ...json.incidents.map((record) => [`incident:${record.id}`, record] as const),
    ]);
    serialised.set(graph, (entry = { json, recordOf }));
  }
  return entry;
}

/** One entry in full, for /people/<id>.json and the like: its graph.json record, every sourced fact as written, and the sources cited. */
export function entryToJson(graph: Graph, node: ActionNode | PersonNode | OrganisationNode | IncidentNode) {
  const record = graphJsonOf(graph).recordOf.get(`${node.type}:${node.id}`);
  return {
    ...record,
    type: node.type,
    facts: node.data,
    sources: node.cited.map(sourceToJson),
  };
}
