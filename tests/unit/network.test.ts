import { expect, test } from 'vitest';
import { buildGraph } from '~/lib/graph';
import { bodyTrees, designeesByBodyAndJurisdiction, layoutNetwork, neighbourhood } from '~/lib/network';
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
  expect(network.omitted).toBe(0);
});

test('a crowded neighbourhood is capped, parent bodies kept first, and says how many were left out', () => {
  const network = neighbourhood(found(graph.organisation('lazarus')), 18);
  expect(network.nodes).toHaveLength(18);
  expect(network.nodes.slice(0, 3).map(({ node }) => node.id)).toEqual(['lazarus', 'rgb', 'park']);
  expect(network.omitted).toBe(16);
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
