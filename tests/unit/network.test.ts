import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildGraph, type Graph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { diagramLabels } from '~/lib/pages/parts';
import { inLanguage, LANGUAGES } from '~/i18n';
import type { Diagram } from '~/lib/pictures/lanes';
import { FONT_SIZE, FULL_WIDTH_DEPTH, MARGIN_X, STEP, WIDTH_WITH_SIDE } from '~/lib/pictures/lanes';
import { bodyTrees, DIAGRAM_LIMITS, designeesByBodyAndJurisdiction, MAX_TREE_UNITS, relationshipDiagram } from '~/lib/pictures/network';
import { textWidth, wrapText } from '~/lib/pictures/text-width';
import { writeCorpus } from '../../bench/generate';
import { action, graphInput, organisation, person } from '../fixtures/factories';

const graph = buildGraph(
  graphInput({
    organisations: [
      organisation('rgb'),
      organisation('bureau', { parent: { organisation: 'rgb', sources: ['src-a'] } }),
      organisation('lazarus', { parent: { organisation: 'bureau', sources: ['src-a'] } }),
      organisation('andariel', { parent: { organisation: 'rgb', sources: ['src-a'] } }),
      organisation('front'),
    ],
    people: [
      person('park', { affiliations: [{ organisation: 'lazarus', sources: ['src-a'] }] }),
      person('kim', { affiliations: ['lazarus', 'andariel', 'front'].map((id) => ({ organisation: id, sources: ['src-a'] })) }),
      ...Array.from({ length: 30 }, (_, index) => person(`p-${index}`, { affiliations: [{ organisation: 'lazarus', sources: ['src-a'] }] })),
    ],
    actions: [
      action('us-2018', { jurisdiction: 'US', announced: '2018-09-06', designees: [{ person: 'park' }, { organisation: 'lazarus' }] }),
      ...Array.from({ length: 12 }, (_, index) =>
        action(`eu-${index}`, { jurisdiction: 'EU', announced: `2020-01-${String(index + 10)}`, designees: [{ organisation: 'lazarus' }] }),
      ),
    ],
  }),
);

function found<Node>(node: Node | undefined): Node {
  if (!node) throw new Error('fixture node missing');
  return node;
}

const nameOf = (id: string) => found(graph.organisation(id) ?? graph.person(id)).name;
const labelsOf = (diagram: Diagram) => diagram.boxes.map((box) => box.item.label);
const textsOf = (diagram: Diagram) => diagram.texts.map((text) => text.text);

test('an organisation: its parent chain above, itself, its units and members below, the actions that named it to one side', () => {
  const drawn = found(relationshipDiagram(found(graph.organisation('lazarus')), diagramLabels()));
  const { boxes } = drawn.diagram;
  const box = (id: string) => found(boxes.find((entry) => entry.item.label === nameOf(id)));
  // The chain runs down from the top body; each level is indented one step further.
  expect(box('rgb').y).toBeLessThan(box('bureau').y);
  expect(box('bureau').y).toBeLessThan(box('lazarus').y);
  expect(box('rgb').x).toBeLessThan(box('bureau').x);
  expect(box('lazarus').item.centre).toBe(true);
  // Members below, capped, and "and K more" says how many are left out.
  const members = boxes.filter((entry) => entry.item.kind === 'person');
  expect(members).toHaveLength(DIAGRAM_LIMITS.members);
  expect(members.every((member) => member.y > box('lazarus').y)).toBe(true);
  const memberCount = found(graph.organisation('lazarus')).members.length;
  expect(textsOf(drawn.diagram)).toContain(`and ${memberCount - DIAGRAM_LIMITS.members} more`);
  // Actions to the side, oldest first, capped the same way.
  const actions = boxes.filter((entry) => entry.item.kind === 'action');
  expect(actions).toHaveLength(DIAGRAM_LIMITS.actions);
  expect(actions[0]?.item.label).toBe('US · 6 Sep 2018');
  expect(actions.every((entry) => entry.x > box('lazarus').x + box('lazarus').width)).toBe(true);
  expect(actions.map((entry) => entry.y)).toEqual([...actions.map((entry) => entry.y)].sort((a, b) => a - b));
  expect(textsOf(drawn.diagram)).toContain('and 5 more');
  expect(drawn.omitted).toBe(memberCount - DIAGRAM_LIMITS.members + 5);
  expect(drawn.links.map((link) => `${link.from.id} ${link.relation} ${link.to.id}`)).toEqual(
    expect.arrayContaining(['bureau part of rgb', 'lazarus part of bureau', 'kim member of lazarus', 'lazarus named by us-2018']),
  );
});

/** The column of a 390 px phone (the page's padding taken off both sides), where the picture should show whole. */
const PHONE_COLUMN = 358;

