import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runListsCommand } from '~/lib/lists/command';
import { readLists } from '~/lib/lists/load';
import { SDN, UN, put, smallCorpus, tempDir, must } from './support';

const un = readFileSync(UN, 'utf8');
const sdn = readFileSync(SDN, 'latin1');

describe('bad input fails with the file, the place and what was expected', () => {
  test('truncated XML', async () => {
    const cut = un.slice(0, un.indexOf('<REFERENCE_NUMBER>KPe.031'));
    const file = put(tempDir(), 'un.xml', cut);
    await expect(readLists([file])).rejects.toThrow(/un\.xml: line \d+: the file ends inside <ENTITY> .*truncated download\?\); expected <\/ENTITY>/);
  });

  test('malformed XML', async () => {
    const file = put(tempDir(), 'un.xml', un.replace('</FIRST_NAME>', '</FIRST>'));
    await expect(readLists([file])).rejects.toThrow(/un\.xml: line 7, column \d+: malformed XML/);
  });

  test('malformed CSV row: an unclosed quote', async () => {
    const lines = sdn.split('\r\n');
    const row = lines.findIndex((line) => line.includes('"individual"'));
    lines[row] = (lines[row] ?? '').replace('"individual"', '"individual');
    const file = put(tempDir(), 'sdn.csv', Buffer.from(lines.join('\r\n'), 'latin1'));
    await expect(readLists([file])).rejects.toThrow(new RegExp(`sdn\\.csv: line ${row + 1}: malformed CSV row .*expected comma-separated fields`));
  });

  test('missing column: a row of sdn.csv with 11 fields', async () => {
    const lines = sdn.split('\r\n');
    lines[2] = (lines[2] ?? '').replace(/,-0- ,/, ',');
    const file = put(tempDir(), 'sdn.csv', Buffer.from(lines.join('\r\n'), 'latin1'));
    await expect(readLists([file])).rejects.toThrow(/sdn\.csv: line 3: 11 fields; expected 12 \(ent_num, SDN_Name/);
  });

  test('wrong encoding: UTF-16', async () => {
    const file = put(tempDir(), 'un.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(un, 'utf16le')]));
    await expect(readLists([file])).rejects.toThrow(/un\.xml: line 1: the file is UTF-16 .*expected UTF-8/);
  });

  test('wrong encoding: Latin-1 bytes where UTF-8 is expected', async () => {
    // The UN file prints ’ (U+2019), which Windows-1252 writes as the single byte 0x92.
    const line = un.slice(0, un.indexOf('’')).split('\n').length;
    const bytes = Buffer.from(un, 'utf8');
    const at = bytes.indexOf(Buffer.from('’', 'utf8'));
    const file = put(tempDir(), 'un.xml', Buffer.concat([bytes.subarray(0, at), Buffer.from([0x92]), bytes.subarray(at + 3)]));
    await expect(readLists([file])).rejects.toThrow(new RegExp(`un\\.xml: line ${line}: byte 0x92 is not UTF-8 .*expected UTF-8`));
  });

  test('a UTF-8 byte-order mark is fine', async () => {
    const file = put(tempDir(), 'un.xml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(un, 'utf8')]));
    const read = must((await readLists([file]))[0]);
    expect(read.entries).toHaveLength(6);
  });

  test('nothing is written when one file fails', async () => {
    const out = path.join(tempDir(), 'report');
    const bad = put(tempDir(), 'un.xml', un.slice(0, 4000));
    const errors: string[] = [];
    const code = await runListsCommand(
      ['--out', out, '--content', smallCorpus(), UN, bad],
      { out: () => undefined, err: (text) => errors.push(text) },
      'content',
    );
    expect(code).toBe(1);
    expect(errors.join('')).toMatch(/lists: .*un\.xml: line \d+: the file ends inside/);
    expect(existsSync(out)).toBe(false);
  });
});
