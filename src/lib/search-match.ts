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
