/** What the swimlane timeline shows: on the timeline pages, and small on each person and organisation page. */
import type { ActionNode, Designation, IncidentNode } from '~/lib/content/graph';
import { ACTION_KINDS, jurisdictions, type ActionKind, type Jurisdiction } from '~/lib/domain/vocabulary';
import { INCIDENT_LANE, INCIDENT_SHAPE, MARK_SHAPES, markPath, swimlane, type SwimlaneOptions } from '~/lib/pictures/swimlane';
import { WIDTH_WITH_SIDE } from '~/lib/pictures/lanes';
import { hrefOf } from '~/lib/site/urls';
import { titleOf } from '~/lib/content/localised';
import { formatDate, t } from '~/i18n';

const FULL: SwimlaneOptions = { width: 960, laneHeight: 28, compact: false };
// An entity page's own timeline is as wide as its relationship picture: whole in a 390 px phone's column.
const COMPACT: SwimlaneOptions = { width: WIDTH_WITH_SIDE, laneHeight: 20, compact: true };

/** The key's shapes, drawn once: 12 px squares. */
const LEGEND_SHAPES = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, markPath(MARK_SHAPES[kind], 6, 6, 5)])) as Record<
  ActionKind,
  ReturnType<typeof markPath>
>;
const INCIDENT_LEGEND_SHAPE = markPath(INCIDENT_SHAPE, 6, 6, 4.5);

export type SwimlaneView = NonNullable<ReturnType<typeof swimlaneOf>>;

/**
 * Actions as marks in one lane per jurisdiction, each a link to its action, and incidents (where
 * given) in a lane below, each a link to its incident; undefined when there is nothing to draw.
 */
export function swimlaneOf(actions: readonly ActionNode[], shown: readonly Jurisdiction[], compact = false, incidents: readonly IncidentNode[] = []) {
  const picture = swimlane(actions, shown, compact ? COMPACT : FULL, incidents);
  if (picture.lanes.length === 0) return undefined;
  const kinds = new Set<ActionKind>();
  const lanes = picture.lanes.map((lane, index) => {
    const name = lane.id === INCIDENT_LANE ? t.swimlane.incidentLane(compact) : t.jurisdiction[lane.id];
    return {
      id: lane.id,
      label: lane.id === INCIDENT_LANE ? name : t.swimlane.lane(lane.id, name, compact),
      labelX: lane.label.x,
      labelY: lane.label.y,
      top: lane.top,
      height: lane.height,
      /** Every other lane is shaded, so a mark's lane reads at a glance. */
      shaded: index % 2 === 0,
      fill: lane.id === INCIDENT_LANE ? 'fill-ink' : jurisdictions[lane.id].fill,
      marks: lane.marks.map(({ item, d, inner }) => {
        if (item.type === 'incident') {
          return {
            href: hrefOf(item),
            title: t.swimlane.incidentMarkTitle(formatDate(item.data.occurred.date), t.incidentKind[item.data.kind], titleOf(item)),
            d,
            inner,
          };
        }
        kinds.add(item.data.kind);
        return {
          href: hrefOf(item),
          title: t.swimlane.markTitle(formatDate(item.data.announced), name, t.actionKindWord[item.data.kind], titleOf(item)),
          d,
          inner,
        };
      }),
    };
  });
  const withIncidents = picture.lanes.some((lane) => lane.id === INCIDENT_LANE);
  return {
    width: picture.width,
    height: picture.height,
    label: t.swimlane.scrollLabel,
    plot: picture.plot,
    years: picture.years.map((year) => ({ x: year.x, labelX: year.labelX, label: year.labelled ? year.year : undefined })),
    yearLabelY: picture.yearLabelY,
    lanes,
    links: picture.links.map((link) => link.points.map(({ x, y }) => `${x},${y}`).join(' ')),
    caption: withIncidents ? `${t.swimlane.caption(compact)} ${t.swimlane.incidentsCaption}` : t.swimlane.caption(compact),
    legend: [
      ...ACTION_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ kind: kind as string, label: t.swimlane.legend.kinds[kind], ...LEGEND_SHAPES[kind] })),
      ...(withIncidents ? [{ kind: 'incident', label: t.swimlane.legend.incident, ...INCIDENT_LEGEND_SHAPE }] : []),
    ],
    coordinated: picture.links.length > 0 ? t.swimlane.legend.coordinated : undefined,
  };
}

/** The small swimlane of an entity page: its own designations, a lane for each jurisdiction that acted on it. */
export function designationSwimlaneOf(designations: readonly Designation[]) {
  const actions = designations.map(({ action }) => action);
  return swimlaneOf(actions, [...new Set(actions.map((action) => action.data.jurisdiction))], true);
}
