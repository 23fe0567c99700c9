/**
 * The one matching model of the site's search: indexing, ranking, the match label, "did you mean"
 * and the tests all use it. A name becomes normalised units (a Latin or Cyrillic word, one Hangul
 * syllable, one Chinese character, a run of katakana), each with a **key** that is the same for every
 * romanisation of the same Korean syllable (Revised, McCune–Reischauer, the North's official forms,
 * common Western spellings) and for Hangul under either initial-sound rule (리/이, 로/노, 량/양).
 * Other scripts match as printed. A query is scored 0–100 against each printed name of an entity.
 * Pure and small: the browser search script imports it.
 */

/** A score from this value up is a match; anything below is "closest, not a match". */
export const MATCH_THRESHOLD = 95;
/** A score from this value up (and below the match threshold) is offered as "did you mean". */
export const SUGGEST_THRESHOLD = 40;
/** Longest query the search accepts, in characters. */
export const MAX_QUERY_LENGTH = 200;
/**
 * Pagefind's weights for matches in page metadata. Generated spellings and keys are the field FORMS_FIELD
 * (metadata, so that no excerpt shows them): a match there counts as one in a name heading
 * (data-pagefind-weight="10"). The title keeps Pagefind's default of 5, restated in case a map given replaces the defaults.
 */
export const FORMS_FIELD = 'forms';
export const META_WEIGHTS: Readonly<Record<string, number>> = { title: 5, [FORMS_FIELD]: 10 };
/** Appended to a key in the index so that it never meets a word of the page's text (see README, Search). */
export const KEY_MARK = 'zq';

/** What is wrong with a query, or undefined when it can be searched. */
export type QueryProblem = 'empty' | 'tooLong' | 'control' | 'markup';

// Control characters (C0, C1) and the marks that change text direction or join invisibly.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

