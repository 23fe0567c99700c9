/**
 * A fixed-lane diagram: boxes in one column, each on its own row and indented by its depth, joined by
 * elbow lines that run to the left of every box they pass; and, to one side, a second column of boxes
 * joined to one row of the first. Rows never share a height and lines only run in the margins left of
 * boxes or in the gap between the columns, so no line crosses a box and no box overlaps another, for any
 * input. Labels wrap to the box width and are never cut. The cost is linear in the rows: no search.
 */
import { wrapText } from './text-width';

/** What a box stands for: its kind sets its shape, `centre` marks the page's own entity. */
export type BoxKind = 'person' | 'organisation' | 'action';

export interface LaneItem {
  href: string;
  label: string;
  kind: BoxKind;
  centre?: boolean;
}

/** A link that stands for the boxes left out ("and 12 more"), drawn as text. */
export interface MoreItem {
  href: string;
  label: string;
  more: true;
}

/** A heading over a group of rows ("Units", "Members"). */
export interface CaptionItem {
  caption: string;
}

export interface LaneRow {
  item: LaneItem | MoreItem | CaptionItem;
  depth: number;
  /** The row above this one hangs from: an elbow from its left side down into this row. */
  parent?: number | undefined;
  /** A row below that this one is joined to by a line right of the column (several bodies above one person). */
  joinsBelow?: number | undefined;
}

export interface DiagramInput {
  rows: LaneRow[];
  /** A column beside the first, joined to row `from` (the page's own entity). */
  side?: { from: number; caption: string; items: (LaneItem | MoreItem)[] } | undefined;
}

export interface PlacedBox {
  item: LaneItem;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label, one entry per drawn line; joined with spaces they give the label back. */
  lines: { text: string; x: number; y: number }[];
}

