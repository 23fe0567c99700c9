import type { ActionNode, IncidentNode } from '~/lib/content/graph';
import { JURISDICTIONS, type ActionKind, type Jurisdiction } from '~/lib/domain/vocabulary';

/** Mark shapes differ in form, not only in colour, so kinds read apart in greyscale and for colour-blind readers. */
export type MarkShape = 'circle' | 'diamond' | 'cross' | 'triangle';
export const MARK_SHAPES = { designation: 'circle', amendment: 'diamond', delisting: 'cross' } as const satisfies Record<ActionKind, MarkShape>;
/** Incidents are triangles: no action kind uses that shape. */
export const INCIDENT_SHAPE: MarkShape = 'triangle';
/** The id of the incidents lane, drawn below the jurisdictions. */
export const INCIDENT_LANE = 'incidents';
export type SwimlaneLaneId = Jurisdiction | typeof INCIDENT_LANE;

export interface SwimlaneOptions {
  width: number;
  /** Height of a lane holding one row of marks; a lane grows when close marks are stacked. */
  laneHeight: number;
  /** Small marks and a narrow label column (codes rather than names), for entity pages. */
  compact: boolean;
}

/** One dated item of a lane: any lane (jurisdictions now, incidents later) is a list of these. */
export interface LaneItem<Item> {
  item: Item;
  /** YYYY-MM-DD. */
  date: string;
  shape: MarkShape;
}

export interface LaneInput<Item, Id extends string = string> {
  id: Id;
  items: readonly LaneItem<Item>[];
}

export interface SwimlaneMark<Item> extends LaneItem<Item> {
  x: number;
  y: number;
  /** Row within the lane: 0 on its centre line, then alternately above and below. */
  level: number;
  /** The outline, filled in the lane's colour. */
  d: string;
  /** The inside of a hollow shape, filled in the page colour so the whole mark can be clicked. */
  inner: string | undefined;
}

export interface SwimlaneLane<Item, Id extends string = string> {
  id: Id;
  top: number;
  height: number;
  centre: number;
  /** Right-aligned label position, in the label column. */
  label: { x: number; y: number };
  marks: SwimlaneMark<Item>[];
}

export interface SwimlaneYear {
  year: string;
  /** 1 January of the year. */
  x: number;
  /** The middle of the year, where its label goes. */
  labelX: number;
  /** Whether the year is labelled: labels are thinned when years are too narrow for them. */
  labelled: boolean;
}

export interface Swimlane<Item, Id extends string = string> {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  years: SwimlaneYear[];
  /** Baseline of the year labels. */
  yearLabelY: number;
  /** Width a year label is taken to need, so labels are kept this far apart. */
  yearLabelWidth: number;
  lanes: SwimlaneLane<Item, Id>[];
  /** One polyline per group of linked items, top lane to bottom. */
  links: { items: Item[]; points: { x: number; y: number }[] }[];
  markRadius: number;
}

const YEAR_LABEL_WIDTH = 28;
const YEAR_LABEL_GAP = 8;
const AXIS_HEIGHT = 20;
const round = (value: number) => Math.round(value * 10) / 10;
const DAY = 86_400_000;
const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;

/** The outline of a mark centred on (x, y) and, for hollow shapes, its inside. */
export function markPath(shape: MarkShape, x: number, y: number, radius: number): { d: string; inner: string | undefined } {
  const p = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  if (shape === 'circle')
    return { d: `M${p(-radius, 0)}A${radius},${radius} 0 1,0 ${p(radius, 0)}A${radius},${radius} 0 1,0 ${p(-radius, 0)}Z`, inner: undefined };
  if (shape === 'triangle') {
    const r = radius * 1.25;
    return { d: `M${p(0, -r)}L${p(r, r * 0.75)}L${p(-r, r * 0.75)}Z`, inner: undefined };
  }
  if (shape === 'diamond') {
    const r = radius * 1.2;
    const i = r - Math.max(1.5, radius * 0.45);
    const outer = `M${p(0, -r)}L${p(r, 0)}L${p(0, r)}L${p(-r, 0)}Z`;
    const inside = `M${p(0, -i)}L${p(-i, 0)}L${p(0, i)}L${p(i, 0)}Z`;
    // The inside is cut out of the outline (wound the other way), then painted separately.
    return { d: outer + inside, inner: inside };
  }
  // An "x": a plus of arm half-width a, turned 45°, reaching the same radius as the other shapes.
  const a = Math.max(1, radius * 0.32);
  const r = radius * Math.SQRT2 - a;
  const plus: [number, number][] = [
    [a, r],
    [a, a],
    [r, a],
    [r, -a],
    [a, -a],
    [a, -r],
    [-a, -r],
    [-a, -a],
    [-r, -a],
    [-r, a],
    [-a, a],
    [-a, r],
  ];
  return { d: `M${plus.map(([px, py]) => p((px - py) / Math.SQRT2, (px + py) / Math.SQRT2)).join('L')}Z`, inner: undefined };
}

/**
 * Layout of dated items in lanes: a year axis from the first item's year to the last one's, each item
 * at its day. Items of one lane closer than a mark's width are stacked in rows within the lane (the
 * lane grows to hold them) rather than counted in a badge, so every item stays its own mark and link.
 */
