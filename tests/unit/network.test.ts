import { expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { bodyTrees, designeesByBodyAndJurisdiction, layoutNetwork, MAX_TREE_UNITS, neighbourhood } from '~/lib/pictures/network';
import { action, graphInput, organisation, person } from '../fixtures/factories';

const graph = buildGraph(
  graphInput({
    organisations: [organisation('rgb'), organisation('lazarus', { parent: { organisation: 'rgb', sources: ['src-a'] } })],
    people: [
      person('park', { affiliations: [{ organisation: 'lazarus', sources: ['src-a'] }] }),
      ...Array.from({ length: 30 }, (_, index) => person(`p-${index}`, { affiliations: [{ organisation: 'rgb', sources: ['src-a'] }] })),
    ],
    actions: [action('us-2018', { jurisdiction: 'US', designees: [{ person: 'park' }] })],
  }),
);

function found<Node>(node: Node | undefined): Node {
  if (!node) throw new Error('fixture node missing');
  return node;
}

test('the neighbourhood reaches two steps out: a person, their body, its parent, and the action naming them', () => {
  const network = neighbourhood(found(graph.person('park')), 5);
  expect(network.nodes.map(({ node, distance }) => `${node.id}@${distance}`)).toEqual(['park@0', 'lazarus@1', 'us-2018@1', 'rgb@2']);
  expect(network.edges.map((edge) => `${edge.from.id} ${edge.relation} ${edge.to.id}`)).toEqual(
    expect.arrayContaining(['park member of lazarus', 'park named by us-2018', 'lazarus part of rgb']),
  );
  expect(network.omittedDirect).toBe(0);
  expect(network.omittedFurther).toBe(false);
});

test('a crowded neighbourhood is capped, parent bodies and members before actions, and says what was left out', () => {
  const network = neighbourhood(found(graph.organisation('lazarus')), 18);
  expect(network.nodes).toHaveLength(18);
  expect(network.nodes.slice(0, 3).map(({ node }) => node.id)).toEqual(['lazarus', 'rgb', 'park']);
  expect(network.nodes.map(({ node }) => node.id)).not.toContain('us-2018');
  expect(network.omittedDirect).toBe(0);
  expect(network.omittedFurther).toBe(true);
  // The centre's own links left out are counted: rgb has 30 members and one unit.
  const crowdedCentre = neighbourhood(found(graph.organisation('rgb')), 18);
  expect(crowdedCentre.omittedDirect).toBe(31 - 17);
  expect(crowdedCentre.nodes.every(({ distance }) => distance <= 1)).toBe(true);
});

test('every edge between two drawn entities is drawn, once', () => {
  const network = neighbourhood(found(graph.person('park')), 5);
  const keys = network.edges.map((edge) => `${edge.from.id}>${edge.to.id}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.sort()).toEqual(['lazarus>rgb', 'park>lazarus', 'park>us-2018']);
});

test('a body with more units than a picture holds draws the nearest levels and lists every unit', () => {
  const units = Array.from({ length: MAX_TREE_UNITS + 5 }, (_, index) =>
    organisation(`unit-${index}`, { parent: { organisation: index < 3 ? 'top' : `unit-${index % 3}`, sources: ['src-a'] } }),
  );
  const big = buildGraph(graphInput({ organisations: [organisation('top'), ...units], actions: [action('a', { designees: [{ organisation: 'top' }] })] }));
  const [tree] = bodyTrees(big);
  expect(tree?.units).toHaveLength(MAX_TREE_UNITS + 6);
  expect(tree?.layout.nodes).toHaveLength(MAX_TREE_UNITS);
  expect(tree?.layout.nodes.slice(0, 4).map(({ node, distance }) => `${node.id}@${distance}`)).toEqual(['top@0', 'unit-0@1', 'unit-1@1', 'unit-2@1']);
  expect(tree?.layout.edges).toHaveLength(MAX_TREE_UNITS - 1);
});

test('the layout places every node inside the picture, with points for every edge', () => {
  const layout = layoutNetwork(neighbourhood(found(graph.organisation('lazarus'))));
  expect(layout.nodes.length).toBe(18);
  for (const node of layout.nodes) {
    expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
    expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width + 0.5);
    expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height + 0.5);
  }
  expect(layout.edges.every((edge) => edge.points.length >= 2)).toBe(true);
});

test('the whole network: each top body with its tree, and designees counted under their top body per jurisdiction', () => {
  const trees = bodyTrees(graph);
  expect(trees.map(({ top }) => top.id)).toEqual(['rgb']);
  expect(trees[0]?.layout.nodes.map(({ node }) => node.id).sort()).toEqual(['lazarus', 'rgb']);
  const rows = designeesByBodyAndJurisdiction(graph);
  expect(rows.map((row) => [row.body?.id, row.counts])).toEqual([['rgb', [1]]]);
});
