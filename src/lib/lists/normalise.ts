/**
 * Name and identifier forms for matching site entries to list entries. The site search's name
 * variants (src/lib/search/names.ts) are built for recall, so that any romanisation finds a page;
 * here a match must mean the same name, so only spelling noise is removed: letter case, spacing,
 * hyphens and punctuation, and diacritics.
 */
export function nameKey(name: string): string {
  return wordsOf(name).join('');
}

/** The words of a name, lower case, without diacritics or punctuation (apostrophes dropped, hyphens and commas split). */
export function wordsOf(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The same words in any order ("Jin Hyok Park" and "PARK, Jin Hyok"): a weaker match, reported as such. */
export function sortedWordsKey(name: string): string {
  return wordsOf(name).sort().join(' ');
}

/**
 * An identifier as compared: spacing and case removed, except for wallet addresses on chains
 * whose addresses are case-sensitive (base58), where only spacing goes.
 */
export function identifierKey(type: string, value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (type === 'wallet' && !/^0x/i.test(compact)) return compact;
  return compact.toLowerCase();
}
