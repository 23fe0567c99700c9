import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { ACTION_KINDS, JURISDICTIONS } from '~/lib/domain/vocabulary';
import { organisationPage, personPage } from '~/lib/pages/entities';
import { timelinePage } from '~/lib/pages/lists';
import { INCIDENT_LANE, INCIDENT_SHAPE, MARK_SHAPES, markPath, swimlane, type Swimlane } from '~/lib/pictures/swimlane';
import { hrefOf } from '~/lib/site/urls';
import { formatDate, t } from '~/i18n';
import { action, graphInput, incident, organisation, person } from '../fixtures/factories';

const graph = buildGraph(
  graphInput({
    organisations: [organisation('lazarus')],
    people: [person('park'), person('solo'), person('once')],
    actions: [
      action('un-2016', { jurisdiction: 'UN', announced: '2016-03-02', designees: [{ person: 'solo' }] }),
      action('us-2019', {
        jurisdiction: 'US',
        announced: '2019-03-14',
        designees: [{ person: 'park' }, { organisation: 'lazarus' }],
        coordinatedWith: ['kr-2019'],
      }),
      action('kr-2019', { jurisdiction: 'KR', announced: '2019-03-15', designees: [{ person: 'park' }], coordinatedWith: ['gb-2019'] }),
      action('gb-2019', { jurisdiction: 'GB', announced: '2019-03-14', designees: [{ person: 'park' }, { person: 'once' }] }),
      // Six days after us-2019: a few pixels apart on the same lane.
      action('us-2019-b', { jurisdiction: 'US', announced: '2019-03-20', designees: [{ organisation: 'lazarus' }] }),
      action('us-2021', { jurisdiction: 'US', kind: 'amendment', announced: '2021-06-01', designees: [{ organisation: 'lazarus' }] }),
      action('us-2022', { jurisdiction: 'US', kind: 'delisting', announced: '2022-08-08', designees: [{ organisation: 'lazarus' }] }),
      action('eu-2024', { jurisdiction: 'EU', announced: '2024-11-11', designees: [{ person: 'solo' }] }),
    ],
    incidents: [
      incident('theft-2018', { occurred: { date: '2018-09', sources: ['src-a'] } }),
      incident('theft-2022', { occurred: { date: '2022-03-23', sources: ['src-a'] }, groups: ['lazarus'] }),
    ],
  }),
);
const context = { site: new URL('https://tracker.example/'), updated: '2026-11-24', accessed: '2026-11-25' };
const full = { width: 960, laneHeight: 28, compact: false };
const found = <Node>(node: Node | undefined): Node => {
  if (!node) throw new Error('fixture node missing');
  return node;
};
const marksOf = <Item>(picture: Swimlane<Item>) => picture.lanes.flatMap((lane) => lane.marks);
const year = (date: string) => Number(date.slice(0, 4));

