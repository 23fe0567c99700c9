import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectFormat } from '~/lib/lists/detect';
import { readLists } from '~/lib/lists/load';
import { ADD, ALT, COMMENTS, SDN, UN, put, tempDir, must } from './support';

describe('format detection by content', () => {
  test('tells each fixture apart whatever its name', () => {
    expect([SDN, ALT, ADD, COMMENTS, UN].map(detectFormat)).toEqual(['ofac-sdn-csv', 'ofac-alt-csv', 'ofac-add-csv', 'ofac-comments-csv', 'un-xml']);
  });

  test('a file renamed to a wrong extension still parses', async () => {
    const dir = tempDir();
    const renamed = [SDN, ALT, ADD, COMMENTS].map((file, index) => {
      const target = path.join(dir, `download-${index}.xml`);
      copyFileSync(file, target);
      return target;
    });
    const un = path.join(dir, 'un-list.csv');
    copyFileSync(UN, un);
    const reads = await readLists([...renamed, un]);
    const [ofac, unRead] = [must(reads[0]), must(reads[1])];
    expect(ofac.formats).toEqual(['ofac-sdn-csv', 'ofac-alt-csv', 'ofac-add-csv', 'ofac-comments-csv']);
    expect(ofac.entries.length).toBeGreaterThan(0);
    expect(unRead.list).toBe('un');
  });

  test('names what it expected when a file is no list', () => {
    const file = put(tempDir(), 'notes.csv', 'name,comment\nsomething,else\n');
    expect(() => detectFormat(file)).toThrow(/notes\.csv: line 1: not a list format this reads .*expected one of: OFAC SDN advanced XML/);
  });
});
