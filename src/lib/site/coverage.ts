import type { Jurisdiction } from '~/schemas/action';
import type { ActionNode, Graph } from '~/lib/content/graph';
import { confidenceOf, type Confidence } from '~/lib/domain/facts';

export interface CoverageCell {
  jurisdiction: Jurisdiction;
  year: string;
  actions: ActionNode[];
}

/** Every year from the first action to the last, so empty years show as empty, not as missing. */
export function yearsCovered(actions: readonly ActionNode[]): string[] {
  if (actions.length === 0) return [];
  const years = actions.map((action) => Number(action.data.announced.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}

/** Jurisdiction × year table of actions. */
export function coverageMatrix(graph: Graph): { years: string[]; rows: { jurisdiction: Jurisdiction; cells: CoverageCell[] }[] } {
  const years = yearsCovered(graph.actions);
  const byKey = new Map<string, ActionNode[]>();
  for (const action of graph.actions) {
    const key = `${action.data.jurisdiction} ${action.data.announced.slice(0, 4)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), action]);
  }
  return {
    years,
    rows: graph.jurisdictions.map((jurisdiction) => ({
      jurisdiction,
      cells: years.map((year) => ({ jurisdiction, year, actions: byKey.get(`${jurisdiction} ${year}`) ?? [] })),
    })),
  };
}

/** Distinct people and organisations named by each jurisdiction's actions. */
export function designeesByJurisdiction(graph: Graph) {
  return graph.jurisdictions.map((jurisdiction) => {
    const named = new Set(
      graph.actions.filter((action) => action.data.jurisdiction === jurisdiction).flatMap((action) => action.designees.map(({ node }) => node)),
    );
    const all = [...named];
    return {
      jurisdiction,
      people: all.filter((node) => node.type === 'person').length,
      organisations: all.filter((node) => node.type === 'organisation').length,
    };
  });
}

export interface UncertainFact {
  file: string;
  field: string;
  value: string;
}

/** Every fact marked or derived as uncertain, for the content report. */
export function uncertainFacts(graph: Graph): UncertainFact[] {
  const found: UncertainFact[] = [];
  const visit = (file: string, value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(file, item, `${path}[${index}]`));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record['sources']) && record['confidence'] === 'uncertain') {
        const shown = record['value'] ?? record['organisation'] ?? record['claim'] ?? record['person'] ?? '';
        found.push({ file, field: path, value: String(shown) });
      }
      for (const [key, child] of Object.entries(record)) if (key !== 'sources') visit(file, child, path ? `${path}.${key}` : key);
    }
  };
  for (const node of [...graph.actions, ...graph.people, ...graph.organisations]) visit(node.file, node.data, '');
  return found;
}

/** How many facts (anything that cites sources) sit at each confidence level. */
export function factsByConfidence(graph: Graph): Record<Confidence, number> {
  const counts: Record<Confidence, number> = { confirmed: 0, reported: 0, uncertain: 0 };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record['sources'])) {
        counts[confidenceOf({ sources: record['sources'] as string[], confidence: record['confidence'] as Confidence | undefined }, graph.source)] += 1;
      }
      for (const [key, child] of Object.entries(record)) if (key !== 'sources') visit(child);
    }
  };
  for (const node of [...graph.actions, ...graph.people, ...graph.organisations]) visit(node.data);
  return counts;
}
