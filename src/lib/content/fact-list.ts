import type { Jurisdiction } from '~/schemas/action';
import type { EntityNode, Graph } from './graph';
import { fieldPath } from './errors';
import { sourceLists } from './citation-rules';

/** What a fact is about, for stratified samples and per-kind counts. */
export type FactCategory = 'action' | 'person' | 'organisation' | 'identifier';

/** One sourced statement anywhere in the content: a date, a name, an identifier, a role, a claim. */
export interface FactRecord {
  node: EntityNode;
  file: string;
  field: string;
  category: FactCategory;
  /** The jurisdictions the fact belongs to: the action's own, or every one that named the entity. */
  jurisdictions: Jurisdiction[];
  value: string;
  sources: string[];
}

function shownValue(node: EntityNode, holder: Record<string, unknown>, path: PropertyKey[]): string {
  if (path.length === 1 && node.type === 'action') return `${node.data.announced}: ${node.data.title}`;
  for (const key of ['value', 'claim', 'organisation', 'person', 'role'] as const) {
    const value = holder[key];
    if (typeof value === 'string') return key === 'organisation' && typeof holder['role'] === 'string' ? `${value} (${holder['role']})` : value;
  }
  return '';
}

/** Every fact of every action, person and organisation, in file order. */
export function allFacts(graph: Graph): FactRecord[] {
  const facts: FactRecord[] = [];
  for (const node of [...graph.actions, ...graph.people, ...graph.organisations]) {
    const jurisdictions =
      node.type === 'action' ? [node.data.jurisdiction] : [...new Set(node.designations.map(({ action }) => action.data.jurisdiction))].sort();
    for (const { path, ids, holder } of sourceLists(node.data)) {
      const owner = path.slice(0, -1);
      facts.push({
        node,
        file: node.file,
        field: owner.length === 0 ? 'sources' : fieldPath(owner),
        category: owner.includes('identifiers') ? 'identifier' : node.type,
        jurisdictions,
        value: shownValue(node, holder as Record<string, unknown>, path),
        sources: ids.map(String),
      });
    }
  }
  return facts;
}

/** Whether a fact cites a primary source (an official document, read at its home or through a copy). */
export function citesPrimary(fact: Pick<FactRecord, 'sources'>, graph: Pick<Graph, 'source'>): boolean {
  return fact.sources.some((id) => graph.source(id)?.data.type === 'primary');
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A small seeded generator (mulberry32): the same seed draws the same sample on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FACT_CATEGORIES: readonly FactCategory[] = ['action', 'person', 'organisation', 'identifier'];

/**
 * A random sample stratified over fact categories: `size` facts split as evenly as the categories
 * allow, each category drawn without replacement, in a fixed order for a given seed.
 */
export function sampleFacts(facts: readonly FactRecord[], size: number, seed: number): FactRecord[] {
  const random = seededRandom(seed);
  const pools = FACT_CATEGORIES.map((category) => facts.filter((fact) => fact.category === category));
  // Hand out the quota one fact at a time, round robin, skipping categories that have run dry.
  const quotas = pools.map(() => 0);
  let left = Math.min(size, facts.length);
  while (left > 0) {
    pools.forEach((pool, at) => {
      if (left > 0 && (quotas[at] ?? 0) < pool.length) {
        quotas[at] = (quotas[at] ?? 0) + 1;
        left -= 1;
      }
    });
  }
  return pools.flatMap((pool, at) => {
    const remaining = [...pool];
    const drawn: FactRecord[] = [];
    for (let count = 0; count < (quotas[at] ?? 0); count += 1) drawn.push(...remaining.splice(Math.floor(random() * remaining.length), 1));
    return drawn;
  });
}
