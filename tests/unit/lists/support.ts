import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The real list excerpts (see tests/fixtures/lists/README.md for where each was cut from). */
export const FIXTURES = 'tests/fixtures/lists';
export const SDN = `${FIXTURES}/ofac-sdn-legacy-jackdwyer-2024-05-03.sdn.csv`;
export const ALT = `${FIXTURES}/ofac-sdn-legacy-watchman-a8dfe527.alt.csv`;
export const ADD = `${FIXTURES}/ofac-sdn-legacy-watchman-a8dfe527.add.csv`;
export const COMMENTS = `${FIXTURES}/ofac-sdn-legacy-watchman-a8dfe527.sdn_comments.csv`;
export const OFAC_SET = [SDN, ALT, ADD, COMMENTS];
export const UN = `${FIXTURES}/un-consolidated-watchman-2026-02-27.xml`;
export const UK_XML = `${FIXTURES}/uk-sanctions-list-xml-haverisenosku-0d78ba6.xml`;
export const OFAC_CONS_ADVANCED = `${FIXTURES}/ofac-cons-advanced-radwo-a8ff807.xml`;
export const EU_XML = `${FIXTURES}/eu-fsf-deriv-com-612819a.xml`;

/** The value of every `<tag>` element in an XML fixture, in order (read with a pattern: the fixtures are small). */
export function xmlValues(file: string, tag: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1] ?? '');
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'lists-test-'));
}

/** Writes a file under `dir` and returns its path. */
export function put(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** The first column (entry number) of every row of an OFAC legacy fixture. */
export function fixtureIds(file: string): string[] {
  return readFileSync(file, 'latin1')
    .split('\r\n')
    .map((line) => line.split(',')[0] ?? '')
    .filter((id) => /^\d+$/.test(id));
}

const SOURCE = `---
title: OFAC Specially Designated Nationals (SDN) List
publisher: U.S. Department of the Treasury, Office of Foreign Assets Control
type: primary
language: en
url: https://www.treasury.gov/ofac/downloads/sdn.csv
---
`;

/**
 * A small site corpus for deterministic expectations: Park Jin Hyok with his OFAC UID, Jang Song
 * Chol with a name and birth date only, and an organisation whose recorded UID no fixture holds.
 */
export function smallCorpus(): string {
  const root = tempDir();
  put(root, 'sources/sdn-test.md', SOURCE);
  put(
    root,
    'people/park-jin-hyok.md',
    `---
names:
- value: Park Jin Hyok
  script: latin
  kind: official
  sources: [sdn-test]
born:
- value: '1984-08-15'
  sources: [sdn-test]
- value: '1985-01-01'
  sources: [sdn-test]
identifiers:
- value: '24918'
  type: ofac-uid
  sources: [sdn-test]
---
`,
  );
  put(
    root,
    'people/jang-song-chol.md',
    `---
names:
- value: Jang Song Chol
  script: latin
  kind: official
  sources: [sdn-test]
born:
- value: '1967-03-12'
  sources: [sdn-test]
---
`,
  );
  put(
    root,
    'organisations/gone-company.md',
    `---
names:
- value: Gone Company
  script: latin
  kind: official
  sources: [sdn-test]
kind: company
identifiers:
- value: '99999999'
  type: ofac-uid
  sources: [sdn-test]
---
`,
  );
  mkdirSync(path.join(root, 'actions'), { recursive: true });
  return root;
}

/** The value, or a failing test when there is none (the lint rules forbid non-null assertions). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value, found none');
  return value;
}
