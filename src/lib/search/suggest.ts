import { distance } from 'fastest-levenshtein';
import type { Graph } from '~/lib/content/graph';
import { searchWords } from './search-match';
import { pathOf } from '~/lib/site/urls';

/** One printed name of an entity, as the "did you mean" list needs it: name, site path, type. */
export interface NameEntry {
  name: string;
  path: string;
  type: 'Person' | 'Organisation';
}

/** Every printed name of every person and organisation: the data behind "did you mean". */
export function nameEntries(graph: Graph): NameEntry[] {
  return [...graph.people, ...graph.organisations].flatMap((node) =>
    [...new Set(node.data.names.map((name) => name.value))].map((name) => ({
      name,
      path: pathOf(node),
      type: node.type === 'person' ? ('Person' as const) : ('Organisation' as const),
    })),
  );
}

/** Edits a word may be off by and still be taken for a typo: one for 6+ letters, two for 10+, none below. */
function tolerance(word: string): number {
  return word.length >= 10 ? 2 : word.length >= 6 ? 1 : 0;
}

/**
 * Names one typo away from the query: each query word equals a word of the name or is within the
 * tolerance of one, and at least one word needed the tolerance. Closest first, one entry per entity.
 */
export function closestNames(query: string, entries: readonly NameEntry[], limit = 3): NameEntry[] {
  const wanted = searchWords(query);
  if (wanted.length === 0) return [];
  const scored: { entry: NameEntry; cost: number }[] = [];
  for (const entry of entries) {
    const words = searchWords(entry.name);
    let cost = 0;
    const fits = wanted.every((word) => {
      if (words.includes(word)) return true;
      const best = Math.min(...words.map((candidate) => distance(word, candidate)));
      cost += best;
      return best <= tolerance(word);
    });
    if (fits && cost > 0) scored.push({ entry, cost });
  }
  const seen = new Set<string>();
  return scored
    .sort((a, b) => a.cost - b.cost || a.entry.name.localeCompare(b.entry.name))
    .filter(({ entry }) => !seen.has(entry.path) && seen.add(entry.path))
    .slice(0, limit)
    .map(({ entry }) => entry);
}