test('a picture with actions to the side fits a phone: no wider than its set width down to three levels, one line per action', () => {
  expect(WIDTH_WITH_SIDE).toBeLessThanOrEqual(PHONE_COLUMN);
  const content = buildGraph(loadContent('content'));
  for (const language of LANGUAGES) {
    const drawn = inLanguage(language, () =>
      [...content.people, ...content.organisations].flatMap((node) => relationshipDiagram(node, diagramLabels())?.diagram ?? []),
    );
    const withSide = drawn.filter((diagram) => diagram.boxes.some((box) => box.item.kind === 'action'));
    expect(withSide.length).toBeGreaterThan(0);
    for (const diagram of withSide) {
      const actions = diagram.boxes.filter((box) => box.item.kind === 'action');
      const column = diagram.boxes.filter((box) => box.item.kind !== 'action');
      const deepest = Math.max(...column.map((box) => Math.round((box.x - MARGIN_X) / STEP)));
      if (deepest <= FULL_WIDTH_DEPTH) expect(diagram.width, labelsOf(diagram).join(', ')).toBe(WIDTH_WITH_SIDE);
      // A designation's box ("US · 6 Sep 2018") is one line; an amendment's or delisting's adds its kind.
      for (const box of actions) if (!box.item.label.includes(' · ', box.item.label.indexOf(' · ') + 3)) expect(box.lines, box.item.label).toHaveLength(1);
    }
  }
});

test('a person with several bodies: each body drawn once under its own top body, joined to the person below', () => {
  const drawn = found(relationshipDiagram(found(graph.person('kim')), diagramLabels()));
  // Rgb is above both Lazarus and Andariel, and drawn once.
  expect(labelsOf(drawn.diagram).filter((label) => label === nameOf('rgb'))).toHaveLength(1);
  // An outline: each body right after the body above it.
  expect(labelsOf(drawn.diagram)).toEqual(['rgb', 'andariel', 'bureau', 'lazarus', 'front', 'kim'].map(nameOf));
  expect(drawn.links.filter((link) => link.relation === 'member of').map((link) => link.to.id)).toEqual(['lazarus', 'andariel', 'front']);
  expect(relationshipDiagram(found(graph.person('p-0')), diagramLabels())?.diagram.boxes.at(-1)?.item.centre).toBe(true);
});

test('labels wrap to their box and are never cut, however long or unbroken', () => {
  const long = 'Reconnaissance General Bureau of the Korean People’s Army General Staff';
  const lines = wrapText(long, 120, FONT_SIZE);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toBe(long);
  expect(lines.every((line) => textWidth(line, FONT_SIZE) <= 120)).toBe(true);
  const wallet = '0x098b716b8aaf21512996dc57eb0615e2383e2f96';
  expect(wrapText(wallet, 100, FONT_SIZE).join('')).toBe(wallet);
  const hangul = '조선민주주의인민공화국정찰총국';
  expect(wrapText(hangul, 80, FONT_SIZE).join('')).toBe(hangul);
});

