import type { Jurisdiction } from '~/schemas/action';
import type { Graph } from '~/lib/content/graph';
import { yearsCovered } from '~/lib/site/coverage';

export interface BarSegment {
  jurisdiction: Jurisdiction;
  year: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineChart {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  years: { year: string; x: number }[];
  segments: BarSegment[];
  maxActions: number;
  /** Cumulative count of distinct designees at the end of each year, as polyline points. */
  cumulative: { year: string; total: number; x: number; y: number }[];
  maxDesignees: number;
}

/** Layout of the timeline chart: stacked bars of actions per year and jurisdiction, and the running total of people and bodies named. */
export function timelineChart(graph: Graph, size = { width: 720, height: 260 }): TimelineChart {
  const years = yearsCovered(graph.actions);
  const margin = { left: 40, right: 48, top: 16, bottom: 28 };
  const plotWidth = size.width - margin.left - margin.right;
  const plotBottom = size.height - margin.bottom;
  const plotHeight = plotBottom - margin.top;
  const step = years.length ? plotWidth / years.length : plotWidth;
  const barWidth = Math.max(4, step * 0.6);
  const perYear = new Map<string, Map<Jurisdiction, number>>();
  for (const action of graph.actions) {
    const year = action.data.announced.slice(0, 4);
    const counts = perYear.get(year) ?? new Map<Jurisdiction, number>();
    counts.set(action.data.jurisdiction, (counts.get(action.data.jurisdiction) ?? 0) + 1);
    perYear.set(year, counts);
  }
  const maxActions = Math.max(1, ...[...perYear.values()].map((counts) => [...counts.values()].reduce((sum, count) => sum + count, 0)));
  const segments: BarSegment[] = [];
  const yearPositions = years.map((year, index) => ({ year, x: margin.left + step * index + step / 2 }));
  for (const { year, x } of yearPositions) {
    let stacked = 0;
    for (const jurisdiction of graph.jurisdictions) {
      const count = perYear.get(year)?.get(jurisdiction) ?? 0;
      if (count === 0) continue;
      const height = (count / maxActions) * plotHeight;
      segments.push({ jurisdiction, year, count, x: x - barWidth / 2, y: plotBottom - stacked - height, width: barWidth, height });
      stacked += height;
    }
  }
  const seen = new Set<string>();
  const byYear = new Map<string, number>();
  for (const action of [...graph.actions].reverse()) {
    for (const { node } of action.designees) seen.add(`${node.type}:${node.id}`);
    byYear.set(action.data.announced.slice(0, 4), seen.size);
  }
  let running = 0;
  const totals = yearPositions.map(({ year, x }) => ({ year, x, total: (running = byYear.get(year) ?? running) }));
  const maxDesignees = Math.max(1, running);
  return {
    ...size,
    plotTop: margin.top,
    plotBottom,
    years: yearPositions,
    segments,
    maxActions,
    cumulative: totals.map((point) => ({ ...point, y: plotBottom - (point.total / maxDesignees) * plotHeight })),
    maxDesignees,
  };
}