export interface PlacedText {
  text: string;
  href: string | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Diagram {
  width: number;
  height: number;
  boxes: PlacedBox[];
  /** Captions and "and K more" links: text without a box. */
  texts: PlacedText[];
  /** Polylines, each a list of points. */
  lines: { x: number; y: number }[][];
}

export const FONT_SIZE = 11;
const LINE_HEIGHT = 14;
const PAD_X = 8;
const PAD_Y = 6;
/** How far each level is indented: wide enough that the line leaving a box's left side clears the boxes below it. */
export const STEP = 22;
/** The x of a line leaving a box, from its left edge. */
const ANCHOR = 11;
/** Lines from several bodies down to one person run this far right of the column, left of the side column's line. */
const RIGHT_TRUNK = 7;
export const MARGIN_X = 4;
// With the side column the picture is 356 px across (4 + 170 + 24 + 154 + 4), so it fits a 390 px
// phone's column without scrolling, and a side box holds "US · 28 May 2023" or "US · 2023년 12월 28일"
// on one line; a column alone keeps room for longer names on one line.
const MAIN_WIDTH = { alone: 280, withSide: 170 };
const SIDE_WIDTH = 154;
/** The deepest indent whose boxes still end at the column's right edge (a member of a unit of a unit); deeper boxes stick out. */
export const FULL_WIDTH_DEPTH = 3;
const GAP = 24;
/** How wide a picture with the side column is when no box is indented deeper than {@link FULL_WIDTH_DEPTH}. */
export const WIDTH_WITH_SIDE = MARGIN_X + MAIN_WIDTH.withSide + GAP + SIDE_WIDTH + 4;
const ROW_GAP = 8;
const TEXT_HEIGHT = 16;
const TOP = 4;

const isBox = (item: LaneRow['item']): item is LaneItem => 'kind' in item;
const textOf = (item: MoreItem | CaptionItem) => ('caption' in item ? item.caption : item.label);

function placeBox(item: LaneItem, x: number, y: number, width: number): PlacedBox {
  const wrapped = wrapText(item.label, width - 2 * PAD_X, FONT_SIZE);
  const height = wrapped.length * LINE_HEIGHT + 2 * PAD_Y;
  // Baselines sit about a quarter of the line height above each line's bottom.
  const lines = wrapped.map((text, index) => ({ text, x: x + PAD_X, y: y + PAD_Y + (index + 1) * LINE_HEIGHT - 4 }));
  return { item, x, y, width, height, lines };
}

function placeText(item: MoreItem | CaptionItem, x: number, y: number, width: number): PlacedText[] {
  // A caption or "more" line may wrap too; each line is its own text.
  return wrapText(textOf(item), width, FONT_SIZE).map((text, index) => ({
    text,
    href: 'href' in item ? item.href : undefined,
    x,
    y: y + index * TEXT_HEIGHT,
    width,
    height: TEXT_HEIGHT,
  }));
}

/** Lays the rows and the side column out. */
export function layoutLanes(input: DiagramInput): Diagram {
  const boxes: PlacedBox[] = [];
  const texts: PlacedText[] = [];
  const lines: { x: number; y: number }[][] = [];
  /** Per row: its box's left edge, top, bottom and middle, for the lines. */
  const placed: { x: number; top: number; bottom: number; middle: number; right: number }[] = [];
  const mainWidth = input.side && input.side.items.length > 0 ? MAIN_WIDTH.withSide : MAIN_WIDTH.alone;
  const minWidth = mainWidth - FULL_WIDTH_DEPTH * STEP;
  let y = TOP;
  for (const row of input.rows) {
    const x = MARGIN_X + row.depth * STEP;
    const width = Math.max(minWidth, mainWidth - row.depth * STEP);
    if (isBox(row.item)) {
      const box = placeBox(row.item, x, y, width);
      boxes.push(box);
      placed.push({ x, top: y, bottom: y + box.height, middle: y + box.height / 2, right: x + width });
      y += box.height + ROW_GAP;
    } else {
      const rowTexts = placeText(row.item, x, y, width);
      texts.push(...rowTexts);
      const height = rowTexts.length * TEXT_HEIGHT;
      placed.push({ x, top: y, bottom: y + height, middle: y + TEXT_HEIGHT / 2, right: x + width });
      y += height + 2;
    }
  }
  const mainRight = Math.max(MARGIN_X + mainWidth, ...placed.map((row) => row.right));
  const rightTrunkX = mainRight + RIGHT_TRUNK;
  input.rows.forEach((row, index) => {
    const self = placed[index];
    if (!self) return;
    const parent = row.parent !== undefined && row.parent < index ? placed[row.parent] : undefined;
    if (parent) {
      // Down from the parent's left side to this row, then right into it.
      const x = parent.x + ANCHOR;
      lines.push([
        { x, y: parent.bottom },
        { x, y: self.middle },
        { x: self.x, y: self.middle },
      ]);
    }
    const below = row.joinsBelow !== undefined && row.joinsBelow > index ? placed[row.joinsBelow] : undefined;
    if (below) {
      // Out to the right of the column, down, and into the top of the lower row's right side.
      const entry = below.top + PAD_Y + 2;
      lines.push([
        { x: self.right, y: self.middle },
        { x: rightTrunkX, y: self.middle },
        { x: rightTrunkX, y: entry },
        { x: below.right, y: entry },
      ]);
    }
  });
  let height = y;
  let width = mainRight + RIGHT_TRUNK + 4;
  const from = input.side ? placed[input.side.from] : undefined;
  if (input.side && from && input.side.items.length > 0) {
    const sideX = mainRight + GAP;
    const trunkX = mainRight + GAP / 2;
    let sideY = from.top;
    const caption = placeText({ caption: input.side.caption }, sideX, sideY - TEXT_HEIGHT - 2, SIDE_WIDTH);
    // The caption sits above the first box; when the page's entity is the top row, everything moves down to make room.
    const shift = Math.max(0, TOP - (caption[0]?.y ?? TOP));
    texts.push(...caption);
    lines.push([
      { x: from.right, y: from.middle },
      { x: trunkX, y: from.middle },
    ]);
    for (const item of input.side.items) {
      if ('more' in item) {
        const more = placeText(item, sideX, sideY, SIDE_WIDTH);
        texts.push(...more);
        sideY += more.length * TEXT_HEIGHT + 2;
        continue;
      }
      const box = placeBox(item, sideX, sideY, SIDE_WIDTH);
      boxes.push(box);
      lines.push([
        { x: trunkX, y: from.middle },
        { x: trunkX, y: sideY + box.height / 2 },
        { x: sideX, y: sideY + box.height / 2 },
      ]);
      sideY += box.height + ROW_GAP;
    }
    height = Math.max(height, sideY);
    width = sideX + SIDE_WIDTH + 4;
    if (shift > 0) return shifted({ width, height: height + shift, boxes, texts, lines }, shift);
  }
  return { width: Math.ceil(width), height: Math.ceil(height), boxes, texts, lines };
}

function shifted(diagram: Diagram, dy: number): Diagram {
  return {
    width: Math.ceil(diagram.width),
    height: Math.ceil(diagram.height),
    boxes: diagram.boxes.map((box) => ({ ...box, y: box.y + dy, lines: box.lines.map((line) => ({ ...line, y: line.y + dy })) })),
    texts: diagram.texts.map((text) => ({ ...text, y: text.y + dy })),
    lines: diagram.lines.map((points) => points.map((point) => ({ x: point.x, y: point.y + dy }))),
  };
}
