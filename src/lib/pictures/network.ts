import dagre from '@dagrejs/dagre';
import type { Jurisdiction } from '~/schemas/action';
import type { EntityNode, Graph, OrganisationNode } from '~/lib/content/graph';

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

/** Which links are drawn first when a picture is crowded: parent bodies, then memberships, then actions. */
const RELATIONS = ['part of', 'member of', 'named by'] as const;

interface Links {
  /** The node's links by relation, in the order the graph gives. */
  byRelation: Record<NetworkEdge['relation'], NetworkEdge[]>;
  /** The link to each neighbour, for an O(1) "are these two linked?". */
  byNeighbour: Map<EntityNode, NetworkEdge>;
}

// Every page draws its own neighbourhood, and a big body (with thousands of units or members) sits
// in the neighbourhood of each of them: its links are worked out once per build, not once per page.
const linksCache = new WeakMap<EntityNode, Links>();
function linksOf(node: EntityNode): Links {
  let links = linksCache.get(node);
  if (!links) {
    const edges = neighboursOf(node);
    links = {
      byRelation: { 'part of': [], 'member of': [], 'named by': [] },
      byNeighbour: new Map(edges.map((edge) => [edge.from === node ? edge.to : edge.from, edge])),
    };
    for (const edge of edges) links.byRelation[edge.relation].push(edge);
    linksCache.set(node, links);
  }
  return links;
}

const labelOf = (node: EntityNode) => {
  const text = node.type === 'action' ? `${node.data.jurisdiction} ${node.data.announced}` : node.name;
  return text.length > 28 ? `${text.slice(0, 27)}…` : text;
};

export interface Neighbourhood {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Entities linked directly to the centre that the picture leaves out. */
  omittedDirect: number;
  /** Whether entities two steps out were left out too (not counted: a big body can have thousands). */
  omittedFurther: boolean;
}

/**
 * The entity and what lies up to two hops from it, nearest first, capped so the picture stays
 * readable: organisations and parent bodies first, then people, then actions. The cost per page
 * stays bounded by the cap, however many links the bodies two steps out have.
 */
export function neighbourhood(centre: EntityNode, maxNodes = 18): Neighbourhood {
  const kept = new Map<EntityNode, NetworkNode>([[centre, { node: centre, label: labelOf(centre), distance: 0 }]]);
  const keep = (node: EntityNode, distance: number) => kept.set(node, { node, label: labelOf(node), distance });
  let omittedDirect = 0;
  for (const edge of RELATIONS.flatMap((relation) => linksOf(centre).byRelation[relation])) {
    const other = edge.from === centre ? edge.to : edge.from;
    if (kept.has(other)) continue;
    if (kept.size < maxNodes) keep(other, 1);
    else omittedDirect += 1;
  }
  const frontier = [...kept.keys()].slice(1);
  let omittedFurther = false;
  // Two steps out, one relation at a time across the whole frontier, stopping at the first entity
  // that no longer fits: parent bodies of every neighbour come before any of their members.
  search: for (const relation of RELATIONS) {
    for (const near of frontier) {
      for (const edge of linksOf(near).byRelation[relation]) {
        const other = edge.from === near ? edge.to : edge.from;
        if (kept.has(other)) continue;
        if (kept.size >= maxNodes) {
          omittedFurther = true;
          break search;
        }
        keep(other, 2);
      }
    }
  }
  const nodes = [...kept.keys()];
  const edges = nodes.flatMap((node, index) =>
    nodes.slice(index + 1).flatMap((other) => {
      const edge = linksOf(node).byNeighbour.get(other);
      return edge ? [edge] : [];
    }),
  );
  return { nodes: [...kept.values()], edges, omittedDirect, omittedFurther };
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
}

const CHAR_WIDTH = 6.6;
const NODE_HEIGHT = 26;

/** Lays the neighbourhood out left to right at build time (dagre), for an inline SVG. */
export function layoutNetwork(network: Pick<Neighbourhood, 'nodes' | 'edges'>, direction: 'LR' | 'RL' = 'LR'): NetworkLayout {
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
  return { width: Math.ceil(label.width ?? 0), height: Math.ceil(label.height ?? 0), nodes, edges };
}

/** The body at the top of an organisation's parent chain (itself when it has no parent). */
export const topBodyOf = (organisation: OrganisationNode): OrganisationNode => organisation.ancestors.at(-1) ?? organisation;

/** The most units a body's tree picture draws: dagre's cost grows faster than the tree, and a bigger picture is unreadable. */
export const MAX_TREE_UNITS = 60;

export interface BodyTree {
  top: OrganisationNode;
  /** Every unit under the top body, nearest levels first: the text list gives them all. */
  units: { node: OrganisationNode; distance: number }[];
  /** The picture: the first MAX_TREE_UNITS units (the top included). */
  layout: NetworkLayout;
}

/** Top-level bodies that have units under them, each with its tree of units laid out. */
export function bodyTrees(graph: Graph): BodyTree[] {
  const unitsByTop = new Map<OrganisationNode, { node: OrganisationNode; distance: number }[]>();
  for (const organisation of graph.organisations) {
    const top = topBodyOf(organisation);
    const distance = organisation === top ? 0 : organisation.ancestors.indexOf(top) + 1;
    const units = unitsByTop.get(top) ?? [];
    units.push({ node: organisation, distance });
    unitsByTop.set(top, units);
  }
  const tops = graph.organisations.filter((organisation) => !organisation.parent && organisation.children.length > 0);
  return tops.map((top) => {
    // A stable sort: within a level, the order the graph gives.
    const units = (unitsByTop.get(top) ?? []).sort((a, b) => a.distance - b.distance);
    const drawn = units.slice(0, MAX_TREE_UNITS);
    const inPicture = new Set(drawn.map(({ node }) => node));
    const nodes = drawn.map(({ node, distance }) => ({ node: node as EntityNode, label: `${labelOf(node)} (${node.members.length})`, distance }));
    const edges = drawn.flatMap(({ node }) =>
      node.parent && inPicture.has(node.parent) ? [{ from: node as EntityNode, to: node.parent as EntityNode, relation: 'part of' as const }] : [],
    );
    return { top, units, layout: layoutNetwork({ nodes, edges }, 'RL') };
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
