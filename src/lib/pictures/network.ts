import type { Jurisdiction } from '~/schemas/action';
import type { ActionNode, EntityNode, Graph, OrganisationNode, PersonNode } from '~/lib/content/graph';
import { layoutLanes, type Diagram, type LaneItem, type LaneRow, type MoreItem } from './lanes';

export interface NetworkEdge {
  from: EntityNode;
  to: EntityNode;
  /** What links them: a membership, a parent body, or an action naming an entity. */
  relation: 'member of' | 'part of' | 'named by';
}

/** The most boxes of each kind one entity's diagram draws; past it, "and K more" links to the page's full list. */
export const DIAGRAM_LIMITS = { bodies: 3, units: 6, members: 8, actions: 8 } as const;

/** The words and links a diagram needs, given by the page-data layer (pictures hold no text of their own). */
export interface DiagramLabels {
  nameOf: (node: PersonNode | OrganisationNode) => string;
  actionOf: (node: ActionNode) => string;
  hrefOf: (node: EntityNode) => string;
  more: (count: number) => string;
  captions: { parents: string; memberOf: string; units: string; members: string; namedBy: string };
  /** Where "and K more" leads: the page's own full lists. */
  anchors: { affiliations: string; units: string; members: string; actions: string };
}

export interface RelationshipDiagram {
  diagram: Diagram;
  /** The links the diagram draws, for the list beside it. */
  links: NetworkEdge[];
  /** Direct links the diagram leaves out ("and K more"). */
  omitted: number;
}

type Entity = PersonNode | OrganisationNode;

/**
 * One entity's relationships in fixed lanes: the parent chain above (a person's bodies and theirs), the
 * entity, its units and members below, and the actions that named it by date to one side. Undefined
 * when it has none.
 */
export function relationshipDiagram(centre: Entity, labels: DiagramLabels): RelationshipDiagram | undefined {
  const rows: LaneRow[] = [];
  const links: NetworkEdge[] = [];
  const item = (node: Entity, isCentre = false): LaneItem => ({ href: labels.hrefOf(node), label: labels.nameOf(node), kind: node.type, centre: isCentre });
  let omitted = 0;
  const more = (count: number, href: string): MoreItem => {
    omitted += count;
    return { href, label: labels.more(count), more: true };
  };

  /** Bodies as an outline from their top bodies down: each drawn once, however many of the chains share it. */
  const addForest = (bodies: OrganisationNode[]): Map<OrganisationNode, number> => {
    const inForest = new Set(bodies.flatMap((body) => [body, ...body.ancestors]));
    const rowOf = new Map<OrganisationNode, number>();
    const visit = (body: OrganisationNode, depth: number) => {
      if (rowOf.has(body)) return;
      const parentRow = body.parent ? rowOf.get(body.parent) : undefined;
      rowOf.set(body, rows.length);
      rows.push({ item: item(body), depth, parent: parentRow });
      if (body.parent && parentRow !== undefined) links.push({ from: body, to: body.parent, relation: 'part of' });
      for (const child of body.children) if (inForest.has(child)) visit(child, depth + 1);
    };
    for (const body of bodies) visit(body.ancestors.at(-1) ?? body, 0);
    return rowOf;
  };

  let centreRow: number;
  if (centre.type === 'organisation') {
    const chain = [...centre.ancestors].reverse();
    if (chain.length > 0) rows.push({ item: { caption: labels.captions.parents }, depth: 0 });
    chain.forEach((body, index) => {
      rows.push({ item: item(body), depth: index, parent: index > 0 ? rows.length - 1 : undefined });
      if (index > 0) links.push({ from: body, to: chain[index - 1] as OrganisationNode, relation: 'part of' });
    });
    centreRow = rows.length;
    rows.push({ item: item(centre, true), depth: chain.length, parent: chain.length > 0 ? centreRow - 1 : undefined });
    const parentBody = chain.at(-1);
    if (parentBody) links.push({ from: centre, to: parentBody, relation: 'part of' });
    const below = (caption: string, nodes: Entity[], limit: number, anchor: string, relation: NetworkEdge['relation']) => {
      if (nodes.length === 0) return;
      rows.push({ item: { caption }, depth: chain.length + 1 });
      for (const node of nodes.slice(0, limit)) {
        rows.push({ item: item(node), depth: chain.length + 1, parent: centreRow });
        links.push({ from: node, to: centre, relation });
      }
      if (nodes.length > limit) rows.push({ item: more(nodes.length - limit, anchor), depth: chain.length + 1, parent: centreRow });
    };
    below(labels.captions.units, centre.children, DIAGRAM_LIMITS.units, labels.anchors.units, 'part of');
    below(
      labels.captions.members,
      centre.members.map(({ person }) => person),
      DIAGRAM_LIMITS.members,
      labels.anchors.members,
      'member of',
    );
  } else {
    const bodies = [...new Set(centre.affiliations.map(({ organisation }) => organisation))];
    const drawn = bodies.slice(0, DIAGRAM_LIMITS.bodies);
    if (drawn.length > 0) rows.push({ item: { caption: labels.captions.memberOf }, depth: 0 });
    const rowOf = addForest(drawn);
    if (bodies.length > drawn.length) rows.push({ item: more(bodies.length - drawn.length, labels.anchors.affiliations), depth: 0 });
    centreRow = rows.length;
    const [only] = drawn;
    if (drawn.length === 1 && only) {
      // One body: the person hangs below it like a unit.
      const bodyRow = rowOf.get(only) ?? 0;
      rows.push({ item: item(centre, true), depth: (rows[bodyRow]?.depth ?? 0) + 1, parent: bodyRow });
    } else {
      rows.push({ item: item(centre, true), depth: 0 });
      for (const body of drawn) {
        const row = rows[rowOf.get(body) ?? -1];
        if (row) row.joinsBelow = centreRow;
      }
    }
    for (const body of drawn) links.push({ from: centre, to: body, relation: 'member of' });
  }

  const actions = [...new Set(centre.designations.map(({ action }) => action))];
  const side =
    actions.length > 0
      ? {
          from: centreRow,
          caption: labels.captions.namedBy,
          items: [
            ...actions
              .slice(0, DIAGRAM_LIMITS.actions)
              .map((action): LaneItem => ({ href: labels.hrefOf(action), label: labels.actionOf(action), kind: 'action' })),
            ...(actions.length > DIAGRAM_LIMITS.actions ? [more(actions.length - DIAGRAM_LIMITS.actions, labels.anchors.actions)] : []),
          ],
        }
      : undefined;
  for (const action of actions.slice(0, DIAGRAM_LIMITS.actions)) links.push({ from: centre, to: action, relation: 'named by' });
  if (links.length === 0) return undefined;
  return { diagram: layoutLanes({ rows, side }), links, omitted };
}