/** Every geometric promise of a diagram: whole labels, boxes apart, no line through a box. */
function checkDiagram(diagram: Diagram, where: string) {
  const problems: string[] = [];
  const rects = [
    ...diagram.boxes.map((box) => ({ name: box.item.label, x: box.x, y: box.y, width: box.width, height: box.height })),
    ...diagram.texts.map((text) => ({ name: text.text, x: text.x, y: text.y, width: textWidth(text.text, FONT_SIZE), height: text.height })),
  ];
  for (const box of diagram.boxes) {
    if (
      box.lines.map((line) => line.text).join(' ') !== box.item.label.split(/\s+/).join(' ') &&
      box.lines.map((line) => line.text).join('') !== box.item.label.replace(/\s+/g, '')
    ) {
      problems.push(`${where}: "${box.item.label}" is drawn as "${box.lines.map((line) => line.text).join(' / ')}"`);
    }
    for (const line of box.lines) {
      if (line.x + textWidth(line.text, FONT_SIZE) > box.x + box.width) problems.push(`${where}: "${line.text}" is wider than its box`);
      if (line.y > box.y + box.height || line.y - FONT_SIZE < box.y) problems.push(`${where}: "${line.text}" is outside its box`);
    }
  }
  for (const [index, a] of rects.entries()) {
    if (a.x < 0 || a.y < 0 || a.x + a.width > diagram.width || a.y + a.height > diagram.height) problems.push(`${where}: "${a.name}" is outside the picture`);
    for (const b of rects.slice(index + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        problems.push(`${where}: "${a.name}" overlaps "${b.name}"`);
    }
  }
  for (const points of diagram.lines) {
    for (const [index, start] of points.slice(0, -1).entries()) {
      const end = points[index + 1] ?? start;
      const [x1, x2] = [Math.min(start.x, end.x), Math.max(start.x, end.x)];
      const [y1, y2] = [Math.min(start.y, end.y), Math.max(start.y, end.y)];
      if (x1 !== x2 && y1 !== y2) problems.push(`${where}: a line runs on a slant`);
      for (const rect of rects) {
        // Strictly inside: a line may end on a box's edge.
        if (x2 > rect.x + 0.5 && x1 < rect.x + rect.width - 0.5 && y2 > rect.y + 0.5 && y1 < rect.y + rect.height - 0.5) {
          problems.push(`${where}: a line crosses "${rect.name}"`);
        }
      }
    }
  }
  return problems;
}

function checkGraph(checked: Graph) {
  const problems: string[] = [];
  let diagrams = 0;
  for (const node of [...checked.people, ...checked.organisations]) {
    const drawn = relationshipDiagram(node, diagramLabels());
    if (!drawn) continue;
    diagrams += 1;
    problems.push(...checkDiagram(drawn.diagram, `${node.type} ${node.id}`));
  }
  const trees = bodyTrees(checked, {
    hrefOf: diagramLabels().hrefOf,
    more: diagramLabels().more,
    unitOf: (node) => `${node.name} (${node.members.length})`,
    listHref: () => '#',
  });
  for (const tree of trees) problems.push(...checkDiagram(tree.diagram, `tree of ${tree.top.id}`));
  return { problems, diagrams: diagrams + trees.length };
}

test('every diagram of the fixture passes the geometry checks', () => {
  const { problems, diagrams } = checkGraph(graph);
  expect(diagrams).toBeGreaterThan(30);
  expect(problems).toEqual([]);
});

test('every diagram of the real content passes the geometry checks', () => {
  const { problems, diagrams } = checkGraph(buildGraph(loadContent('content')));
  expect(diagrams).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

const corpus = mkdtempSync(path.join(tmpdir(), 'diagram-corpus-'));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));
test('every diagram of a generated corpus of 2,000 entities (deep chains, big bodies) passes the geometry checks', () => {
  writeCorpus(corpus, 2000);
  const { problems, diagrams } = checkGraph(buildGraph(loadContent(corpus)));
  expect(diagrams).toBeGreaterThan(1000);
  expect(problems.slice(0, 10)).toEqual([]);
});

test('the checks catch a cut label, an overlap and a line through a box', () => {
  const drawn = found(relationshipDiagram(found(graph.organisation('lazarus')), diagramLabels())).diagram;
  const [first, second] = drawn.boxes;
  const cut: Diagram = { ...drawn, boxes: drawn.boxes.map((box, index) => (index === 0 ? { ...box, lines: [{ ...found(box.lines[0]), text: 'Rg…' }] } : box)) };
  expect(checkDiagram(cut, 'cut').join()).toMatch(/is drawn as/);
  const overlap: Diagram = { ...drawn, boxes: drawn.boxes.map((box, index) => (index === 1 ? { ...box, y: found(first).y } : box)) };
  expect(checkDiagram(overlap, 'overlap').join()).toMatch(/overlaps/);
  const through: Diagram = {
    ...drawn,
    lines: [
      [
        { x: 0, y: found(second).y + 5 },
        { x: drawn.width, y: found(second).y + 5 },
      ],
    ],
  };
  expect(checkDiagram(through, 'through').join()).toMatch(/crosses/);
});

test('a body with more units than a picture holds draws the nearest levels and says how many are left out', () => {
  const units = Array.from({ length: MAX_TREE_UNITS + 5 }, (_, index) =>
    organisation(`unit-${index}`, { parent: { organisation: index < 3 ? 'top' : `unit-${index % 3}`, sources: ['src-a'] } }),
  );
  const big = buildGraph(graphInput({ organisations: [organisation('top'), ...units], actions: [action('a', { designees: [{ organisation: 'top' }] })] }));
  const [tree] = bodyTrees(big, { hrefOf: diagramLabels().hrefOf, more: diagramLabels().more, unitOf: (node) => node.name, listHref: () => '#all' });
  expect(tree?.units).toHaveLength(MAX_TREE_UNITS + 6);
  expect(tree?.diagram.boxes).toHaveLength(MAX_TREE_UNITS);
  // An outline: the top, then each unit followed by its own units.
  const firstUnit = found(big.organisation('top')?.children[0]);
  expect(tree?.diagram.boxes.slice(0, 3).map((box) => box.item.label)).toEqual([big.organisation('top')?.name, firstUnit.name, firstUnit.children[0]?.name]);
  expect(tree?.diagram.texts.map((text) => text.text)).toEqual(['and 6 more']);
  expect(checkDiagram(found(tree).diagram, 'big tree')).toEqual([]);
});

test('the whole network: designees counted under their top body per jurisdiction', () => {
  const rows = designeesByBodyAndJurisdiction(graph);
  // Park and Lazarus by the US, Lazarus by the EU.
  expect(rows.map((row) => [row.body?.id, row.counts])).toEqual([['rgb', graph.jurisdictions.map((code) => (code === 'US' ? 2 : 1))]]);
});
