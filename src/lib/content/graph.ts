import type { ActionData, DesigneeData, Jurisdiction } from '~/schemas/action';
import type { OrganisationData } from '~/schemas/organisation';
import type { AffiliationData, PersonData } from '~/schemas/person';
import type { SourceData } from '~/schemas/source';
import type { CheckData } from '~/schemas/check';
import type { IncidentData } from '~/schemas/incident';
import type { IdentifierData } from '~/schemas/fields';
import { citationProblems, sourceLists } from './citation-rules';
import { ContentError, fieldPath, hint } from './errors';
import { displayName } from '~/lib/search/names';

/** What the graph needs of one content entry: its id, the file it came from, and its validated data. */
export interface EntryInput<Data> {
  id: string;
  file: string;
  data: Data;
}

export interface GraphInput {
  actions: readonly EntryInput<ActionData>[];
  people: readonly EntryInput<PersonData>[];
  organisations: readonly EntryInput<OrganisationData>[];
  sources: readonly EntryInput<SourceData>[];
  /** Records of the lists and release sets read against the site (optional: fixture corpora have none). */
  checks?: readonly EntryInput<CheckData>[];
  /** Thefts and attacks tied to North Korean operators (optional: fixture corpora may have none). */
  incidents?: readonly EntryInput<IncidentData>[];
}

export interface SourceNode extends EntryInput<SourceData> {
  type: 'source';
  /** Every entry that cites this source, derived. */
  citedBy: EntityNode[];
}

/** One appearance of a person or organisation in an action, with what the action said of them. */
export interface Designation {
  action: ActionNode;
  designee: DesigneeData;
}

/** Fields every entity node has. */
interface Cites {
  /** Every source this entry cites anywhere, derived. */
  cited: SourceNode[];
}

export interface PersonNode extends EntryInput<PersonData>, Cites {
  type: 'person';
  /** Official list files this person was reconciled with (`reconciled` on a check), derived. */
  reconciledIn: CheckNode[];
  name: string;
  affiliations: { organisation: OrganisationNode; affiliation: AffiliationData }[];
  /** Actions that named this person, oldest first, derived. */
  designations: Designation[];
}

export interface OrganisationNode extends EntryInput<OrganisationData>, Cites {
  type: 'organisation';
  /** Official list files this body was reconciled with (`reconciled` on a check), derived. */
  reconciledIn: CheckNode[];
  name: string;
  parent: OrganisationNode | undefined;
  /** Parent, grandparent … up to the top body, derived. */
  ancestors: OrganisationNode[];
  children: OrganisationNode[];
  /** People affiliated with this body, each once, with every affiliation they have to it. */
  members: { person: PersonNode; affiliations: AffiliationData[] }[];
  designations: Designation[];
  /** Incidents attributed to this organisation (their `groups`), newest first, derived. */
  incidents: IncidentNode[];
  /** Incidents of which this organisation was the victim, newest first, derived. */
  victimOf: IncidentNode[];
}

export interface ActionNode extends EntryInput<ActionData>, Cites {
  type: 'action';
  designees: { node: PersonNode | OrganisationNode; designee: DesigneeData }[];
  /** Actions linked by `coordinatedWith` in either direction, derived. */
  coordinated: ActionNode[];
  /** Earlier actions of other jurisdictions whose listings this one carried over (`carriesOver`), oldest first. */
  carriedOver: ActionNode[];
  /** Later actions that carried this one's listings over, derived, oldest first. */
  carriedInto: ActionNode[];
  sources: SourceNode[];
  /** Incidents this action cites (`incidents`), oldest first. */
  incidents: IncidentNode[];
}

/** Where an incident's wallet appears in a designation: the entity it was listed on and, where an action published it, that action. */
export interface WalletListing {
  node: PersonNode | OrganisationNode;
  action: ActionNode | undefined;
}

/** A theft or attack, with its groups, victim, wallets and the actions that cite it. */
export interface IncidentNode extends EntryInput<IncidentData>, Cites {
  type: 'incident';
  title: string;
  victim: OrganisationNode | undefined;
  groups: OrganisationNode[];
  /** Actions that cite this incident, derived from their `incidents`, oldest first. */
  actions: ActionNode[];
  /** Each wallet, with the entities whose designation lists the same address. */
  wallets: { wallet: IdentifierData; listings: WalletListing[] }[];
}

