// Writes a synthetic corpus of N entities (people : organisations : actions ≈ 6 : 2 : 2) in the
// content/ layout, with Hangul and Latin names, aliases, identifiers and 5–20 designees per action.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JURISDICTIONS, ORGANISATION_KINDS } from '../src/lib/domain/vocabulary';

const SURNAMES = [
  ['Kim', '김'],
  ['Ri', '리'],
  ['Pak', '박'],
  ['Choe', '최'],
  ['Jong', '정'],
  ['Kang', '강'],
  ['Han', '한'],
  ['Yun', '윤'],
  ['Sin', '신'],
  ['O', '오'],
] as const;
const SYLLABLES = [
  ['Chol', '철'],
  ['Song', '성'],
  ['Il', '일'],
  ['Hyok', '혁'],
  ['Min', '민'],
  ['Yong', '용'],
  ['Jin', '진'],
  ['Kwang', '광'],
  ['Nam', '남'],
  ['Ho', '호'],
] as const;

/** A small deterministic generator, so every run builds the same corpus. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const quote = (value: string) => JSON.stringify(value);

export interface Corpus {
  people: number;
  organisations: number;
  actions: number;
  /** Names and aliases the corpus holds, for search queries: Latin and Hangul person names, organisation aliases. */
  samples: { latin: string[]; hangul: string[]; aliases: string[] };
}

export function writeCorpus(root: string, total: number): Corpus {
  rmSync(root, { recursive: true, force: true });
  for (const folder of ['actions', 'people', 'organisations', 'sources']) mkdirSync(path.join(root, folder), { recursive: true });
  const next = random(total);
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(next() * items.length)] as Item;
  const people = Math.round(total * 0.6);
  const organisations = Math.round(total * 0.2);
  const actions = total - people - organisations;
  const sources = Math.max(10, Math.round(actions / 2));
  for (let index = 0; index < sources; index += 1) {
    writeFileSync(
      path.join(root, 'sources', `s-${index}.md`),
      `---\ntitle: ${quote(`Designation notice ${index}`)}\npublisher: Synthetic Ministry\ndate: '2024-01-01'\nurl: https://example.org/notice/${index}\ntype: primary\nlanguage: en\n---\n`,
    );
  }
  const samples: Corpus['samples'] = { latin: [], hangul: [], aliases: [] };
  const source = () => `s-${Math.floor(next() * sources)}`;
  for (let index = 0; index < organisations; index += 1) {
    if (index < 3) samples.aliases.push(`APT-${index}`);
    const parent = index > 10 ? `\nparent: { organisation: o-${Math.floor(next() * Math.min(index, 10))}, sources: [${source()}] }` : '';
    writeFileSync(
      path.join(root, 'organisations', `o-${index}.md`),
      `---\nnames:\n  - { value: ${quote(`Unit ${index} Trading Corporation`)}, script: latin, kind: official, sources: [${source()}] }\n  - { value: ${quote(`조선${index}무역`)}, script: hangul, kind: official, sources: [${source()}] }\n  - { value: ${quote(`APT-${index}`)}, script: latin, kind: alias, sources: [${source()}] }\nkind: ${pick(ORGANISATION_KINDS)}${parent}\nko:\n  summary: 측정을 위한 합성 기관.\n---\n\nA synthetic body for measurement.\n`,
    );
  }
  for (let index = 0; index < people; index += 1) {
    const [surname, hangulSurname] = pick(SURNAMES);
    const [first, hangulFirst] = pick(SYLLABLES);
    const [second, hangulSecond] = pick(SYLLABLES);
    if (index < 5) {
      samples.latin.push(`${surname} ${first} ${second}`);
      samples.hangul.push(`${hangulSurname}${hangulFirst}${hangulSecond}`);
    }
    writeFileSync(
      path.join(root, 'people', `p-${index}.md`),
      `---\nnames:\n  - { value: ${quote(`${surname} ${first} ${second}`)}, script: latin, kind: official, sources: [${source()}] }\n  - { value: ${quote(`${hangulSurname}${hangulFirst}${hangulSecond}`)}, script: hangul, kind: official, sources: [${source()}] }\nborn:\n  - { value: '19${60 + (index % 30)}-0${1 + (index % 9)}-1${index % 9}', sources: [${source()}] }\nidentifiers:\n  - { type: passport, value: ${quote(String(100_000_000 + index))}, sources: [${source()}] }\n  - { type: wallet, chain: ETH, value: ${quote(`0x${index.toString(16).padStart(40, '0')}`)}, sources: [${source()}] }\naffiliations:\n  - { organisation: o-${Math.floor(next() * organisations)}, role: member, sources: [${source()}] }\nko:\n  summary: 측정을 위한 합성 인물.\n---\n\nA synthetic person for measurement.\n`,
    );
  }
  for (let index = 0; index < actions; index += 1) {
    const count = 5 + Math.floor(next() * 16);
    const named = new Set<string>();
    while (named.size < count) named.add(next() < 0.75 ? `person: p-${Math.floor(next() * people)}` : `organisation: o-${Math.floor(next() * organisations)}`);
    const year = 2015 + (index % 12);
    writeFileSync(
      path.join(root, 'actions', `a-${index}.md`),
      `---\ntitle: ${quote(`Synthetic designation ${index}`)}\njurisdiction: ${pick(JURISDICTIONS)}\nauthority: Synthetic Ministry\nprogramme: Synthetic Act\nkind: designation\nannounced: '${year}-0${1 + (index % 9)}-1${index % 9}'\ndesignees:\n${[...named].map((entry) => `  - { ${entry} }`).join('\n')}\nsources: [${source()}]\nko:\n  title: ${quote(`합성 지정 ${index}`)}\n  summary: 측정을 위한 합성 조치.\n---\n\nA synthetic action for measurement.\n`,
    );
  }
  return { people, organisations, actions, samples };
}