describe('the swimlane picture', () => {
  const picture = swimlane(graph.actions, graph.jurisdictions, full);

  test('has one lane per jurisdiction that acted, in the vocabulary’s order, and none for a jurisdiction without actions', () => {
    const acted = new Set(graph.actions.map((entry) => entry.data.jurisdiction));
    expect(picture.lanes.map((lane) => lane.id)).toEqual(JURISDICTIONS.filter((code) => acted.has(code)));
    // Asked for every jurisdiction, it still draws none for those with nothing to show.
    expect(swimlane(graph.actions, JURISDICTIONS, full).lanes.map((lane) => lane.id)).toEqual(picture.lanes.map((lane) => lane.id));
    expect(picture.lanes.map((lane) => lane.id)).not.toContain('JP');
  });

  test('draws every action once, in its jurisdiction’s lane', () => {
    expect(
      marksOf(picture)
        .map((mark) => mark.item.id)
        .sort(),
    ).toEqual(graph.actions.map((entry) => entry.id).sort());
    for (const lane of picture.lanes)
      for (const mark of lane.marks) {
        if (mark.item.type === 'action') expect(mark.item.data.jurisdiction).toBe(lane.id);
        expect(mark.y - picture.markRadius).toBeGreaterThanOrEqual(lane.top);
        expect(mark.y + picture.markRadius).toBeLessThanOrEqual(lane.top + lane.height);
      }
  });

  test('places marks along x by the day announced', () => {
    const byDate = [...marksOf(picture)].sort((a, b) => a.date.localeCompare(b.date));
    for (const [index, mark] of byDate.entries()) {
      const next = byDate[index + 1];
      if (!next) continue;
      if (next.date === mark.date) expect(next.x).toBe(mark.x);
      else expect(next.x).toBeGreaterThan(mark.x);
    }
    expect(picture.plot.left).toBeLessThan(Math.min(...byDate.map((mark) => mark.x)));
    expect(picture.plot.right).toBeGreaterThan(Math.max(...byDate.map((mark) => mark.x)));
  });

  test('stacks marks of one lane that would touch, so none hides another', () => {
    const us = found(picture.lanes.find((lane) => lane.id === 'US'));
    const [first, second] = ['us-2019', 'us-2019-b'].map((id) => found(us.marks.find((mark) => mark.item.id === id)));
    expect(Math.abs(found(first).x - found(second).x)).toBeLessThan(2 * picture.markRadius);
    expect(found(first).y).not.toBe(found(second).y);
    for (const lane of picture.lanes)
      for (const [index, mark] of lane.marks.entries())
        for (const other of lane.marks.slice(index + 1)) expect(Math.hypot(mark.x - other.x, mark.y - other.y)).toBeGreaterThanOrEqual(2 * picture.markRadius);
  });

  test('gives each kind of action a shape of its own form, not only its own colour', () => {
    const form = (shape: (typeof MARK_SHAPES)[keyof typeof MARK_SHAPES]) => {
      const { d, inner } = markPath(shape, 10, 10, 5);
      return `${d.replace(/[^A-Za-z]/g, '')}|${inner === undefined ? 'filled' : 'hollow'}`;
    };
    const forms = ACTION_KINDS.map((kind) => form(MARK_SHAPES[kind]));
    expect(new Set(forms).size).toBe(ACTION_KINDS.length);
    for (const mark of marksOf(picture)) if (mark.item.type === 'action') expect(mark.shape).toBe(MARK_SHAPES[mark.item.data.kind]);
    // The amendment is hollow, and its inside is painted separately so it can be clicked.
    expect(found(marksOf(picture).find((mark) => mark.item.data.kind === 'amendment')).inner).toBeDefined();
  });

  test('joins each group of coordinated actions with one line, top lane to bottom', () => {
    const groups = picture.links.map((link) => link.items.map((item) => item.id).sort());
    expect(groups).toEqual([['gb-2019', 'kr-2019', 'us-2019']]);
    const [link] = picture.links;
    const ys = found(link).points.map((point) => point.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const marks = new Map(marksOf(picture).map((mark) => [mark.item.id, mark]));
    for (const [index, item] of found(link).items.entries())
      expect(found(link).points[index]).toEqual({ x: found(marks.get(item.id)).x, y: found(marks.get(item.id)).y });
    // With a partner not drawn (another jurisdiction's page), no line is left hanging.
    expect(swimlane(graph.actions, ['KR'], full).links).toEqual([]);
  });

  test('ticks every year from the first action’s to the last’s, and its labels never overlap at any width', () => {
    const dates = graph.actions.map((entry) => entry.data.announced);
    const first = Math.min(...dates.map(year));
    const last = Math.max(...dates.map(year));
    expect(picture.years.map((entry) => Number(entry.year))).toEqual(Array.from({ length: last - first + 1 }, (_, index) => first + index));
    for (const width of [160, 240, 400, 640, 960, 2000])
      for (const compact of [false, true]) {
        const sized = swimlane(graph.actions, graph.jurisdictions, { width, laneHeight: 20, compact });
        const labelled = sized.years.filter((entry) => entry.labelled);
        expect(labelled.length).toBeGreaterThan(0);
        for (const [index, label] of labelled.entries()) {
          const next = labelled[index + 1];
          if (next) expect(next.labelX - label.labelX).toBeGreaterThanOrEqual(sized.yearLabelWidth);
        }
      }
  });
});

describe('the incidents lane', () => {
  const picture = swimlane(graph.actions, graph.jurisdictions, full, graph.incidents);

  test('comes below the jurisdictions and draws every incident once, as a triangle no action kind uses', () => {
    expect(picture.lanes.at(-1)?.id).toBe(INCIDENT_LANE);
    const lane = found(picture.lanes.at(-1));
    expect(lane.marks.map((mark) => mark.item.id).sort()).toEqual(graph.incidents.map((entry) => entry.id).sort());
    for (const mark of lane.marks) expect(mark.shape).toBe(INCIDENT_SHAPE);
    expect(Object.values(MARK_SHAPES)).not.toContain(INCIDENT_SHAPE);
    for (const other of picture.lanes.slice(0, -1)) for (const mark of other.marks) expect(mark.item.type).toBe('action');
  });

  test('puts an incident known only to the month at the first of that month, between the years around it', () => {
    const mark = found(marksOf(picture).find((entry) => entry.item.id === 'theft-2018'));
    expect(mark.date).toBe('2018-09-01');
    const y2018 = found(picture.years.find((entry) => entry.year === '2018'));
    const y2019 = found(picture.years.find((entry) => entry.year === '2019'));
    expect(mark.x).toBeGreaterThan(y2018.x);
    expect(mark.x).toBeLessThan(y2019.x);
  });

  test('joins no incident to the lines of coordinated actions', () => {
    for (const link of picture.links) for (const item of link.items) expect(item.type).toBe('action');
  });

  test('is on the full timeline with its own legend entry and caption, each mark a link to its incident; not on a jurisdiction’s timeline', () => {
    const view = found(timelinePage(graph).swimlane);
    const lane = found(view.lanes.find((entry) => entry.id === INCIDENT_LANE));
    expect(lane.label).toBe(t.swimlane.incidentLane(false));
    expect(lane.marks.map((mark) => mark.href).sort()).toEqual(graph.incidents.map((entry) => hrefOf(entry)).sort());
    const theft = found(graph.incident('theft-2022'));
    const mark = found(lane.marks.find((entry) => entry.href === hrefOf(theft)));
    for (const part of [formatDate(theft.data.occurred.date), t.incidentKind[theft.data.kind], theft.data.title]) expect(mark.title).toContain(part);
    expect(view.legend.map((entry) => entry.label)).toContain(t.swimlane.legend.incident);
    expect(view.caption).toContain(t.swimlane.incidentsCaption);
    expect(found(timelinePage(graph, 'US').swimlane).lanes.map((entry) => entry.id)).toEqual(['US']);
  });
});

describe('the swimlane on pages', () => {
  test('the timeline draws every action, each mark a link to its action with its date, jurisdiction, kind and title', () => {
    const view = found(timelinePage(graph).swimlane);
    const marks = view.lanes.filter((lane) => lane.id !== INCIDENT_LANE).flatMap((lane) => lane.marks);
    expect(marks.map((mark) => mark.href).sort()).toEqual(graph.actions.map((entry) => hrefOf(entry)).sort());
    const amendment = found(graph.actions.find((entry) => entry.data.kind === 'amendment'));
    const mark = found(marks.find((entry) => entry.href === hrefOf(amendment)));
    for (const part of [formatDate(amendment.data.announced), t.jurisdiction[amendment.data.jurisdiction], t.actionKindWord.amendment, amendment.data.title])
      expect(mark.title).toContain(part);
    expect(view.lanes.map((lane) => lane.label)).toContain(t.jurisdiction.US);
    expect(view.legend.map((entry) => entry.label)).toEqual([...ACTION_KINDS.map((kind) => t.swimlane.legend.kinds[kind]), t.swimlane.legend.incident]);
    expect(view.coordinated).toBe(t.swimlane.legend.coordinated);
    expect(view.links).toHaveLength(1);
  });

  test('a jurisdiction’s timeline draws its one lane', () => {
    const view = found(timelinePage(graph, 'US').swimlane);
    expect(view.lanes.map((lane) => lane.id)).toEqual(['US']);
    expect(view.lanes[0]?.marks).toHaveLength(graph.actions.filter((entry) => entry.data.jurisdiction === 'US').length);
  });

  test('an entity page draws its own designations, with a lane only for each jurisdiction that acted on it', () => {
    const park = found(graph.person('park'));
    const view = found(personPage(park, context).swimlane);
    expect(view.lanes.map((lane) => lane.id)).toEqual(
      JURISDICTIONS.filter((code) => park.designations.some(({ action: named }) => named.data.jurisdiction === code)),
    );
    expect(view.lanes.flatMap((lane) => lane.marks.map((mark) => mark.href)).sort()).toEqual(
      park.designations.map(({ action: named }) => hrefOf(named)).sort(),
    );
    expect(view.lanes.map((lane) => lane.label)).toEqual(view.lanes.map((lane) => lane.id));
    const lazarus = found(graph.organisation('lazarus'));
    const body = found(organisationPage(lazarus, context).swimlane);
    expect(body.lanes.map((lane) => lane.id)).toEqual(['US']);
    expect(body.lanes[0]?.marks).toHaveLength(lazarus.designations.length);
    expect(body.legend.map((entry) => entry.kind)).toEqual(['designation', 'amendment', 'delisting']);
  });

  test('an entity named once gets a valid small picture', () => {
    const once = found(graph.person('once'));
    const [only] = once.designations;
    const view = found(personPage(once, context).swimlane);
    expect(view.width).toBeGreaterThan(0);
    expect(view.height).toBeGreaterThan(0);
    expect(view.height).toBeLessThan(80);
    expect(view.lanes).toHaveLength(1);
    expect(view.lanes[0]?.marks.map((mark) => mark.href)).toEqual([hrefOf(found(only).action)]);
    expect(view.years.map((entry) => entry.label)).toEqual([found(only).action.data.announced.slice(0, 4)]);
    expect(view.links).toEqual([]);
    const picture = swimlane([found(only).action], [found(only).action.data.jurisdiction], { width: view.width, laneHeight: 20, compact: true });
    const mark = found(picture.lanes[0]?.marks[0]);
    expect(mark.x).toBeGreaterThan(picture.plot.left);
    expect(mark.x).toBeLessThan(picture.plot.right);
    for (const value of [mark.x, mark.y, picture.width, picture.height]) expect(Number.isFinite(value)).toBe(true);
    expect(mark.d).not.toMatch(/NaN|Infinity/);
  });

  test('an entity no action names gets no picture', () => {
    const unnamed = buildGraph(graphInput({ people: [person('nobody')] }));
    expect(personPage(found(unnamed.person('nobody')), context).swimlane).toBeUndefined();
  });
});
