/** What the swimlane timeline shows: on the timeline pages, and small on each person and organisation page. */
import type { ActionNode, Designation } from '~/lib/content/graph';
import { ACTION_KINDS, jurisdictions, type ActionKind, type Jurisdiction } from '~/lib/domain/vocabulary';
import { MARK_SHAPES, markPath, swimlane, type SwimlaneOptions } from '~/lib/pictures/swimlane';
import { hrefOf } from '~/lib/site/urls';
import { formatDate, t } from '~/i18n';

const FULL: SwimlaneOptions = { width: 960, laneHeight: 28, compact: false };
const COMPACT: SwimlaneOptions = { width: 640, laneHeight: 20, compact: true };

/** The key's shapes, drawn once: 12 px squares. */
const LEGEND_SHAPES = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, markPath(MARK_SHAPES[kind], 6, 6, 5)])) as Record<
  ActionKind,
  ReturnType<typeof markPath>
>;

export type SwimlaneView = NonNullable<ReturnType<typeof swimlaneOf>>;

/** Actions as marks in one lane per jurisdiction, each a link to its action, or undefined when there is none to draw. */
export function swimlaneOf(actions: readonly ActionNode[], shown: readonly Jurisdiction[], compact = false) {
  const picture = swimlane(actions, shown, compact ? COMPACT : FULL);
  if (picture.lanes.length === 0) return undefined;
  const kinds = new Set<ActionKind>();
  const lanes = picture.lanes.map((lane, index) => {
    const name = t.jurisdiction[lane.id];
    return {
      id: lane.id,
      label: t.swimlane.lane(lane.id, name, compact),
      labelX: lane.label.x,
      labelY: lane.label.y,
      top: lane.top,
      height: lane.height,
      /** Every other lane is shaded, so a mark's lane reads at a glance. */
      shaded: index % 2 === 0,
      fill: jurisdictions[lane.id].fill,
      marks: lane.marks.map(({ item, d, inner }) => {
        kinds.add(item.data.kind);
        return {
          href: hrefOf(item),
          title: t.swimlane.markTitle(formatDate(item.data.announced), name, t.actionKindWord[item.data.kind], item.data.title),
          d,
          inner,
        };
      }),
    };
  });
  return {
    width: picture.width,
    height: picture.height,
    label: t.swimlane.scrollLabel,
    plot: picture.plot,
    years: picture.years.map((year) => ({ x: year.x, labelX: year.labelX, label: year.labelled ? year.year : undefined })),
    yearLabelY: picture.yearLabelY,
    lanes,
    links: picture.links.map((link) => link.points.map(({ x, y }) => `${x},${y}`).join(' ')),
    caption: t.swimlane.caption(compact),
    legend: ACTION_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, label: t.swimlane.legend.kinds[kind], ...LEGEND_SHAPES[kind] })),
    coordinated: picture.links.length > 0 ? t.swimlane.legend.coordinated : undefined,
  };
}

/** The small swimlane of an entity page: its own designations, a lane for each jurisdiction that acted on it. */
export function designationSwimlaneOf(designations: readonly Designation[]) {
  const actions = designations.map(({ action }) => action);
  return swimlaneOf(actions, [...new Set(actions.map((action) => action.data.jurisdiction))], true);
}