export function queryProblem(query: string): QueryProblem | undefined {
  if (CONTROL.test(query)) return 'control';
  const trimmed = query.trim();
  if (!trimmed) return 'empty';
  if ([...trimmed].length > MAX_QUERY_LENGTH) return 'tooLong';
  if (/<[^>]*>|<\s*\/?\s*[a-z!]|&[#a-z0-9]+;/iu.test(trimmed)) return 'markup';
  return undefined;
}

/**
 * Text as the model compares it: NFKC (full-width letters, compatibility forms), lower case, Latin and
 * Cyrillic diacritics removed (McCune–Reischauer ŏ ŭ, é), apostrophes dropped (ch'ŏl → chol),
 * invisible characters removed. Hangul, kana and Chinese characters are kept as they are.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(new RegExp(CONTROL.source, 'gu'), '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .normalize('NFC')
    .replace(/['’‘ʼʻ`´]/gu, '');
}

/** Text to hand Pagefind for a query: normalised, with the punctuation identifiers need kept. */
export function searchText(query: string): string {
  return normalise(query).replace(/\s+/gu, ' ').trim();
}

// Revised Romanization of each part of a Hangul syllable (initial, vowel, final).
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
// Vowels that start with i or y: before them the South writes ㄹ and ㄴ as ㅇ (리 → 이, 녀 → 여).
const I_OR_Y = new Set([2, 3, 6, 7, 12, 17, 20]);

/** Revised Romanization of one Hangul syllable under the South's initial-sound rule (리 → i, 로 → no). */
export function hangulSyllableRoman(syllable: string): string {
  const code = syllable.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return syllable;
  let initial = Math.floor(code / 588);
  const vowel = Math.floor((code % 588) / 28);
  const final = code % 28;
  if ((initial === 5 || initial === 2) && I_OR_Y.has(vowel)) initial = 11;
  else if (initial === 5) initial = 2;
  return `${INITIALS[initial] ?? ''}${VOWELS[vowel] ?? ''}${FINALS[final] ?? ''}`;
}

/** Western and newsroom spellings that the rules below do not reach, to the form they reduce to. */
const SPELLINGS: Readonly<Record<string, string>> = {
  park: 'pak',
  pack: 'pak',
  choi: 'choe',
  chwe: 'choe',
  choy: 'choe',
  chung: 'chong',
  jung: 'chong',
  joe: 'cho',
  suh: 'so',
  hur: 'ho',
  sung: 'song',
  chul: 'chol',
  hyuk: 'hyok',
  hyun: 'hyon',
  young: 'yong',
  myung: 'myong',
  kyung: 'kyong',
  gyung: 'kyong',
  hee: 'hui',
  woo: 'u',
  you: 'yu',
  chun: 'chon',
  // Abbreviations the lists print for the words of a body's name.
  corporation: 'corp',
  company: 'co',
  limited: 'ltd',
  department: 'dept',
};

/** Rewrites, in order, that bring one romanised syllable to its key. */
const RULES: readonly [RegExp, string][] = [
  [/^([rtpk])h(?=[aeiouwy])/u, '$1'], // Rhee; the North marks aspiration with h (Thae, Phyong)
  [/ee/gu, 'i'],
  [/oo/gu, 'u'],
  [/ie$/u, 'i'],
  [/eo/gu, 'o'],
  [/eu/gu, 'u'],
  [/ai/gu, 'ae'],
  [/([aeiouy])h(?![aeiouy])/gu, '$1'], // ahn → an, oh → o, sohn → son
  [/^yi/u, 'i'], // Yi, Yim
  [/^[lr](?=[iy])/u, ''], // Ri, Lee, Lim, Ryu, Ryang: the South's initial-sound rule
  [/^[lr]/u, 'n'], // Ro, Rho → No
  [/^g/u, 'k'],
  [/^d/u, 't'],
  [/^b/u, 'p'],
  [/^j/u, 'ch'],
  [/^sh/u, 's'],
  [/ll$/u, 'l'],
];

/** Key of one romanised word: the same for Ri, Lee, Yi, Rhee; Chol, Cheol, Chul, Ch'ŏl; Jin, Chin. */
export function latinKey(word: string): string {
  let form = SPELLINGS[word] ?? word;
  for (const [pattern, replacement] of RULES) form = form.replace(pattern, replacement);
  return form || word;
}

/** One compared part of a name: what was typed or printed (normalised) and its key. */
export interface Unit {
  raw: string;
  key: string;
}

const UNIT = /\p{Script=Hangul}|\p{Script=Han}|[\p{Script=Katakana}\p{Script=Hiragana}ー]+|[\p{L}\p{N}]+/gu;

/** A text's units: Hangul by syllable, Chinese characters one by one, kana by run, other words whole. */
export function units(text: string): Unit[] {
  const found: Unit[] = [];
  for (const [raw] of normalise(text).matchAll(UNIT)) {
    if (/^\p{Script=Hangul}$/u.test(raw)) found.push({ raw, key: latinKey(hangulSyllableRoman(raw)) });
    else if (/^[a-z0-9]+$/u.test(raw)) found.push({ raw, key: latinKey(raw) });
    else found.push({ raw, key: raw });
  }
  return found;
}

/** The keys of a text, each once. */
export function keysOf(text: string): string[] {
  return [...new Set(units(text).map((unit) => unit.key))];
}

/**
 * Searches that find pages near a query with a typo: each Latin key with {@link KEY_MARK} (pages that hold
 * it), and the first 60% and half of each key of six or more letters (Pagefind matches them as
 * prefixes, so "Kimsukky" reaches Kimsuky; two lengths, as Pagefind stems a prefix ending in y).
 */
export function nearSearches(query: string): string[] {
  const keys = keysOf(query).filter((key) => /^[a-z0-9]+$/u.test(key));
  const prefixes = keys
    .filter((key) => key.length >= 6)
    .flatMap((key) => [key.slice(0, Math.ceil(key.length * 0.6)), key.slice(0, Math.max(4, Math.floor(key.length / 2)))]);
  return [...new Set([...keys.map((key) => `${key}${KEY_MARK}`), ...prefixes])];
}

/** The searches for one short syllable of a query: its own key, and the syllable with one vowel changed. */
export interface VariantGroup {
  key: string;
  variants: string[];
}

/**
 * For each short syllable of the query, the searches of that syllable with one vowel changed, each key with
 * {@link KEY_MARK}. A page found by one of them, and not by the syllable's own key, holds a near form of that
 * syllable, which {@link nearCandidates} counts with the typed ones (the typed ones decide at equal counts):
 * so "Kim Ryo Song" reaches Kim Ryu Song ahead of the many pages that hold Kim and Song alone.
 */
export function nearVariantGroups(query: string): VariantGroup[] {
  const groups = new Map<string, Set<string>>();
  for (const unit of units(query)) {
    if (!/^[a-z0-9]+$/u.test(unit.key)) continue;
    const variants = vowelVariants(unit.raw)
      .map((raw) => latinKey(raw))
      .filter((key) => key !== unit.key);
    if (variants.length === 0) continue;
    const group = groups.get(unit.key) ?? new Set<string>();
    variants.forEach((key) => group.add(key));
    groups.set(unit.key, group);
  }
  return [...groups].map(([key, variants]) => ({ key: `${key}${KEY_MARK}`, variants: [...variants].map((variant) => `${variant}${KEY_MARK}`) }));
}

const LATIN_VOWELS = ['a', 'e', 'i', 'o', 'u'];

/** A short Latin syllable with one vowel changed ("ryo" → "rya", "rye", "ryi", "ryu"): the one wrong letter it allows. */
function vowelVariants(raw: string): string[] {
  if (!/^[a-z]{2,4}$/u.test(raw)) return [];
  return [...raw].flatMap((letter, index) =>
    LATIN_VOWELS.includes(letter) ? LATIN_VOWELS.filter((vowel) => vowel !== letter).map((vowel) => raw.slice(0, index) + vowel + raw.slice(index + 1)) : [],
  );
}

/**
 * Keys as the index holds them: those written in Latin letters, each with {@link KEY_MARK}, so a search
 * for one finds only the names that have it. Other scripts are found through the printed names.
 */
export function indexTokens(texts: readonly string[]): string[] {
  const keys = new Set(texts.flatMap((text) => keysOf(text)).filter((key) => /^[a-z0-9]+$/u.test(key)));
  return [...keys].map((key) => `${key}${KEY_MARK}`);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Credit one query unit earns against one name unit: 1 the same key, 0.5 one wrong letter (two from ten letters). */
function credit(query: string, name: string): number {
  if (query === name) return 1;
  if (Math.min(query.length, name.length) < 2) return 0;
  const allowed = Math.max(query.length, name.length) >= 10 ? 2 : 1;
  return distance(query, name, allowed) <= allowed ? 0.5 : 0;
}

/**
 * Score 0–100 of a query against one printed name, ignoring order. Each query unit takes the best unused
 * name unit: the same key earns it in full, a word written joined (Changho) earns two adjacent syllables,
 * one wrong letter half. The score is the share of the query earned, less 2 for each name unit the query
 * leaves out (at most 4), so "Kim" finds every Kim and a full name ranks first.
 */
export function scoreName(query: readonly Unit[], name: readonly Unit[]): number {
  if (query.length === 0 || name.length === 0) return 0;
  const used = new Set<number>();
  let earned = 0;
  let wanted = 0;
  const pending: Unit[] = [];
  for (const unit of query) {
    const same = name.findIndex((candidate, index) => !used.has(index) && candidate.key === unit.key);
    if (same >= 0) {
      used.add(same);
      earned += 1;
      wanted += 1;
      continue;
    }
    const joined = joinedAt(unit, name, used);
    if (joined >= 0) {
      used.add(joined).add(joined + 1);
      earned += 2;
      wanted += 2;
      continue;
    }
    pending.push(unit);
  }
  for (const unit of pending) {
    wanted += 1;
    let best = 0;
    let bestIndex = -1;
    name.forEach((candidate, index) => {
      if (used.has(index)) return;
      const value = credit(unit.key, candidate.key);
      if (value > best) [best, bestIndex] = [value, index];
    });
    if (bestIndex >= 0) used.add(bestIndex);
    earned += best;
  }
  const left = name.length - used.size;
  return Math.max(0, Math.round((100 * earned) / wanted) - Math.min(2 * left, 4));
}

/** Where a query word written joined (changho, cheolmin) equals two adjacent unused syllables of the name. */
function joinedAt(unit: Unit, name: readonly Unit[], used: ReadonlySet<number>): number {
  if (!/^[a-z]{3,}$/u.test(unit.raw)) return -1;
  for (let index = 0; index + 1 < name.length; index += 1) {
    if (used.has(index) || used.has(index + 1)) continue;
    const first = name[index]?.key ?? '';
    const second = name[index + 1]?.key ?? '';
    for (let cut = 1; cut < unit.raw.length; cut += 1) {
      if (latinKey(unit.raw.slice(0, cut)) === first && latinKey(unit.raw.slice(cut)) === second) return index;
    }
  }
  return -1;
}

/** Words of a page's text for identifier matching: split on spaces and brackets, trailing dots dropped. */
function identifierWords(text: string): string[] {
  return normalise(text)
    .split(/[\s,;:()[\]{}"“”|<>]+/u)
    .map((word) => word.replace(/\.+$/u, ''))
    .filter(Boolean);
}

/**
 * Score of a query that is an identifier (a word with a digit or an @, five or more characters: a
 * passport, an OFAC UID, a wallet address, an e-mail): 100 when the page prints every query word, a
 * word of six or more characters also as the start of one (a fragment of an address); otherwise 0.
 * Undefined when the query is not an identifier.
 */
export function identifierScore(query: string, text: string): number | undefined {
  const wanted = normalise(query).split(/\s+/u).filter(Boolean);
  if (!wanted.some((word) => word.length >= 5 && /[\d@]/u.test(word))) return undefined;
  const words = identifierWords(text);
  const present = new Set(words);
  const found = wanted.every((word) => present.has(word) || (word.length >= 6 && words.some((candidate) => candidate.startsWith(word))));
  return found ? 100 : 0;
}

/** The best printed name for a query and its score. */
export interface NameScore {
  name: string;
  score: number;
}

/**
 * Best score of a query over an entity's printed names (for an action: its designees' names, each
 * alone, so a page naming several people never matches a name none of them bears). Among equal scores
 * the name written as the query was typed wins, then the first (the heading).
 */
export function bestName(query: string, names: readonly string[]): NameScore | undefined {
  const wanted = units(query);
  const typed = wanted
    .map((unit) => unit.raw)
    .sort()
    .join(' ');
  let best: (NameScore & { typed: boolean }) | undefined;
  for (const name of names) {
    const printed = units(name);
    const score = scoreName(wanted, printed);
    const same =
      printed
        .map((unit) => unit.raw)
        .sort()
        .join(' ') === typed;
    if (!best || score > best.score || (score === best.score && same && !best.typed)) best = { name, score, typed: same };
  }
  return best && { name: best.name, score: best.score };
}

/** A scored result: its score, the printed name that earned it, and whether that is a match. */
export interface Scored<Result> {
  result: Result;
  score: number;
  name: string | undefined;
  match: boolean;
}

/** What the model needs of a search result: its metadata (names joined by " | ") and text. */
export interface ScorableResult {
  meta: Record<string, string | undefined>;
  content?: string;
}

/** Scores one result: the better of its name score and, for an identifier query, its text. */
export function scoreResult<Result extends ScorableResult>(query: string, result: Result): Scored<Result> {
  const names = [result.meta['title'] ?? '', ...(result.meta['names'] ?? '').split(' | ')].filter(Boolean);
  const byName = result.meta['type'] === 'Action' ? bestName(query, names.slice(1)) : bestName(query, names);
  const byIdentifier = identifierScore(query, `${result.meta['title'] ?? ''} ${result.content ?? ''}`) ?? 0;
  const score = Math.max(byName?.score ?? 0, byIdentifier);
  const name = byName && byName.score >= byIdentifier ? byName.name : undefined;
  return { result, score, name, match: score >= MATCH_THRESHOLD };
}

/**
 * Results ranked by score, highest first; at equal score a person's or organisation's own page comes
 * before an action or an incident that names them (or prints the same wallet), then Pagefind's order is kept.
 */
export function rankResults<Result extends ScorableResult>(query: string, results: readonly Result[]): Scored<Result>[] {
  return results
    .map((result, order) => ({ scored: scoreResult(query, result), order }))
    .sort((a, b) => byScore(a.scored, b.scored) || a.order - b.order)
    .map(({ scored }) => scored);
}

const mentions = (result: ScorableResult) => (result.meta['type'] === 'Action' || result.meta['type'] === 'Incident' ? 1 : 0);

/** The order of scored results: best score first; at equal score an entity's own page before a page that names it. */
export function byScore(a: Scored<ScorableResult>, b: Scored<ScorableResult>): number {
  return b.score - a.score || mentions(a.result) - mentions(b.result);
}

/**
 * Near candidates for "did you mean" from the separate searches of {@link nearSearches} and the
 * syllable groups of {@link nearVariantGroups}: the pages holding the most syllables, typed or near, first,
 * then those holding more typed ones, then those Pagefind ranks highest in any; at most `limit`,
 * leaving out those already scored.
 */
export function nearCandidates(
  perSearch: readonly (readonly string[])[],
  seen: ReadonlySet<string>,
  limit: number,
  groups: readonly { exact: readonly string[]; variants: readonly (readonly string[])[] }[] = [],
): string[] {
  const hits = new Map<string, { count: number; rank: number; near: number }>();
  for (const ids of perSearch) {
    [...new Set(ids)].forEach((id, rank) => {
      if (seen.has(id)) return;
      const hit = hits.get(id) ?? { count: 0, rank, near: 0 };
      hits.set(id, { ...hit, count: hit.count + 1, rank: Math.min(hit.rank, rank) });
    });
  }
  // A syllable found only in a one-vowel variant adds a near syllable to a page the typed keys found.
  for (const { exact, variants } of groups) {
    const typed = new Set(exact);
    for (const id of new Set(variants.flat())) {
      const hit = hits.get(id);
      if (hit && !typed.has(id)) hit.near += 1;
    }
  }
  return [...hits]
    .sort((a, b) => b[1].count + b[1].near - (a[1].count + a[1].near) || b[1].count - a[1].count || a[1].rank - b[1].rank)
    .slice(0, limit)
    .map(([id]) => id);
}
