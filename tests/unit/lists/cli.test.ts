import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import type { ListReport } from '~/lib/lists/reconcile';
import { EU_XML, OFAC_CONS_ADVANCED, OFAC_SET, SDN, UK_XML, UN, fixtureIds, must, smallCorpus, tempDir } from './support';

function run(args: string[]) {
  const out = path.join(tempDir(), 'report');
  const stdout = execFileSync('npx', ['tsx', 'src/cli/lists.ts', '--out', out, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const json = JSON.parse(readFileSync(path.join(out, 'lists-report.json'), 'utf8')) as { lists: ListReport[] };
  const markdown = readFileSync(path.join(out, 'lists-report.md'), 'utf8');
  return { stdout, json, markdown };
}

describe('npm run lists', () => {
  test('over the real content: every site entity whose OFAC UID is in the fixture is found by id', () => {
    const graph = buildGraph(loadContent('content'));
    const inFixture = new Set(fixtureIds(SDN));
    const expected = [...graph.people, ...graph.organisations]
      .filter((node) => (node.data.identifiers ?? []).some((item) => item.type === 'ofac-uid' && inFixture.has(item.value)))
      .map((node) => node.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const { stdout, json, markdown } = run([...OFAC_SET, UN]);
    const [ofac, un] = [must(json.lists[0]), must(json.lists[1])];
    expect(
      ofac.matches
        .filter((match) => match.by === 'list-id')
        .map((match) => match.entity.id)
        .sort(),
    ).toEqual(expected);
    expect(un.published).toBe('2026-02-27');
    for (const id of expected) expect(stdout).toContain(`${id} ↔ entry`);
    expect(markdown).toMatch(/^## OFAC SDN List$/m);
  });

  test('over every real fixture at once: one report per list, each with the site entities whose list id its file holds', () => {
    const graph = buildGraph(loadContent('content'));
    const { json, markdown } = run([...OFAC_SET, UN, UK_XML, EU_XML, OFAC_CONS_ADVANCED]);
    expect(json.lists.map((report) => report.list)).toEqual(['ofac', 'un', 'uk', 'eu', 'ofac']);
    for (const report of json.lists) {
      const inFile = new Set(report.matches.map((match) => match.entry.id));
      const idType = { ofac: 'ofac-uid', un: 'un-reference', uk: 'uk-reference', eu: 'eu-reference' }[report.list];
      const byId = report.matches.filter((match) => match.by === 'list-id').map((match) => match.entity.id);
      // Every entity matched by id records that id; each list's section is in the Markdown.
      for (const id of byId) {
        const node = graph.person(id) ?? graph.organisation(id);
        expect((node?.data.identifiers ?? []).some((item) => item.type === idType && inFile.has(item.value))).toBe(true);
      }
      expect(markdown).toContain(`## ${report.listName}`);
    }
    expect(json.lists.filter((report) => report.matches.length > 0).map((report) => report.list)).toEqual(expect.arrayContaining(['ofac', 'un', 'uk']));
  });

  test('over a small corpus: matches, differences, delistings and cyber-tied entries as the fixtures give them', () => {
    const { json, stdout } = run(['--content', smallCorpus(), ...OFAC_SET, UN]);
    const [ofac, un] = [must(json.lists[0]), must(json.lists[1])];
    expect(ofac.matches.map((match) => [match.entity.id, match.entry.id, match.by])).toEqual([['park-jin-hyok', '24918', 'list-id']]);
    expect(ofac.differing).toEqual([expect.objectContaining({ field: 'birth date', site: ['1984-08-15', '1985-01-01'] })]);
    expect(ofac.delistings.map((item) => item.entity.id)).toEqual(['gone-company']);
    // Every fixture entry but Park Jin Hyok (matched), the Cuban airline (no tie) and Chinyong, whose
    // row carries DPRK2 and no cyber, crypto or IT-worker wording.
    const unmatched = fixtureIds(SDN).filter((id) => !['24918', '36', '43379'].includes(id));
    expect(ofac.cyberTied.map((item) => item.entry.id)).toEqual(unmatched);
    expect(un.matches.map((match) => [match.entity.id, match.entry.id, match.by])).toEqual([['jang-song-chol', 'KPi.056', 'name']]);
    expect(stdout).toContain('Possible delistings');
  });
});