export function layoutSwimlane<Item, Id extends string>(lanes: readonly LaneInput<Item, Id>[], options: SwimlaneOptions): Swimlane<Item, Id> {
  const filled = lanes.filter((lane) => lane.items.length > 0);
  const markRadius = options.compact ? 4 : 5;
  const rowStep = markRadius * 2 + 2;
  const left = options.compact ? 40 : 120;
  const right = options.width - 16;
  const top = 4;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const lane of filled)
    for (const { date } of lane.items) {
      const day = dayOf(date);
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
  const firstYear = Number.isFinite(firstDay) ? new Date(firstDay * DAY).getUTCFullYear() : 0;
  const lastYear = Number.isFinite(lastDay) ? new Date(lastDay * DAY).getUTCFullYear() : 0;
  const start = Date.UTC(firstYear, 0, 1) / DAY;
  const end = Date.UTC(lastYear + 1, 0, 1) / DAY;
  const xOf = (day: number) => left + ((day - start) / (end - start)) * (right - left);

  let y = top;
  const laid: SwimlaneLane<Item, Id>[] = filled.map((lane) => {
    const placed = lane.items.map((entry) => ({ entry, x: xOf(dayOf(entry.date)) })).sort((a, b) => a.x - b.x);
    // Greedy rows: each mark takes the first row whose last mark is at least a mark's width (plus a gap) to its left.
    const rowEnds: number[] = [];
    const levels = placed.map(({ x }) => {
      let level = rowEnds.findIndex((endX) => x - endX >= rowStep);
      if (level === -1) level = rowEnds.length;
      rowEnds[level] = x;
      return level;
    });
    const above = Math.ceil((rowEnds.length - 1) / 2);
    const height = Math.max(options.laneHeight, (2 * above + 1) * rowStep + 4);
    const centre = y + height / 2;
    const marks = placed.map(({ entry, x }, index) => {
      const level = levels[index] ?? 0;
      const offset = level === 0 ? 0 : (level % 2 === 1 ? -1 : 1) * Math.ceil(level / 2) * rowStep;
      const markY = centre + offset;
      return { ...entry, x: round(x), y: round(markY), level, ...markPath(entry.shape, x, markY, markRadius) };
    });
    const result = { id: lane.id, top: round(y), height: round(height), centre: round(centre), label: { x: left - 8, y: round(centre + 4) }, marks };
    y += height;
    return result;
  });

  const bottom = y;
  const yearWidth = (right - left) / (lastYear - firstYear + 1);
  const every = Math.max(1, Math.ceil((YEAR_LABEL_WIDTH + YEAR_LABEL_GAP) / yearWidth));
  const years: SwimlaneYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const x = left + (year - firstYear) * yearWidth;
    years.push({ year: String(year), x: round(x), labelX: round(x + yearWidth / 2), labelled: (year - firstYear) % every === 0 });
  }
  return {
    width: options.width,
    height: round(bottom + AXIS_HEIGHT),
    plot: { left, right, top, bottom: round(bottom) },
    years: filled.length ? years : [],
    yearLabelY: round(bottom + 14),
    yearLabelWidth: YEAR_LABEL_WIDTH,
    lanes: laid,
    links: [],
    markRadius,
  };
}

/**
 * Actions in one lane per jurisdiction (in the vocabulary's order, only those given and only those
 * with actions), shaped by kind, with one line through each group of coordinated actions shown;
 * incidents, where given, in a lane of their own below, at the day they happened.
 */
export function swimlane(
  actions: readonly ActionNode[],
  shown: readonly Jurisdiction[],
  options: SwimlaneOptions,
  incidents: readonly IncidentNode[] = [],
): Swimlane<ActionNode | IncidentNode, SwimlaneLaneId> {
  const byJurisdiction = new Map<Jurisdiction, LaneItem<ActionNode>[]>();
  for (const action of actions) {
    const list = byJurisdiction.get(action.data.jurisdiction);
    const item = { item: action, date: action.data.announced, shape: MARK_SHAPES[action.data.kind] };
    if (list) list.push(item);
    else byJurisdiction.set(action.data.jurisdiction, [item]);
  }
  const lanes: LaneInput<ActionNode | IncidentNode, SwimlaneLaneId>[] = JURISDICTIONS.filter((code) => shown.includes(code)).map((code) => ({
    id: code,
    items: byJurisdiction.get(code) ?? [],
  }));
  // A date known to the month or year is drawn at its first day; the mark's title gives the date as written.
  lanes.push({
    id: INCIDENT_LANE,
    items: incidents.map((incident) => ({ item: incident, date: incident.data.occurred.date.padEnd(10, '-01').slice(0, 10), shape: INCIDENT_SHAPE })),
  });
  const picture = layoutSwimlane(lanes, options);

  // Groups of coordinated actions among those drawn: `coordinated` is symmetric, so a walk from any member finds the group.
  const markOf = new Map<ActionNode | IncidentNode, SwimlaneMark<ActionNode | IncidentNode>>();
  for (const lane of picture.lanes) for (const mark of lane.marks) markOf.set(mark.item, mark);
  const grouped = new Set<ActionNode>();
  for (const lane of picture.lanes)
    for (const mark of lane.marks) {
      if (mark.item.type !== 'action' || grouped.has(mark.item) || mark.item.coordinated.length === 0) continue;
      const group: SwimlaneMark<ActionNode | IncidentNode>[] = [];
      const queue = [mark.item];
      grouped.add(mark.item);
      for (let next = queue.pop(); next; next = queue.pop()) {
        const found = markOf.get(next);
        if (found) group.push(found);
        for (const other of next.coordinated)
          if (!grouped.has(other) && markOf.has(other)) {
            grouped.add(other);
            queue.push(other);
          }
      }
      if (group.length < 2) continue;
      group.sort((a, b) => a.y - b.y || a.x - b.x);
      picture.links.push({ items: group.map((member) => member.item), points: group.map(({ x, y }) => ({ x, y })) });
    }
  return picture;
}
