import { describe, expect, test } from 'vitest';
import { apaCitation, bibtexCitation } from '~/lib/exports/citation';
import { buildGraph } from '~/lib/content/graph';
import { parseChanges, parseGitLog } from '~/lib/content/history';
import { entryToJson } from '~/lib/exports/export';
import { action, graphInput, person } from '../fixtures/factories';

const graph = buildGraph(graphInput({ people: [person('ri-chang-ho')], actions: [action('kr', { designees: [{ person: 'ri-chang-ho' }] })] }));
const node = graph.person('ri-chang-ho');

describe('citations', () => {
  const input = { title: 'Ri Chang Ho', url: 'https://tracker.example/people/ri-chang-ho/', updated: '2026-11-24', accessed: '2026-11-25' };
  test('APA names the site as author, the update date, the title and the retrieval date', () => {
    expect(node && apaCitation({ node, ...input })).toBe(
      'DPRK Cyber Sanctions Tracker. (2026, November 24). Ri Chang Ho. Retrieved November 25, 2026, from https://tracker.example/people/ri-chang-ho/',
    );
  });
  test('BibTeX keys on the stable id and escapes special characters', () => {
    const entry = node && bibtexCitation({ node, ...input, title: 'R&D_50%' });
    expect(entry).toContain('@misc{dprk-tracker-ri-chang-ho,');
    expect(entry).toContain('title = {R\\&D\\_50\\%},');
    expect(entry).toContain('note = {Last updated 2026-11-24; accessed 2026-11-25},');
  });
});

test('the last commit date of each file comes from the newest commit that touched it', () => {
  const log = '2026-11-24\n\ncontent/people/a.md\ncontent/people/b.md\n2026-11-20\n\ncontent/people/a.md\ncontent/people/c.md\n';
  expect(Object.fromEntries(parseGitLog(log))).toEqual({
    'content/people/a.md': '2026-11-24',
    'content/people/b.md': '2026-11-24',
    'content/people/c.md': '2026-11-20',
  });
});

test('an entry’s JSON carries its graph.json record, its facts as written and its sources', () => {
  const json = node ? entryToJson(graph, node) : undefined;
  expect(json).toMatchObject({ id: 'ri-chang-ho', type: 'person', actions: ['kr'], facts: { names: [{ value: 'Ri Chang Ho' }] } });
  expect(json?.sources).toEqual([
    { id: 'src-a', url: 'https://example.org/src-a', copy: null, title: 'Title of src-a', publisher: 'US Treasury', date: '2023-05-23', primary: true },
  ]);
});

test('a renamed file (a corrected id) is listed under its new name with the old one', () => {
  const log = '\x1e2026-11-25\x1fFix a misspelled id\n\nR096\tcontent/people/kim-sang-mann.md\tcontent/people/kim-sang-man.md\n';
  expect(parseChanges(log)).toEqual([
    {
      date: '2026-11-25',
      message: 'Fix a misspelled id',
      files: [{ status: 'renamed', file: 'content/people/kim-sang-man.md', from: 'content/people/kim-sang-mann.md' }],
    },
  ]);
});

test('the change log groups files by commit, with what happened to each', () => {
  const log =
    '\x1e2026-11-24\x1fCorrect a date\n\nM\tcontent/actions/a.md\nA\tcontent/people/b.md\n\x1e2026-11-20\x1fFirst content\n\nA\tcontent/actions/a.md\nD\tcontent/people/c.md\n';
  expect(parseChanges(log)).toEqual([
    {
      date: '2026-11-24',
      message: 'Correct a date',
      files: [
        { status: 'changed', file: 'content/actions/a.md' },
        { status: 'added', file: 'content/people/b.md' },
      ],
    },
    {
      date: '2026-11-20',
      message: 'First content',
      files: [
        { status: 'added', file: 'content/actions/a.md' },
        { status: 'removed', file: 'content/people/c.md' },
      ],
    },
  ]);
});
