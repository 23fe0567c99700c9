import dagre from '@dagrejs/dagre';
import type { Jurisdiction } from '~/schemas/action';
import type { EntityNode, Graph, OrganisationNode } from './graph';

export interface NetworkNode {
  node: EntityNode;
  label: string;
  /** Hops from the page's own entity. */
  distance: number;
}

export interface NetworkEdge {
  from: EntityNode;
  to: EntityNode;
  /** What links them: a membership, a parent body, or an action naming an entity. */
  relation: 'member of' | 'part of' | 'named by';
}

/** Entities linked to a node directly, each with the relation (written from the first to the second). */
function neighboursOf(node: EntityNode): NetworkEdge[] {
  if (node.type === 'person') {
    return [
      ...node.affiliations.map(({ organisation }) => ({ from: node, to: organisation, relation: 'member of' as const })),
      ...node.designations.map(({ action }) => ({ from: node, to: action, relation: 'named by' as const })),
    ];
  }
  if (node.type === 'organisation') {
    return [
      ...(node.parent ? [{ from: node, to: node.parent, relation: 'part of' as const }] : []),
      ...node.children.map((child) => ({ from: child, to: node, relation: 'part of' as const })),
      ...node.members.map(({ person }) => ({ from: person, to: node, relation: 'member of' as const })),
      ...node.designations.map(({ action }) => ({ from: node, to: action, relation: 'named by' as const })),
    ];
  }
  return node.designees.map(({ node: designee }) => ({ from: designee, to: node, relation: 'named by' as const }));
}

const labelOf = (node: EntityNode) => {
  const text = node.type === 'action' ? `${node.data.jurisdiction} ${node.data.announced}` : node.name;
  return text.length > 28 ? `${text.slice(0, 27)}…` : text;
};

/**
 * The entity and what lies up to two hops from it, nearest first, capped so the picture stays
 * readable: organisations and parent bodies first, then actions, then co-designees.
 */
export function neighbourhood(centre: EntityNode, maxNodes = 18): { nodes: NetworkNode[]; edges: NetworkEdge[]; omitted: number } {
  const kept = new Map<EntityNode, NetworkNode>([[centre, { node: centre, label: labelOf(centre), distance: 0 }]]);
  const priority = (edge: NetworkEdge) => (edge.relation === 'part of' ? 0 : edge.relation === 'member of' ? 1 : 2);
  let frontier: EntityNode[] = [centre];
  const seen = new Set<EntityNode>([centre]);
  let omitted = 0;
  for (let distance = 1; distance <= 2; distance += 1) {
    const next: EntityNode[] = [];
    const candidates = frontier.flatMap(neighboursOf).sort((a, b) => priority(a) - priority(b));
    for (const edge of candidates) {
      for (const other of [edge.from, edge.to]) {
        if (seen.has(other)) continue;
        seen.add(other);
        if (kept.size < maxNodes) {
          kept.set(other, { node: other, label: labelOf(other), distance });
          next.push(other);
        } else omitted += 1;
      }
    }
    frontier = next;
  }
  const edges: NetworkEdge[] = [];
  const edgeKeys = new Set<string>();
  for (const { node } of kept.values()) {
    for (const edge of neighboursOf(node)) {
      const key = `${edge.from.type}:${edge.from.id}>${edge.to.type}:${edge.to.id}`;
      if (kept.has(edge.from) && kept.has(edge.to) && !edgeKeys.has(key)) {
        edgeKeys.add(key);
        edges.push(edge);
      }
    }
  }
  return { nodes: [...kept.values()], edges, omitted };
}

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: (NetworkEdge & { points: { x: number; y: number }[] })[];
  omitted: number;
}

const CHAR_WIDTH = 6.6;
const NODE_HEIGHT = 26;

/** Lays the neighbourhood out left to right at build time (dagre), for an inline SVG. */
export function layoutNetwork(network: ReturnType<typeof neighbourhood>, direction: 'LR' | 'RL' = 'LR'): NetworkLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: direction, nodesep: 10, ranksep: 40, marginx: 4, marginy: 4 });
  graph.setDefaultEdgeLabel(() => ({}));
  const key = (node: EntityNode) => `${node.type}:${node.id}`;
  for (const entry of network.nodes) graph.setNode(key(entry.node), { width: Math.ceil(entry.label.length * CHAR_WIDTH) + 16, height: NODE_HEIGHT });
  for (const edge of network.edges) graph.setEdge(key(edge.from), key(edge.to));
  dagre.layout(graph);
  const nodes = network.nodes.map((entry) => {
    const placed = graph.node(key(entry.node));
    return { ...entry, x: placed.x, y: placed.y, width: placed.width, height: placed.height };
  });
  const edges = network.edges.map((edge) => ({ ...edge, points: graph.edge(key(edge.from), key(edge.to)).points ?? [] }));
  const label = graph.graph();
  return { width: Math.ceil(label.width ?? 0), height: Math.ceil(label.height ?? 0), nodes, edges, omitted: network.omitted };
}

/** The body at the top of an organisation's parent chain (itself when it has no parent). */
export const topBodyOf = (organisation: OrganisationNode): OrganisationNode => organisation.ancestors.at(-1) ?? organisation;

/** Top-level bodies that have units under them, each with its whole tree of units laid out. */
export function bodyTrees(graph: Graph): { top: OrganisationNode; layout: NetworkLayout }[] {
  const tops = graph.organisations.filter((organisation) => !organisation.parent && organisation.children.length > 0);
  return tops.map((top) => {
    const units = graph.organisations.filter((organisation) => topBodyOf(organisation) === top);
    const nodes = units.map((organisation) => ({
      node: organisation as EntityNode,
      label: `${labelOf(organisation)} (${organisation.members.length})`,
      distance: organisation === top ? 0 : organisation.ancestors.indexOf(top) + 1,
    }));
    const edges = units.flatMap((organisation) =>
      organisation.parent ? [{ from: organisation as EntityNode, to: organisation.parent as EntityNode, relation: 'part of' as const }] : [],
    );
    return { top, layout: layoutNetwork({ nodes, edges, omitted: 0 }, 'RL') };
  });
}

/** People and organisations named by each jurisdiction, counted under the top-level body they belong to. */
export function designeesByBodyAndJurisdiction(graph: Graph) {
  const bodyOf = (node: EntityNode): OrganisationNode | undefined =>
    node.type === 'organisation'
      ? topBodyOf(node)
      : node.type === 'person'
        ? node.affiliations.map(({ organisation }) => topBodyOf(organisation))[0]
        : undefined;
  const counts = new Map<string, Map<Jurisdiction, Set<EntityNode>>>();
  for (const action of graph.actions) {
    for (const { node } of action.designees) {
      const body = bodyOf(node);
      const key = body?.id ?? '';
      const row = counts.get(key) ?? new Map<Jurisdiction, Set<EntityNode>>();
      const cell = row.get(action.data.jurisdiction) ?? new Set<EntityNode>();
      cell.add(node);
      row.set(action.data.jurisdiction, cell);
      counts.set(key, row);
    }
  }
  return [...counts.entries()]
    .map(([id, row]) => ({ body: graph.organisation(id), counts: graph.jurisdictions.map((jurisdiction) => row.get(jurisdiction)?.size ?? 0) }))
    .sort((a, b) => b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0));
}
