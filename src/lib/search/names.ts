import { combineCharacter, disassembleCompleteCharacter, romanize } from 'es-hangul';

/**
 * Heading form of a name. Sanctions lists print "SURNAME, Given Name" (OFAC: "KIM, Sang Man");
 * the heading reads it in the order Korean and Chinese names are written, "Kim Sang Man".
 * The form as published still appears, unchanged, in the page's list of names.
 */
export function displayName(published: string): string {
  const listed = /^([A-Z][A-Z'’-]+), (.+)$/u.exec(published);
  if (!listed?.[1] || !listed[2]) return published;
  const surname = listed[1].charAt(0) + listed[1].slice(1).toLowerCase();
  return `${surname} ${listed[2]}`;
}

/**
 * Romanisations of the same Korean surname. North Korean spelling first (Ri, Pak), then
 * McCune–Reischauer, Revised Romanization and common newsroom forms.
 */
const SURNAME_GROUPS: readonly (readonly string[])[] = [
  ['ri', 'lee', 'yi', 'rhee', 'rhie', 'i', 'li'],
  ['pak', 'park', 'bak', 'pack'],
  ['choe', 'choi', 'chwe', 'choy'],
  ['jong', 'jeong', 'chong', 'chung', 'jung', 'cheong'],
  ['jo', 'cho', 'joe'],
  ['rim', 'lim', 'im', 'yim'],
  ['ro', 'roh', 'no', 'noh', 'rho'],
  ['ryang', 'yang'],
  ['ryu', 'yu', 'yoo', 'you', 'ryoo'],
  ['o', 'oh'],
  ['sin', 'shin'],
  ['sim', 'shim'],
  ['pae', 'bae'],
  ['kang', 'gang'],
  ['kim', 'gim'],
  ['ko', 'go', 'koh'],
  ['kwon', 'gwon'],
  ['han'],
  ['hwang'],
  ['yun', 'yoon'],
  ['jang', 'chang'],
  ['jon', 'jeon', 'chon', 'chun', 'jun'],
  ['son', 'sohn'],
  ['song'],
  ['so', 'seo', 'suh'],
  ['hong'],
  ['an', 'ahn'],
  ['ho', 'heo', 'hur'],
  ['u', 'woo'],
  ['myong', 'myeong', 'myung'],
  ['ryom', 'yeom', 'yom'],
  ['ju', 'joo', 'chu'],
  ['kil', 'gil'],
  ['tak'],
  ['mun', 'moon'],
  ['paek', 'baek', 'paik'],
  ['sung', 'seung'],
  ['hyon', 'hyun', 'hyeon'],
  ['chae', 'chai'],
  ['cha'],
  ['ma'],
  ['min'],
];

const surnameVariants = new Map<string, readonly string[]>(SURNAME_GROUPS.flatMap((group) => group.map((name) => [name, group] as const)));

/** The same syllable in other romanisations: vowels (eo/o, eu/u, ae/ai), initials (g/k, d/t, b/p, j/ch, s/sh) and finals. */
const SYLLABLE_RULES: readonly [RegExp, string][] = [
  [/eo/g, 'o'],
  [/(?<![ea])o(?!o)/g, 'eo'],
  [/eu/g, 'u'],
  [/ul$/g, 'ol'],
  [/ol$/g, 'ul'],
  [/^g/g, 'k'],
  [/^k/g, 'g'],
  [/^d/g, 't'],
  [/^t/g, 'd'],
  [/^b/g, 'p'],
  [/^p/g, 'b'],
  [/^j/g, 'ch'],
  [/^ch/g, 'j'],
  [/^si/g, 'shi'],
  [/^shi/g, 'si'],
  [/^il$/g, 'ill'],
];

/** Romanisation variants of one syllable (always includes the syllable itself). */
export function syllableVariants(syllable: string): string[] {
  const found = new Set([syllable.toLowerCase()]);
  // Two rounds let rules combine (e.g. cheol → chol → jol is not produced, but hyeok → hyok → hyuk is).
  for (let round = 0; round < 2; round += 1) {
    for (const form of [...found]) {
      for (const [pattern, replacement] of SYLLABLE_RULES) {
        const changed = form.replace(pattern, replacement);
        if (changed !== form && changed.length > 0) found.add(changed);
      }
    }
  }
  const list = [...found];
  // Common newsroom spellings the rules above do not reach.
  if (list.some((form) => form === 'yong' || form === 'yeong')) list.push('young');
  if (list.some((form) => form === 'hyok' || form === 'hyeok')) list.push('hyuk');
  if (list.some((form) => form === 'chol' || form === 'cheol')) list.push('chul');
  if (list.some((form) => form === 'song' || form === 'seong')) list.push('sung');
  if (list.some((form) => form === 'hyon' || form === 'hyeon')) list.push('hyun');
  return [...new Set(list)];
}

/** Hangul initial-sound rule: North Korea writes 리, 림, 로, 량; South Korea 이, 임, 노, 양. Gives both. */
export function hangulInitialVariants(word: string): string[] {
  const first = word.charAt(0);
  const parts = disassembleCompleteCharacter(first);
  if (!parts) return [word];
  const rest = word.slice(1);
  const iOrY = /^[ㅣㅑㅕㅛㅠㅖㅒ]$/.test(parts.jungseong);
  const swap = (choseong: string) => combineCharacter(choseong, parts.jungseong, parts.jongseong) + rest;
  const variants = new Set([word]);
  if (parts.choseong === 'ㄹ') variants.add(swap(iOrY ? 'ㅇ' : 'ㄴ'));
  if (parts.choseong === 'ㄴ' && iOrY) variants.add(swap('ㅇ'));
  if (parts.choseong === 'ㅇ' && iOrY) variants.add(swap('ㄹ'));
  if (parts.choseong === 'ㄴ' && !iOrY) variants.add(swap('ㄹ'));
  return [...variants];
}

const MAX_JOINED = 24;

function product(lists: readonly string[][], limit: number): string[] {
  let combos = [''];
  for (const list of lists) {
    combos = combos.flatMap((prefix) => list.map((item) => prefix + item)).slice(0, limit);
  }
  return combos;
}

/** Words of a Latin-script name: lower case, split on spaces, commas and hyphens. */
function latinWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[\s,.\-()]+/)
    .filter(Boolean);
}

