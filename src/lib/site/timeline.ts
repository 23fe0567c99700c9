import type { Jurisdiction } from '~/schemas/action';
import type { ActionNode } from '~/lib/content/graph';

export interface TimelineYear {
  year: string;
  actions: ActionNode[];
}

/** Actions grouped by the year they were announced, newest year first, newest action first. */
export function groupByYear(actions: readonly ActionNode[]): TimelineYear[] {
  const years = new Map<string, ActionNode[]>();
  const newestFirst = [...actions].sort((a, b) => b.data.announced.localeCompare(a.data.announced) || a.id.localeCompare(b.id));
  for (const action of newestFirst) {
    const year = action.data.announced.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(action);
    else years.set(year, [action]);
  }
  return [...years].map(([year, list]) => ({ year, actions: list }));
}

/** An action taken jointly or on the same day with another government's action. */
export function isJointAction(action: ActionNode): boolean {
  return action.coordinated.length > 0;
}

export function actionsIn(actions: readonly ActionNode[], jurisdiction: Jurisdiction): ActionNode[] {
  return actions.filter((action) => action.data.jurisdiction === jurisdiction);
}

/** Number of actions per jurisdiction, in the order given. */
export function countByJurisdiction(actions: readonly ActionNode[], jurisdictions: readonly Jurisdiction[]) {
  return jurisdictions.map((jurisdiction) => ({ jurisdiction, count: actionsIn(actions, jurisdiction).length }));
}