/** A list copy or release set read against the site, with the sources it names. */
export interface CheckNode extends EntryInput<CheckData> {
  type: 'check';
  sources: SourceNode[];
}

export type EntityNode = ActionNode | PersonNode | OrganisationNode | IncidentNode;
export type AnyNode = EntityNode | SourceNode;

export interface Graph {
  /** Newest first. */
  actions: ActionNode[];
  /** Sorted by name. */
  people: PersonNode[];
  organisations: OrganisationNode[];
  /**
   * The organisations the sanctions are about, sorted by name: all but those on the site only as
   * the victim of an incident (a bank or an exchange no action names and no unit or member links to).
   */
  subjectOrganisations: OrganisationNode[];
  /** Newest first, undated last. */
  sources: SourceNode[];
  /** Coverage checks, by jurisdiction then title. */
  checks: CheckNode[];
  /** Newest first (by the day it happened). */
  incidents: IncidentNode[];
  action(id: string): ActionNode | undefined;
  person(id: string): PersonNode | undefined;
  organisation(id: string): OrganisationNode | undefined;
  source(id: string): SourceNode | undefined;
  incident(id: string): IncidentNode | undefined;
  jurisdictions: Jurisdiction[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
const byAnnouncedThenId = (a: ActionNode, b: ActionNode) => a.data.announced.localeCompare(b.data.announced) || a.id.localeCompare(b.id);

function indexById<Data>(entries: readonly EntryInput<Data>[], problems: string[]): Map<string, EntryInput<Data>> {
  const map = new Map<string, EntryInput<Data>>();
  for (const entry of entries) {
    const earlier = map.get(entry.id);
    if (earlier) problems.push(`${entry.file}: id: ${JSON.stringify(entry.id)} is already used by ${earlier.file}`);
    else map.set(entry.id, entry);
  }
  return map;
}

/**
 * Resolves every reference and derives every reverse link, in time linear in the content.
 * Throws one ContentError listing every problem found (file, field and value on each line).
 */
export function buildGraph(input: GraphInput): Graph {
  const problems: string[] = [];
  const sourceInputs = indexById(input.sources, problems);
  const personInputs = indexById(input.people, problems);
  const organisationInputs = indexById(input.organisations, problems);
  const actionInputs = indexById(input.actions, problems);
  const incidentInputs = indexById(input.incidents ?? [], problems);

  for (const [id, person] of personInputs) {
    const organisation = organisationInputs.get(id);
    if (organisation)
      problems.push(`${person.file}: id: ${JSON.stringify(id)} is also the id of ${organisation.file}; ids must be unique across people and organisations`);
  }

  const sources = new Map<string, SourceNode>([...sourceInputs.values()].map((entry) => [entry.id, { ...entry, type: 'source', citedBy: [] }]));
  const people = new Map<string, PersonNode>(
    [...personInputs.values()].map((entry) => [
      entry.id,
      {
        ...entry,
        type: 'person',
        name: displayName(entry.data.names[0]?.value ?? entry.id),
        affiliations: [],
        designations: [],
        reconciledIn: [],
        cited: [],
      },
    ]),
  );
  const organisations = new Map<string, OrganisationNode>(
    [...organisationInputs.values()].map((entry) => [
      entry.id,
      {
        ...entry,
        type: 'organisation',
        name: entry.data.names[0]?.value ?? entry.id,
        parent: undefined,
        ancestors: [],
        children: [],
        members: [],
        designations: [],
        incidents: [],
        victimOf: [],
        reconciledIn: [],
        cited: [],
      },
    ]),
  );
  const actions = new Map<string, ActionNode>(
    [...actionInputs.values()].map((entry) => [
      entry.id,
      { ...entry, type: 'action', designees: [], coordinated: [], carriedOver: [], carriedInto: [], sources: [], incidents: [], cited: [] },
    ]),
  );

  const incidents = new Map<string, IncidentNode>(
    [...incidentInputs.values()].map((entry) => [
      entry.id,
      { ...entry, type: 'incident', title: entry.data.title, victim: undefined, groups: [], actions: [], wallets: [], cited: [] },
    ]),
  );

  const missing = (file: string, path: PropertyKey[], kind: string, id: string, known: Map<string, unknown>) =>
    problems.push(`${file}: ${fieldPath(path)}: no ${kind} ${JSON.stringify(id)}${hint(id, known.keys())}`);

  // Sources: every list of source ids anywhere in any entry must resolve.
  for (const node of [...actions.values(), ...people.values(), ...organisations.values(), ...incidents.values()]) {
    const cited = new Set<SourceNode>();
    for (const { path, ids } of sourceLists(node.data)) {
      ids.forEach((id, index) => {
        const source = sources.get(String(id));
        if (source) cited.add(source);
        else missing(node.file, [...path, index], 'source', String(id), sources);
      });
    }
    for (const source of cited) source.citedBy.push(node);
    node.cited = [...cited];
    if (node.type === 'action') node.sources = node.data.sources.flatMap((id) => sources.get(id) ?? []);
    problems.push(...citationProblems(node, (id) => sources.get(id)));
  }

  const checks: CheckNode[] = [];
  for (const entry of indexById(input.checks ?? [], problems).values()) {
    entry.data.sources.forEach((id, index) => {
      if (!sources.has(id)) missing(entry.file, ['sources', index], 'source', id, sources);
    });
    for (const [at, omitted] of (entry.data.omitted ?? []).entries()) {
      omitted.sources.forEach((id, index) => {
        if (!sources.has(id)) missing(entry.file, ['omitted', at, 'sources', index], 'source', id, sources);
      });
    }
    const check: CheckNode = { ...entry, type: 'check', sources: entry.data.sources.flatMap((id) => sources.get(id) ?? []) };
    checks.push(check);
    for (const [index, id] of (entry.data.reconciled?.entities ?? []).entries()) {
      const node = people.get(id) ?? organisations.get(id);
      if (!node) missing(entry.file, ['reconciled', 'entities', index], 'person or organisation', id, new Map<string, unknown>([...people, ...organisations]));
      else if (node.reconciledIn.includes(check)) problems.push(`${entry.file}: reconciled.entities[${index}]: ${JSON.stringify(id)} is listed twice`);
      else node.reconciledIn.push(check);
    }
  }

  for (const person of people.values()) {
    for (const [index, affiliation] of (person.data.affiliations ?? []).entries()) {
      const organisation = organisations.get(affiliation.organisation);
      if (!organisation) {
        missing(person.file, ['affiliations', index, 'organisation'], 'organisation', affiliation.organisation, organisations);
        continue;
      }
      person.affiliations.push({ organisation, affiliation });
      const member = organisation.members.at(-1)?.person === person ? organisation.members.at(-1) : undefined;
      if (member) member.affiliations.push(affiliation);
      else organisation.members.push({ person, affiliations: [affiliation] });
    }
  }

  for (const organisation of organisations.values()) {
    const parentId = organisation.data.parent?.organisation;
    if (parentId === undefined) continue;
    const parent = organisations.get(parentId);
    if (!parent) missing(organisation.file, ['parent', 'organisation'], 'organisation', parentId, organisations);
    else if (parent === organisation) problems.push(`${organisation.file}: parent.organisation: ${JSON.stringify(parentId)} is the organisation itself`);
    else {
      organisation.parent = parent;
      parent.children.push(organisation);
    }
  }

  // Ancestors, with cycle detection: each chain is walked once thanks to memoisation.
  const ancestorsDone = new Set<OrganisationNode>();
  const ancestorsOf = (start: OrganisationNode): OrganisationNode[] => {
    if (ancestorsDone.has(start)) return start.ancestors;
    const chain: OrganisationNode[] = [];
    const seen = new Set<OrganisationNode>([start]);
    for (let next = start.parent; next; next = next.parent) {
      if (seen.has(next)) {
        const loop = [...seen, next].map((node) => node.id).join(' → ');
        problems.push(`${start.file}: parent.organisation: ${JSON.stringify(start.parent?.id)} makes a cycle (${loop})`);
        start.parent = undefined;
        chain.length = 0;
        break;
      }
      if (ancestorsDone.has(next)) {
        chain.push(next, ...next.ancestors);
        break;
      }
      seen.add(next);
      chain.push(next);
    }
    start.ancestors = chain;
    ancestorsDone.add(start);
    return chain;
  };
  for (const organisation of organisations.values()) ancestorsOf(organisation);

  for (const action of actions.values()) {
    const { data, file } = action;
    if (data.effective !== undefined && data.effective < data.announced) {
      problems.push(`${file}: effective: "${data.effective}" is before announced "${data.announced}"`);
    }
    if (data.quote && !data.sources.includes(data.quote.source)) {
      problems.push(`${file}: quote.source: ${JSON.stringify(data.quote.source)} is not one of the action's sources; quote a source the action cites`);
    }
    if (data.kind === 'designation' && data.designees.length === 0) {
      problems.push(`${file}: designees: a designation must name at least one person or organisation`);
    }
    const named = new Set<string>();
    for (const [index, designee] of data.designees.entries()) {
      const node = designee.person !== undefined ? people.get(designee.person) : organisations.get(designee.organisation ?? '');
      const id = designee.person ?? designee.organisation ?? '';
      const field = designee.person !== undefined ? 'person' : 'organisation';
      if (!node) {
        missing(file, ['designees', index, field], field, id, field === 'person' ? people : organisations);
        continue;
      }
      if (named.has(id)) problems.push(`${file}: designees[${index}].${field}: ${JSON.stringify(id)} is listed twice`);
      named.add(id);
      action.designees.push({ node, designee });
      node.designations.push({ action, designee });
    }
    for (const [index, otherId] of (data.coordinatedWith ?? []).entries()) {
      const other = actions.get(otherId);
      if (!other) missing(file, ['coordinatedWith', index], 'action', otherId, actions);
      else if (other === action) problems.push(`${file}: coordinatedWith[${index}]: ${JSON.stringify(otherId)} is the action itself`);
      else {
        if (!action.coordinated.includes(other)) action.coordinated.push(other);
        if (!other.coordinated.includes(action)) other.coordinated.push(action);
      }
    }
    for (const [index, earlierId] of (data.carriesOver ?? []).entries()) {
      const earlier = actions.get(earlierId);
      const at = `${file}: carriesOver[${index}]: ${JSON.stringify(earlierId)}`;
      if (!earlier) missing(file, ['carriesOver', index], 'action', earlierId, actions);
      else if (earlier.data.jurisdiction === data.jurisdiction)
        problems.push(`${at} is an action of the same jurisdiction (${data.jurisdiction}); carrying over is from another jurisdiction`);
      else if (earlier.data.announced > data.announced)
        problems.push(`${at} was announced on ${earlier.data.announced}, after this action (${data.announced})`);
      else if (!action.carriedOver.includes(earlier)) {
        action.carriedOver.push(earlier);
        earlier.carriedInto.push(action);
      }
    }
  }

  linkIncidents({ incidents, actions, people, organisations, missing, problems });

  if (problems.length > 0) {
    throw new ContentError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in content/:\n${problems.join('\n')}`);
  }

  const byDesignationDate = (a: Designation, b: Designation) => byAnnouncedThenId(a.action, b.action);
  for (const node of [...people.values(), ...organisations.values()]) node.designations.sort(byDesignationDate);
  for (const action of actions.values()) {
    action.coordinated.sort(byAnnouncedThenId);
    action.carriedOver.sort(byAnnouncedThenId);
    action.carriedInto.sort(byAnnouncedThenId);
  }
  const byOccurredThenId = (a: IncidentNode, b: IncidentNode) => a.data.occurred.date.localeCompare(b.data.occurred.date) || a.id.localeCompare(b.id);
  const newestIncidentFirst = (a: IncidentNode, b: IncidentNode) => byOccurredThenId(b, a);
  for (const action of actions.values()) action.incidents.sort(byOccurredThenId);
  for (const incident of incidents.values()) incident.actions.sort(byAnnouncedThenId);
  for (const organisation of organisations.values()) {
    organisation.incidents.sort(newestIncidentFirst);
    organisation.victimOf.sort(newestIncidentFirst);
    organisation.children.sort(byName);
    organisation.members.sort((a, b) => byName(a.person, b.person));
  }

  const actionList = [...actions.values()].sort((a, b) => byAnnouncedThenId(b, a));
  const organisationList = [...organisations.values()].sort(byName);
  return {
    actions: actionList,
    people: [...people.values()].sort(byName),
    organisations: organisationList,
    subjectOrganisations: organisationList.filter((node) => !isOnlyIncidentVictim(node)),
    sources: [...sources.values()].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title)),
    checks: checks.sort((a, b) => a.data.jurisdiction.localeCompare(b.data.jurisdiction) || a.data.title.localeCompare(b.data.title)),
    incidents: [...incidents.values()].sort(newestIncidentFirst),
    action: (id) => actions.get(id),
    person: (id) => people.get(id),
    organisation: (id) => organisations.get(id),
    source: (id) => sources.get(id),
    incident: (id) => incidents.get(id),
    jurisdictions: [...new Set(actionList.map((action) => action.data.jurisdiction))].sort(),
  };
}

/** An organisation on the site only as the victim of an incident: no action names it, and no unit, member or incident links to it. */
export const isOnlyIncidentVictim = (node: OrganisationNode): boolean =>
  node.victimOf.length > 0 && node.designations.length === 0 && node.children.length === 0 && node.members.length === 0 && node.incidents.length === 0;

/** Wallet addresses compare as their chain writes them: 0x addresses are hex, so letter case (a checksum) does not count. */
export const walletKey = (value: string): string => (/^0x[0-9a-fA-F]{40}$/.test(value) ? value.toLowerCase() : value);

/**
 * Resolves the references of incidents (victim, groups, and the actions that cite them) and finds
 * each incident wallet among the wallets that designations list.
 */
function linkIncidents(context: {
  incidents: Map<string, IncidentNode>;
  actions: Map<string, ActionNode>;
  people: Map<string, PersonNode>;
  organisations: Map<string, OrganisationNode>;
  missing: (file: string, path: PropertyKey[], kind: string, id: string, known: Map<string, unknown>) => void;
  problems: string[];
}) {
  const { incidents, actions, people, organisations, missing, problems } = context;
  for (const incident of incidents.values()) {
    const { data, file } = incident;
    if (data.disclosed && data.disclosed.date < data.occurred.date) {
      problems.push(`${file}: disclosed.date: "${data.disclosed.date}" is before occurred.date "${data.occurred.date}"`);
    }
    for (const [index, attribution] of data.attributions.entries()) {
      if (attribution.date < data.occurred.date)
        problems.push(`${file}: attributions[${index}].date: "${attribution.date}" is before the incident occurred ("${data.occurred.date}")`);
    }
    const victimId = data.victim.organisation;
    if (victimId !== undefined) {
      const victim = organisations.get(victimId);
      if (!victim) missing(file, ['victim', 'organisation'], 'organisation', victimId, organisations);
      else {
        incident.victim = victim;
        victim.victimOf.push(incident);
      }
    }
    for (const [index, groupId] of (data.groups ?? []).entries()) {
      const group = organisations.get(groupId);
      if (!group) missing(file, ['groups', index], 'organisation', groupId, organisations);
      else if (incident.groups.includes(group)) problems.push(`${file}: groups[${index}]: ${JSON.stringify(groupId)} is listed twice`);
      else {
        incident.groups.push(group);
        group.incidents.push(incident);
      }
    }
  }
  for (const action of actions.values()) {
    for (const [index, incidentId] of (action.data.incidents ?? []).entries()) {
      const incident = incidents.get(incidentId);
      if (!incident) missing(action.file, ['incidents', index], 'incident', incidentId, incidents);
      else if (action.incidents.includes(incident)) problems.push(`${action.file}: incidents[${index}]: ${JSON.stringify(incidentId)} is listed twice`);
      else {
        action.incidents.push(incident);
        incident.actions.push(action);
      }
    }
  }
  // Every wallet a designation lists: on the entity's own record, or published with it by an action.
  const listings = new Map<string, WalletListing[]>();
  const list = (value: string, listing: WalletListing) => {
    const key = walletKey(value);
    const known = listings.get(key) ?? [];
    if (!known.some((other) => other.node === listing.node && other.action === listing.action)) known.push(listing);
    listings.set(key, known);
  };
  for (const action of actions.values())
    for (const { node, designee } of action.designees) for (const id of designee.identifiers ?? []) if (id.type === 'wallet') list(id.value, { node, action });
  for (const node of [...people.values(), ...organisations.values()])
    for (const id of node.data.identifiers ?? []) {
      if (id.type !== 'wallet') continue;
      const listed = listings.get(walletKey(id.value));
      if (!listed?.some((listing) => listing.node === node)) list(id.value, { node, action: undefined });
    }
  for (const incident of incidents.values()) {
    incident.wallets = (incident.data.wallets ?? []).map((wallet) => ({ wallet, listings: listings.get(walletKey(wallet.value)) ?? [] }));
  }
}