/** The body at the top of an organisation's parent chain (itself when it has no parent). */
export const topBodyOf = (organisation: OrganisationNode): OrganisationNode => organisation.ancestors.at(-1) ?? organisation;

/** The most units a body's tree picture draws: a bigger picture is unreadable, and the list below it gives them all. */
export const MAX_TREE_UNITS = 60;

export interface BodyTree {
  top: OrganisationNode;
  /** Every unit under the top body, nearest levels first: the text list gives them all. */
  units: { node: OrganisationNode; distance: number }[];
  /** The picture: the first MAX_TREE_UNITS units (the top included), as an outline. */
  diagram: Diagram;
}

/** Top-level bodies that have units under them, each with its tree of units laid out. */
export function bodyTrees(
  graph: Graph,
  labels: Pick<DiagramLabels, 'hrefOf' | 'more'> & { unitOf: (node: OrganisationNode) => string; listHref: (top: OrganisationNode) => string },
): BodyTree[] {
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
    // A stable sort: within a level, the order the graph gives. A unit is drawn only with its parent,
    // which is one level nearer the top and so comes first.
    const units = (unitsByTop.get(top) ?? []).sort((a, b) => a.distance - b.distance);
    const drawn = new Set(units.slice(0, MAX_TREE_UNITS).map(({ node }) => node));
    const rows: LaneRow[] = [];
    const rowOf = new Map<OrganisationNode, number>();
    const visit = (node: OrganisationNode, depth: number) => {
      rowOf.set(node, rows.length);
      rows.push({
        item: { href: labels.hrefOf(node), label: labels.unitOf(node), kind: 'organisation', centre: depth === 0 },
        depth,
        parent: node.parent && rowOf.get(node.parent),
      });
      for (const child of node.children) if (drawn.has(child)) visit(child, depth + 1);
    };
    visit(top, 0);
    if (units.length > drawn.size)
      rows.push({ item: { href: labels.listHref(top), label: labels.more(units.length - drawn.size), more: true }, depth: 1, parent: 0 });
    return { top, units, diagram: layoutLanes({ rows }) };
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