/**
 * Search forms of a Korean personal name written in Latin letters: every surname spelling, every
 * syllable spelling, and the given name joined ("changho", "cheolmin"), so any common romanisation
 * finds the person. Non-Korean names come back as their own words.
 */
export function latinNameVariants(name: string): string[] {
  const words = latinWords(name);
  if (words.length < 2 || words.length > 4) return words;
  const surnameFirst = surnameVariants.has(words[0] ?? '');
  const surnameLast = !surnameFirst && surnameVariants.has(words.at(-1) ?? '');
  if (!surnameFirst && !surnameLast) return words;
  const surname = (surnameFirst ? words[0] : words.at(-1)) ?? '';
  const given = surnameFirst ? words.slice(1) : words.slice(0, -1);
  // A given name written joined ("Changho") cannot be split reliably; keep it as written.
  const givenVariants = given.map((syllable) => syllableVariants(syllable));
  const out = new Set<string>([...(surnameVariants.get(surname) ?? [surname]), ...givenVariants.flat()]);
  if (given.length > 1) for (const joined of product(givenVariants, MAX_JOINED)) out.add(joined);
  return [...out];
}

/**
 * Search forms of a Hangul name: both spellings of the initial sound, and the Revised Romanization
 * of each syllable with its variants, so a Hangul-only entry is found by a Latin query too.
 */
export function hangulNameVariants(name: string): string[] {
  const out = new Set<string>();
  for (const word of name.split(/\s+/).filter(Boolean)) {
    for (const variant of hangulInitialVariants(word)) out.add(variant);
  }
  const compact = name.replace(/\s+/g, '');
  if (/^[가-힣]{2,4}$/.test(compact)) {
    const syllables = [...compact].map((character) => romanize(character));
    for (const word of latinNameVariants(syllables.join(' '))) out.add(word);
  }
  return [...out];
}

/**
 * Every generated search form of a list of names, plus the entry's own search terms (translations
 * readers type, kept in content with their sources), minus the words the names already contain.
 */
export function searchVariants(names: readonly { value: string; script: string }[], terms: readonly { value: string }[] = []): string[] {
  const printed = new Set(names.flatMap((name) => latinWords(name.value)).concat(names.map((name) => name.value)));
  const generated = new Set<string>();
  for (const term of terms) for (const form of latinWords(term.value)) if (!printed.has(form)) generated.add(form);
  for (const name of names) {
    const forms = name.script === 'hangul' ? hangulNameVariants(name.value) : name.script === 'latin' ? latinNameVariants(name.value) : [];
    for (const form of forms) if (!printed.has(form)) generated.add(form);
  }
  return [...generated];
}
