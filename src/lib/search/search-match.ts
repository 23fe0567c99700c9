/** Words of a text as search compares them: case-folded, split on spaces and punctuation. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,.;:()[\]{}"“”‘’'/\\|!?·–—-]+/u)
    .filter(Boolean);
}

/**
 * Whether a result really contains what was asked for. Pagefind falls back to the longest indexed
 * prefix of an unknown word, so a made-up name still returns pages; on a sanctions site such a hit
 * must be shown as a closest match, never as a match. Every query word must appear as a whole word,
 * except that a long identifier (a wallet address or passport number of 10+ characters) may be a prefix.
 */
export function isExactMatch(query: string, text: string): boolean {
  const wanted = searchWords(query);
  if (wanted.length === 0) return false;
  const words = searchWords(text);
  const present = new Set(words);
  return wanted.every((word) => present.has(word) || (word.length >= 10 && /\d/.test(word) && words.some((candidate) => candidate.startsWith(word))));
}

export interface RankedResult {
  meta: Record<string, string | undefined>;
}

/**
 * Puts the pages of people and organisations whose own names answer the query before every other
 * result, keeping Pagefind's order within each group: an entity's page outranks pages that mention it.
 */
export function entitiesFirst<Result extends RankedResult>(query: string, results: readonly Result[]): Result[] {
  const wanted = searchWords(query).sort().join(' ');
  const names = (result: Result) => [result.meta['title'] ?? '', ...(result.meta['names'] ?? '').split(' | '), ...(result.meta['forms'] ?? '').split(' ')];
  const isEntity = (result: Result) => result.meta['type'] === 'Person' || result.meta['type'] === 'Organisation';
  // Best: one of the entity's names is exactly the query; next: its names contain every query word.
  const rank = (result: Result) => {
    if (!isEntity(result)) return 2;
    if (names(result).some((name) => searchWords(name).sort().join(' ') === wanted)) return 0;
    return isExactMatch(query, names(result).join(' ')) ? 1 : 2;
  };
  return results
    .map((result, order) => ({ result, order, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ result }) => result);
}

/** The printed name that answered the query, when it is not the heading (shown as "matched: …"). */
export function matchedName(query: string, result: RankedResult): string | undefined {
  const title = result.meta['title'] ?? '';
  if (isExactMatch(query, title)) return undefined;
  return (result.meta['names'] ?? '').split(' | ').find((name) => name && isExactMatch(query, name));
}
